package org.secureaccess.keycloak.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.secureaccess.keycloak.shared.address.MailingAddress;

/** The letter's value types: validated on construction, and nothing secret in their text forms (the address: MailingAddressTest). */
class ValueTypesTest {

    @Test
    void letterToStringHidesCodeAndAddress() {
        ActivationLetter letter = TestLetters.letter("L-1");
        String text = letter.toString();
        assertTrue(text.contains("L-1") && text.contains("demo") && text.contains("2026-05-31T14:30:00Z"), text);
        for (String secret : new String[] {TestLetters.CODE, TestLetters.GROUPED_CODE, "Jane", "Doe", "Evergreen", "742", "Apt 2B",
                "62704", "Dear"}) {
            assertFalse(text.contains(secret), secret + " in " + text);
        }
        assertFalse(letter.content().toString().contains("Jane"));
        assertFalse(new LetterReceipt("job-1").toString().contains(TestLetters.CODE));
    }

    @Test
    void codeIsTenCharactersOfCrockfordBase32AndIsGroupedForReading() {
        assertEquals("7K3M9-QXR2D", TestLetters.letter("a").groupedCode());
        for (String bad : new String[] {"7K3M9QXR2", "7K3M9QXR2DD", "7k3m9qxr2d", "7K3M9QXR2I", "7K3M9QXR2L", "7K3M9QXR2O",
                "7K3M9QXR2U", "7K3M9-XR2D", "7K3M9 QXR2"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ActivationLetter("a", "demo",
                    TestLetters.address(), bad, TestLetters.english(), TestLetters.ISSUED, TestLetters.EXPIRES), bad);
            assertFalse(e.getMessage().contains(bad), "the message does not quote the code");
        }
    }

    @Test
    void letterIdMustBeSafeAsAFileName() {
        for (String bad : new String[] {"", "../etc", "a/b", "a.pdf", ".hidden", "-x", "x".repeat(65), "a b"}) {
            assertThrows(IllegalArgumentException.class, () -> TestLetters.letter(bad), bad);
        }
        TestLetters.letter("0f8fad5b-d9cb-469f-a165-70867728950e");
    }

    @Test
    void expiryMustFollowIssue() {
        Instant now = Instant.parse("2026-05-01T00:00:00Z");
        assertThrows(IllegalArgumentException.class, () -> new ActivationLetter("a", "demo", TestLetters.address(), TestLetters.CODE,
                TestLetters.english(), now, now));
        assertThrows(IllegalArgumentException.class, () -> new ActivationLetter("a", " ", TestLetters.address(), TestLetters.CODE,
                TestLetters.english(), now, now.plusSeconds(1)));
    }

    @Test
    void contentRequiresTheWordsAndAValidLanguage() {
        LetterContent c = TestLetters.english();
        assertThrows(IllegalArgumentException.class, () -> new LetterContent("", c.title(), c.greeting(), c.paragraphs(),
                c.codeLabel(), c.expiryLine(), c.signature(), c.footer()));
        assertThrows(IllegalArgumentException.class, () -> new LetterContent("not a tag!", c.title(), c.greeting(), c.paragraphs(),
                c.codeLabel(), c.expiryLine(), c.signature(), c.footer()));
        assertThrows(IllegalArgumentException.class, () -> new LetterContent("en", c.title(), c.greeting(), c.paragraphs(),
                " ", c.expiryLine(), c.signature(), c.footer()));
        assertThrows(IllegalArgumentException.class, () -> new LetterContent("en_US", c.title(), c.greeting(), c.paragraphs(),
                c.codeLabel(), c.expiryLine(), c.signature(), c.footer()));
        assertEquals("es-US", new LetterContent("es-us", c.title(), c.greeting(), c.paragraphs(),
                c.codeLabel(), c.expiryLine(), c.signature(), c.footer()).languageTag());
        assertThrows(NullPointerException.class, () -> new LetterContent("en", c.title(), c.greeting(), null,
                c.codeLabel(), c.expiryLine(), c.signature(), c.footer()));
        LetterContent noExtras = new LetterContent("en", c.title(), c.greeting(), List.of(), c.codeLabel(), c.expiryLine(), null, null);
        assertEquals("", noExtras.signature());
        assertEquals("", noExtras.footer());
    }

    @Test
    void receiptReferenceIsOptionalButClean() {
        assertNull(new LetterReceipt(null).providerReference());
        assertThrows(IllegalArgumentException.class, () -> new LetterReceipt(" "));
        assertThrows(IllegalArgumentException.class, () -> new LetterReceipt("job\n1"));
        assertThrows(IllegalArgumentException.class, () -> new LetterReceipt("x".repeat(257)));
    }

    @Test
    void eventValues() {
        assertEquals("misconfigured", new LetterDeliveryException(LetterDeliveryException.Reason.MISCONFIGURED, "x").eventValue());
        assertEquals("gateway_error", new LetterDeliveryException(LetterDeliveryException.Reason.GATEWAY_ERROR, "x").eventValue());
    }
}
