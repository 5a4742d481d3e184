package org.secureaccess.keycloak.shared.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A U.S. mailing address: validated on construction, and nothing but its masked form in its text form. */
class MailingAddressTest {

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
        MailingAddress a = new MailingAddress("Jane Q. Doe", "742 Evergreen Terrace", "Apt 2B", "Springfield", "IL", "62704-1234");
        assertEquals("MailingAddress[" + a.masked() + "]", a.toString());
        assertFalse(a.toString().contains("Evergreen"));
        assertFalse(a.toString().contains("Jane"));
        assertFalse(a.toString().contains("Apt 2B"));
        assertFalse(a.toString().contains("62704"));
    }
}
