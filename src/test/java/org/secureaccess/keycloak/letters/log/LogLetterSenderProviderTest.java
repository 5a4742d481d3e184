package org.secureaccess.keycloak.letters.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.secureaccess.keycloak.letters.ActivationLetter;
import org.secureaccess.keycloak.letters.LetterDeliveryException;
import org.secureaccess.keycloak.letters.LetterDeliveryException.Reason;
import org.secureaccess.keycloak.letters.TestLetters;

/** The development sender: one line per letter, marked as development only; nothing usable in production. */
class LogLetterSenderProviderTest {

    private final List<Map.Entry<Logger.Level, String>> lines = new ArrayList<>();

    private LogLetterSenderProvider provider(boolean productionMode) {
        return new LogLetterSenderProvider(productionMode, (level, line) -> lines.add(Map.entry(level, line)));
    }

    @Test
    void developmentWritesOneMarkedLineWithTheCode() throws Exception {
        ActivationLetter letter = TestLetters.letter("L-42");

        assertEquals("log:L-42", provider(false).send(letter).providerReference());

        assertEquals(1, lines.size());
        assertEquals(Logger.Level.INFO, lines.get(0).getKey());
        String line = lines.get(0).getValue();
        assertTrue(line.contains("development only, not for production"), line);
        assertTrue(line.contains("would mail letter L-42"), line);
        assertTrue(line.contains("7K3M9-QXR2D"), line);
        assertTrue(line.contains("J. D***, ***, Springfield, IL 627**"), line);
        assertTrue(line.contains("2026-05-31T14:30:00Z"), line);
        assertFalse(line.contains("Evergreen") || line.contains("Jane") || line.contains("62704"), "address masked: " + line);
        assertFalse(line.contains("\n"));
    }

    @Test
    void productionRefusesAndWithholdsTheCode() {
        LetterDeliveryException e = assertThrows(LetterDeliveryException.class, () -> provider(true).send(TestLetters.letter("L-43")));

        assertEquals(Reason.MISCONFIGURED, e.reason());
        assertFalse(e.getMessage().contains(TestLetters.CODE));
        assertEquals(1, lines.size());
        assertEquals(Logger.Level.WARN, lines.get(0).getKey());
        String line = lines.get(0).getValue();
        assertTrue(line.contains("L-43") && line.contains("NOT MAILED"), line);
        assertFalse(line.contains(TestLetters.CODE) || line.contains(TestLetters.GROUPED_CODE), line);
        assertFalse(line.contains("Evergreen"), line);
    }

    @Test
    void isTheDefaultAndHasNoOptions() {
        LogLetterSenderProviderFactory factory = new LogLetterSenderProviderFactory();
        assertEquals("log", factory.getId());
        assertEquals(1, factory.order());
        assertTrue(factory.getConfigMetadata().isEmpty());
    }
}
