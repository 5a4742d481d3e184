package org.secureaccess.keycloak.secondfactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.secureaccess.keycloak.secondfactor.PhoneNumbers.Check;
import org.secureaccess.keycloak.secondfactor.PhoneNumbers.Policy;
import org.secureaccess.keycloak.secondfactor.PhoneNumbers.Problem;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"(202) 555-0143", "202-555-0143", "202.555.0143", "2025550143", "+1 202 555 0143", "1-202-555-0143"})
    void usNumbersAreNormalisedToE164(String typed) {
        Check check = PhoneNumbers.check(typed, Policy.defaults());
        assertTrue(check.accepted(), typed);
        assertEquals("+12025550143", check.e164());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "12345", "call me", "555-0143", "+1 202 555 01434444"})
    void nonNumbersAreInvalid(String typed) {
        assertEquals(Problem.INVALID, PhoneNumbers.check(typed, Policy.defaults()).problem());
    }

    @Test
    void foreignNumbersAreRefusedByDefault() {
        Check uk = PhoneNumbers.check("+44 7400 123456", Policy.defaults());
        assertEquals(Problem.COUNTRY_NOT_ALLOWED, uk.problem());
        assertEquals("GB", uk.region());
    }

    @Test
    void tollFreeAndLandlinesAreRefusedWhereTheNumberingPlanShowsThem() {
        assertEquals(Problem.TYPE_NOT_ALLOWED, PhoneNumbers.check("(800) 555-0199", Policy.defaults()).problem());
        Policy usAndUk = Policy.parse("US", "US,GB", null);
        assertEquals(Problem.TYPE_NOT_ALLOWED, PhoneNumbers.check("+44 20 7946 0958", usAndUk).problem(), "a London landline");
        assertTrue(PhoneNumbers.check("+44 7400 123456", usAndUk).accepted(), "a UK mobile");
    }

    @Test
    void policyParsingIgnoresUnknownEntriesAndFallsBackToDefaults() {
        Policy policy = Policy.parse("zz", "US, XX, ca", "MOBILE##NOT_A_TYPE");
        assertEquals("US", policy.defaultRegion());
        assertEquals(java.util.Set.of("US", "CA"), policy.allowedRegions());
        assertEquals(1, policy.allowedTypes().size());
        assertEquals(Policy.defaults(), Policy.parse(null, "", ""));
    }

    @Test
    void onlyTheLastFourDigitsAreShown() {
        assertEquals("(•••) •••-0143", PhoneNumbers.mask("+12025550143"));
        assertEquals("+44 ••• ••• 3456", PhoneNumbers.mask("+447400123456"));
        assertFalse(PhoneNumbers.mask("+12025550143").contains("202"));
    }
}
