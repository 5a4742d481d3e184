package org.secureaccess.keycloak.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class OneTimeCodesTest {

    @Test
    void numericCodesHaveTheRequestedDigitsAndVary() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = OneTimeCodes.numeric(6);
            assertTrue(code.matches("\\d{6}"), code);
            seen.add(code);
        }
        assertTrue(seen.size() > 990, "a CSPRNG rarely repeats 6-digit codes in 1000 draws: " + seen.size());
        assertEquals(10, OneTimeCodes.numeric(10).length());
        assertThrows(IllegalArgumentException.class, () -> OneTimeCodes.numeric(0));
    }

    @Test
    void crockfordCodesUseOnlyTheUnambiguousAlphabet() {
        String code = OneTimeCodes.crockford(10);
        assertEquals(10, code.length());
        assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{10}"), code);
    }

    @Test
    void typedCrockfordCodesForgiveCaseSpacingAndLookAlikes() {
        assertEquals("AB1C0DEF10", OneTimeCodes.normalizeCrockford("ab1c-oDEF iO"));
        assertEquals("", OneTimeCodes.normalizeCrockford(null));
    }

    @Test
    void numericInputIgnoresSpacesAndHyphens() {
        assertEquals("123456", OneTimeCodes.normalizeNumeric(" 123-456 "));
    }

    @Test
    void hashesCompareExactly() {
        assertTrue(OneTimeCodes.sameHash("abc123", "abc123"));
        assertFalse(OneTimeCodes.sameHash("abc123", "abc124"));
        assertFalse(OneTimeCodes.sameHash("abc123", null));
        assertFalse(OneTimeCodes.sameHash("abc", "abc123"));
    }
}
