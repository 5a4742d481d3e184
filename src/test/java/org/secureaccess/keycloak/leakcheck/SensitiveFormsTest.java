package org.secureaccess.keycloak.leakcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.secureaccess.keycloak.testsupport.SensitiveValues.Kind;

class SensitiveFormsTest {

    @Test
    void aTaxIdIsSearchedWithDashesSpacesOrNoSeparatorPlainUrlEncodedAndJsonEscaped() {
        Set<String> forms = SensitiveForms.texts(Kind.TAX_ID, "987-65-4321");
        assertTrue(forms.containsAll(List.of("987-65-4321", "987654321", "987 65 4321", "987+65+4321", "987%2065%204321")), forms.toString());
        assertEquals(forms, SensitiveForms.texts(Kind.TAX_ID, "987654321"), "the same forms whichever way it was recorded");
    }

    @Test
    void aPhoneNumberIsSearchedInEverySpellingPeopleAndSystemsUse() {
        Set<String> forms = SensitiveForms.texts(Kind.PHONE_NUMBER, "(202) 555-0143");
        assertTrue(forms.containsAll(List.of("+12025550143", "12025550143", "2025550143", "(202) 555-0143", "(202)555-0143",
                "202-555-0143", "202 555 0143", "202.555.0143", "+1 202 555 0143", "+1 (202) 555-0143", "1-202-555-0143")), forms.toString());
        assertTrue(forms.containsAll(List.of("%2B12025550143", "%28202%29+555-0143", "%28202%29%20555-0143", "%2B1+202+555+0143")),
                "URL-encoded: " + forms);
        assertEquals(forms, SensitiveForms.texts(Kind.PHONE_NUMBER, "+12025550143"));
    }

    @Test
    void aDateOfBirthIsSearchedInIsoAndUsOrderWithSlashesEscapedAsJsonMayEscapeThem() {
        Set<String> forms = SensitiveForms.texts(Kind.DATE_OF_BIRTH, "1985-4-28");
        assertTrue(forms.containsAll(List.of("1985-04-28", "19850428", "04/28/1985", "4/28/1985", "04-28-1985", "04 28 1985", "04281985",
                "04\\/28\\/1985", "04%2F28%2F1985", "1985\\/04\\/28")), forms.toString());
        assertTrue(forms.containsAll(SensitiveForms.texts(Kind.DATE_OF_BIRTH, "04/28/1985")), "the same forms whichever way it was recorded");
    }

    @Test
    void accountNumbersAndCodesAreSearchedWithAndWithoutTheirSeparators() {
        assertTrue(SensitiveForms.texts(Kind.ACCOUNT_NUMBER, "4012 8888").containsAll(List.of("4012 8888", "40128888", "4012-8888", "4012+8888")));
        assertTrue(SensitiveForms.texts(Kind.ACCOUNT_NUMBER, "EX-MTG-0042").containsAll(List.of("EX-MTG-0042", "EXMTG0042")));
        assertTrue(SensitiveForms.texts(Kind.ONE_TIME_CODE, "123456").containsAll(List.of("123456", "123 456", "123-456")));
        assertTrue(SensitiveForms.texts(Kind.RECOVERY_CODE, "ABCD-EFGH-IJKL").containsAll(List.of("ABCD-EFGH-IJKL", "ABCDEFGHIJKL")));
    }

    @Test
    void aTotpSecretIsAlsoSearchedAsTheBase32KeycloakShowsAndAnAppIsGiven() {
        // The demo's secret: README.md gives alex.app's base32 form.
        Set<String> forms = SensitiveForms.texts(Kind.TOTP_SECRET, "SecureAccessDemoAppSecret");
        assertTrue(forms.containsAll(List.of("SecureAccessDemoAppSecret", "KNSWG5LSMVAWGY3FONZUIZLNN5AXA4CTMVRXEZLU",
                "KNSW G5LS MVAW GY3F ONZU IZLN N5AX A4CT MVRX EZLU")), forms.toString());
    }

    @Test
    void aGatewayTokenIsSearchedWithAndWithoutItsScheme() {
        assertTrue(SensitiveForms.texts(Kind.GATEWAY_TOKEN, "Bearer test-gateway-token")
                .containsAll(List.of("Bearer test-gateway-token", "test-gateway-token", "Bearer+test-gateway-token", "Bearer%20test-gateway-token")));
    }

    @Test
    void jsonEscapingCoversQuotesBackslashesSlashesAndNonAscii() {
        assertEquals("a\\\"b\\\\c/d", SensitiveForms.jsonEscaped("a\"b\\c/d", false));
        assertEquals("a\\\"b\\\\c\\/d", SensitiveForms.jsonEscaped("a\"b\\c/d", true));
        assertEquals("N\\u00fa\\u00f1ez", SensitiveForms.jsonEscaped("Núñez", false));
        assertTrue(SensitiveForms.texts(Kind.KEYED_HASH_SECRET, "se\"cret-0123456789").contains("se\\\"cret-0123456789"));
    }

    @Test
    void valuesTooShortToSearchWithoutFalseAlarmsAreLeftOut() {
        assertEquals(List.of(), SensitiveForms.of(Kind.ONE_TIME_CODE, "1234"));
        assertEquals(List.of(), SensitiveForms.of(Kind.ACCOUNT_NUMBER, "12-345"));
        assertFalse(SensitiveForms.of(Kind.ONE_TIME_CODE, "123456").isEmpty());
    }
}
