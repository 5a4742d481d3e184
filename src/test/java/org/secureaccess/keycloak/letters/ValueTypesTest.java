package org.secureaccess.keycloak.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The letter's value types: validated on construction, and nothing secret in their text forms. */
class ValueTypesTest {

    private static MailingAddress address(String state, String zip) {
        return new MailingAddress("Jane Doe", "742 Evergreen Terrace", null, "Springfield", state, zip);
    }

    @Test
    void acceptsUsAddressesAndNormalizes() {
        MailingAddress a = new MailingAddress("  Jane Doe ", "742 Evergreen Terrace", "  ", "Springfield", "il", "62704-1234");
        assertEquals("Jane Doe", a.name());
        assertNull(a.line2());
        assertEquals("IL", a.state());
        assertEquals(List.of("Jane Doe", "742 Evergreen Terrace", "Springfield, IL 62704-1234"), a.lines());
        assertEquals("PR", address("PR", "00907").state());
        assertEquals("AE", address("AE", "09001").state());
        assertEquals("DC", address("DC", "20500").state());
    }

    @Test
    void refusesStatesThatAreNotUsCodes() {
        for (String state : new String[] {"XX", "I", "ILL", "Illinois", "ON", "", "1L"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> address(state, "62704"), state);
            assertTrue(e.getMessage().startsWith("state"), e.getMessage());
        }
    }

    @Test
    void refusesZipsThatAreNotZipOrZipPlusFour() {
        for (String zip : new String[] {"6270", "627041", "62704-12", "62704 1234", "627041234", "ABCDE", "K1A 0B1"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> address("IL", zip), zip);
            assertTrue(e.getMessage().startsWith("zip"), e.getMessage());
            assertFalse(e.getMessage().contains(zip), "the message does not quote the value");
        }
    }

    @Test
    void refusesMissingFieldsControlCharactersAndOverlongLines() {
        assertThrows(IllegalArgumentException.class, () -> new MailingAddress(null, "1 Main St", null, "Springfield", "IL", "62704"));
        assertThrows(IllegalArgumentException.class, () -> new MailingAddress("Jane", " ", null, "Springfield", "IL", "62704"));
        assertThrows(IllegalArgumentException.class, () -> new MailingAddress("Jane", "1 Main St", null, null, "IL", "62704"));
        assertThrows(IllegalArgumentException.class, () -> new MailingAddress("Jane\nDoe", "1 Main St", null, "Springfield", "IL", "62704"));
        assertThrows(IllegalArgumentException.class, () -> new MailingAddress("Jane", "1 Main St", "x".repeat(65), "Springfield", "IL", "62704"));
    }

    @Test
    void maskedAddressShowsInitialsCityStateAndZip3() {
        assertEquals("J. D***, ***, Springfield, IL 627**", address("IL", "62704-1234").masked());
        assertEquals("M. N***, ***, San Juan, PR 009**",
                new MailingAddress("María José Núñez", "1200 Calle del Sol", null, "San Juan", "PR", "00907").masked());
        assertEquals("C***, ***, Springfield, IL 627**",
                new MailingAddress("Cher", "1 Main St", null, "Springfield", "IL", "62704").masked());
        MailingAddress a = TestLetters.address();
        assertEquals("MailingAddress[" + a.masked() + "]", a.toString());
        assertFalse(a.toString().contains("Evergreen"));
        assertFalse(a.toString().contains("Jane"));
        assertFalse(a.toString().contains("Apt 2B"));
        assertFalse(a.toString().contains("62704"));
    }

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
