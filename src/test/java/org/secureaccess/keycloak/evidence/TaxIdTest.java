package org.secureaccess.keycloak.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.secureaccess.keycloak.evidence.TaxId.Kind;

/**
 * SSN and ITIN parsing. Whole numbers in these tests are the SSA's advertising numbers (987-65-4320..4329, which
 * classify as ITINs) or ITINs of the form 9XX-7X-XXXX; SSN rules are tested on their parts, never on a number that
 * could be someone's.
 */
class TaxIdTest {

    @Test
    void advertisingNumbersAreItinsWithOrWithoutSeparators() {
        for (String typed : new String[] {"987-65-4320", "987654320", "987 65 4320", " 987-65-4320 ", "987 - 65 - 4320",
                "987\u201365\u20134320", "987\u00a065\u00a04320"}) {
            TaxId id = TaxId.parse(typed);
            assertEquals("987654320", id.digits(), typed);
            assertEquals(Kind.ITIN, id.kind(), typed);
            assertEquals("4320", id.last4());
        }
        for (int serial = 4320; serial <= 4329; serial++) {
            assertEquals(Kind.ITIN, TaxId.parse("987-65-" + serial).kind());
        }
    }

    @Test
    void itinGroupsFollowTheIrsRanges() {
        for (int group : new int[] {50, 57, 65, 70, 78, 88, 90, 91, 92, 94, 99}) {
            String typed = String.format("912-%02d-3456", group);
            assertEquals(Kind.ITIN, TaxId.parse(typed).kind(), typed);
        }
        for (int group : new int[] {0, 1, 10, 49, 66, 69, 89, 93}) {
            String typed = String.format("912-%02d-3456", group);
            assertTrue(TaxId.tryParse(typed).isEmpty(), typed);
            assertEquals(Optional.of(FieldReasons.INVALID), TaxId.problem(typed), typed);
        }
        assertEquals(Kind.ITIN, TaxId.parse("900-70-0000").kind(), "the ITIN rule does not look at the serial");
        assertEquals(Kind.ITIN, TaxId.parse("999-79-1234").kind());
    }

    @Test
    void ssnRulesOnTheirParts() {
        assertEquals(Kind.SSN, TaxId.classify(1, 1, 1));
        assertEquals(Kind.SSN, TaxId.classify(665, 99, 9999));
        assertEquals(Kind.SSN, TaxId.classify(667, 12, 1234));
        assertEquals(Kind.SSN, TaxId.classify(899, 12, 1234));
        assertNull(TaxId.classify(0, 12, 1234), "area 000");
        assertNull(TaxId.classify(666, 12, 1234), "area 666");
        assertNull(TaxId.classify(123, 0, 1234), "group 00");
        assertNull(TaxId.classify(123, 12, 0), "serial 0000");
        assertNull(TaxId.classify(900, 12, 1234), "area 9xx is never an SSN, and group 12 is no ITIN");
        assertNull(TaxId.classify(987, 12, 1234));
    }

    @Test
    void impossibleSsnsAreRefusedWhole() {
        for (String typed : new String[] {"000-12-3456", "666-12-3456", "123-00-4567", "123-45-0000", "000000000"}) {
            assertTrue(TaxId.tryParse(typed).isEmpty(), typed);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TaxId.parse(typed));
            assertFalse(e.getMessage().contains(typed.replace("-", "")), "the message never quotes the number");
            assertFalse(e.getMessage().contains(typed));
        }
    }

    @Test
    void anythingButNineDigitsIsInvalidAndNothingIsRequired() {
        for (String typed : new String[] {"98765432", "9876543201", "987-65-432O", "987.65.4320", "987/65/4320", "+987654320",
                "ITIN 987654320", "٩٨٧٦٥٤٣٢٠", "9".repeat(30)}) {
            assertEquals(Optional.of(FieldReasons.INVALID), TaxId.problem(typed), typed);
        }
        assertEquals(Optional.of(FieldReasons.REQUIRED), TaxId.problem(null));
        assertEquals(Optional.of(FieldReasons.REQUIRED), TaxId.problem("  "));
        assertEquals(Optional.empty(), TaxId.problem("987-65-4321"));
    }

    @Test
    void theTextFormShowsOnlyTheLastFourDigits() {
        TaxId id = TaxId.parse("987654321");
        assertEquals("***-**-4321", id.toString());
        assertEquals("***-**-4321", id.masked());
        assertFalse(String.valueOf(id).contains("98765"));
        assertEquals(TaxId.parse("987-65-4321"), id);
        assertEquals(TaxId.parse("987-65-4321").hashCode(), id.hashCode());
        assertNotEquals(TaxId.parse("987-65-4322"), id);
    }
}
