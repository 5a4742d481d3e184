package org.secureaccess.keycloak.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.secureaccess.keycloak.shared.address.MailingAddress;

/** The same facts typed differently normalise to the same text, and different facts do not. */
class NormalizerTest {

    private static void sameStreet(String expected, String... spellings) {
        for (String spelling : spellings) {
            assertEquals(expected, Normalizer.streetAddress(spelling, null), spelling);
        }
    }

    @Test
    void theBriefsExample() {
        assertEquals(Normalizer.streetAddress("123 North Main Street, Apartment 4", null), Normalizer.streetAddress("123 N Main St Apt 4", null));
        assertEquals("123 N MAIN ST APT 4", Normalizer.streetAddress("123 North Main Street", "Apartment 4"));
    }

    @Test
    void streetSuffixes() {
        sameStreet("1 ELM ST", "1 Elm Street", "1 elm st.", "1 ELM STR", "1 Elm  Street ");
        sameStreet("1 OAK AVE", "1 Oak Avenue", "1 Oak Av.", "1 oak ave");
        sameStreet("1 SUNSET BLVD", "1 Sunset Boulevard", "1 Sunset Blvd.");
        sameStreet("1 ML RD", "1 Mill Road", "1 Mill Rd.");
        sameStreet("1 PARK DR", "1 Park Drive", "1 Park Drv");
        sameStreet("1 LOVERS LN", "1 Lovers Lane", "1 Lover's Lane");
        sameStreet("1 KING CT", "1 King Court");
        sameStreet("1 ASTOR PL", "1 Astor Place");
        sameStreet("742 EVERGREEN TER", "742 Evergreen Terrace", "742 Evergreen Terr.");
        sameStreet("1 GDN STATE PKWY", "1 Garden State Parkway", "1 Garden State Pkwy", "1 Gardn State Pkwy");
        sameStreet("1 PACIFIC COAST HWY", "1 Pacific Coast Highway", "1 Pacific Coast Hiway");
        sameStreet("1 DUPONT CIR", "1 Dupont Circle", "1 Dupont Circ.");
        sameStreet("1 TOWN CTR", "1 Town Center", "1 Town Centre");
        sameStreet("1 OLD ML XING", "1 Old Mill Crossing", "1 Old Mill Xing");
        sameStreet("1 MTN VW", "1 Mountain View", "1 Mtn. View");
    }

    @Test
    void directionals() {
        sameStreet("10 N 1ST ST", "10 North First Street", "10 N. 1st St.", "10 north 1st street");
        sameStreet("10 MAIN ST NW", "10 Main Street Northwest", "10 Main St. N.W.", "10 Main St NW");
        sameStreet("10 S E ST", "10 South E Street");
        sameStreet("10 SE 5TH AVE", "10 Southeast Fifth Avenue");
    }

    @Test
    void unitDesignatorsAndNumberSigns() {
        sameStreet("5 ELM ST APT 4", "5 Elm St Apt 4", "5 Elm Street Apartment 4", "5 Elm St #4", "5 Elm St # 4", "5 Elm St, Apt. #4",
                "5 Elm St Apt No. 4", "5 Elm St, Apartment Number 4");
        sameStreet("5 ELM ST STE 200", "5 Elm Street, Suite 200", "5 Elm St Ste #200");
        sameStreet("5 ELM ST BLDG 2 FL 3", "5 Elm Street Building 2 Floor 3");
        sameStreet("5 ELM ST RM 12", "5 Elm St. Room 12");
        sameStreet("5 ELM ST UNIT 3B", "5 Elm St Unit 3-B", "5 Elm St Unit 3B");
        sameStreet("1234 SMITH JONES RD", "12-34 Smith-Jones Road", "1234 Smith Jones Rd");
        assertEquals(Normalizer.streetAddress("5 Elm St Apt 4", null), Normalizer.streetAddress("5 Elm St", "Apt 4"), "line 2 or line 1");
        assertEquals(Normalizer.streetAddress("5 Elm St", "#4"), Normalizer.streetAddress("5 Elm St", "Apartment 4"));
    }

    @Test
    void poBoxes() {
        sameStreet("PO BOX 123", "PO Box 123", "P.O. Box 123", "P. O. Box 123", "Post Office Box 123", "POB 123", "po box 123");
    }

    @Test
    void accentsCaseAndPunctuation() {
        sameStreet("12 CALLE DEL SOL", "12 Calle del Sol", "12 CALLE DÉL SÓL", "12 calle  del  sol,");
        assertNotEquals(Normalizer.streetAddress("12 Elm St", null), Normalizer.streetAddress("21 Elm St", null));
        assertNotEquals(Normalizer.streetAddress("12 Elm St Apt 4", null), Normalizer.streetAddress("12 Elm St Apt 5", null));
        assertNotEquals(Normalizer.streetAddress("12 N Elm St", null), Normalizer.streetAddress("12 S Elm St", null));
    }

    @Test
    void cities() {
        assertEquals(Normalizer.city("Saint Louis"), Normalizer.city("St. Louis"));
        assertEquals(Normalizer.city("Fort Worth"), Normalizer.city("Ft Worth"));
        assertEquals(Normalizer.city("North Las Vegas"), Normalizer.city("N. Las Vegas"));
        assertEquals("SAN JOSE", Normalizer.city("San José"));
        assertEquals("COEUR D ALENE", Normalizer.city("Coeur d’Alene".replace("’", " ")));
        assertEquals(Normalizer.city("Coeur d'Alene"), Normalizer.city("Coeur d’Alene"));
    }

    @Test
    void zipCodesCompareByTheirFirstFiveDigits() {
        assertEquals("62704", Normalizer.zip5("62704-1234"));
        assertEquals("62704", Normalizer.zip5("62704"));
        assertEquals("62704", Normalizer.zip5("627041234"));
        assertEquals("", Normalizer.zip5(null));
    }

    @Test
    void wholeAddressesIgnoreTheAddresseeAndZipPlusFour() {
        MailingAddress a = new MailingAddress("Jane Doe", "123 North Main Street", "Apartment 4", "Saint Paul", "mn", "55101-1234");
        MailingAddress b = new MailingAddress("J. DOE", "123 N Main St Apt 4", null, "St Paul", "MN", "55101");
        assertEquals(Normalizer.address(a), Normalizer.address(b));
        assertEquals("123 N MAIN ST APT 4|ST PAUL|MN|55101", Normalizer.address(a));
        MailingAddress otherState = new MailingAddress("Jane Doe", "123 N Main St Apt 4", null, "St Paul", "MO", "55101");
        assertNotEquals(Normalizer.address(a), Normalizer.address(otherState));
    }

    @Test
    void names() {
        assertEquals("ZOE", Normalizer.namePart(" Zoë "));
        assertEquals("OBRIEN NUNEZ", Normalizer.namePart("O'Brien-Núñez"));
        assertEquals(Normalizer.namePart("O’Brien"), Normalizer.namePart("OBRIEN"));
        assertEquals("MARY JANE", Normalizer.namePart("Mary-Jane"));
        assertEquals("MARY JANE", Normalizer.namePart("mary   jane"));
        assertEquals("ST JOHN", Normalizer.namePart("St. John"));
        assertEquals("SOREN", Normalizer.namePart("Søren"));
        assertEquals("STRASSE", Normalizer.namePart("Straße"));
        assertEquals("LUKASZ", Normalizer.namePart("Łukasz"));
        assertEquals("AERON", Normalizer.namePart("Æron"));
        assertEquals("NGUYEN", Normalizer.namePart("Nguyễn"));
    }

    @Test
    void suffixesAndFullNames() {
        for (String jr : new String[] {"Jr", "Jr.", "JR", "junior", " Junior "}) {
            assertEquals("JR", Normalizer.suffix(jr), jr);
        }
        assertEquals("SR", Normalizer.suffix("Sr."));
        assertEquals("III", Normalizer.suffix("3rd"));
        assertEquals("II", Normalizer.suffix("II"));
        assertEquals("", Normalizer.suffix(null));
        assertEquals("ZOE|OBRIEN NUNEZ|JR", Normalizer.personName("Zoë", "O'Brien-Núñez", "Jr."));
        assertEquals(Normalizer.personName("ZOE", "OBRIEN NUNEZ", "junior"), Normalizer.personName("Zoë", "O'Brien-Núñez", "Jr."));
        assertNotEquals(Normalizer.personName("Zoe", "Smith", null), Normalizer.personName("Zoe", "Smith", "Jr"));
        assertNotEquals(Normalizer.personName("Ann", "Lee", null), Normalizer.personName("Lee", "Ann", null), "first and last keep their places");
    }

    @Test
    void datesAreIso() {
        assertEquals("1961-02-17", Normalizer.date(LocalDate.of(1961, 2, 17)));
    }
}
