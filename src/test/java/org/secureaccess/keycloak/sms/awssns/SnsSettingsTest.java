package org.secureaccess.keycloak.sms.awssns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Option parsing: defensive, never throws, names the option at fault and never the secret. */
class SnsSettingsTest {

    private final List<String> warnings = new ArrayList<>();

    private SnsSettings parse(String... keyValues) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            options.put(keyValues[i], keyValues[i + 1]);
        }
        return SnsSettings.parse(options::get, warnings);
    }

    @Test
    void regionAloneIsEnoughWithDefaults() {
        SnsSettings s = parse("region", "eu-west-1");

        assertTrue(s.usable(), s.problems().toString());
        assertNull(s.endpoint());
        assertNull(s.senderId());
        assertNull(s.originationNumber());
        assertEquals(Duration.ofSeconds(5), s.timeout());
        assertTrue(warnings.isEmpty());
    }

    @Test
    void regionIsRequiredAndChecked() {
        assertTrue(parse().problems().get(0).contains("'region' is required"));
        assertTrue(parse("region", "us-gov-west-1").usable());
        assertTrue(parse("region", "cn-northwest-1").usable());
        assertFalse(parse("region", "EU-WEST-1").usable());
        assertFalse(parse("region", "eu-west").usable());
        assertFalse(parse("region", "sns.eu-west-1.amazonaws.com").usable());
    }

    @Test
    void credentialsComeAsAPair() {
        assertTrue(parse("region", "eu-west-1", "access-key-id", "AKIA", "secret-access-key", "s").usable());
        assertFalse(parse("region", "eu-west-1", "access-key-id", "AKIA").usable());
        SnsSettings secretOnly = parse("region", "eu-west-1", "secret-access-key", "do-not-print-me");
        assertFalse(secretOnly.usable());
        assertFalse(secretOnly.problems().toString().contains("do-not-print-me"));
    }

    @Test
    void endpointMustBeHttpsExceptLoopback() {
        assertEquals(URI.create("https://sns.eu-west-1.amazonaws.com"),
                parse("region", "eu-west-1", "endpoint", "https://sns.eu-west-1.amazonaws.com").endpoint());
        assertTrue(parse("region", "eu-west-1", "endpoint", "http://localhost:4566").usable());
        assertFalse(parse("region", "eu-west-1", "endpoint", "http://sns.eu-west-1.amazonaws.com").usable());
        assertFalse(parse("region", "eu-west-1", "endpoint", "sns.eu-west-1.amazonaws.com").usable());
    }

    @Test
    void senderIdAndOriginationNumberAreChecked() {
        SnsSettings s = parse("region", "eu-west-1", "sender-id", "Secure-Acc", "origination-number", "+15017122661");
        assertTrue(s.usable(), s.problems().toString());
        assertEquals("Secure-Acc", s.senderId());

        assertFalse(parse("region", "eu-west-1", "sender-id", "SecureAccess1").usable(), "longer than 11");
        assertFalse(parse("region", "eu-west-1", "sender-id", "12345").usable(), "no letter");
        assertFalse(parse("region", "eu-west-1", "origination-number", "+1 501 712").usable());
    }

    @Test
    void timeoutIsClampedWithAWarningNamingTheOption() {
        assertEquals(Duration.ofSeconds(1), parse("region", "eu-west-1", "timeout-seconds", "-3").timeout());
        assertTrue(warnings.get(0).contains("'timeout-seconds'"), warnings.toString());
    }

    // ---- the timeout at min-1, min, max and max+1 (1..30 s); shared/requirements.md names no gateway timeout ----------

    @ParameterizedTest(name = "timeout-seconds={0}: {1} ms, warned: {2}")
    @CsvSource({"0, 1000, true", "1, 1000, false", "30, 30000, false", "31, 30000, true"})
    void theTimeoutIsOneToThirtySecondsAndOneStepPastABoundIsClampedToItWithAWarning(String configured, long millis, boolean warned) {
        SnsSettings s = parse("region", "eu-west-1", "timeout-seconds", configured);
        assertEquals(Duration.ofMillis(millis), s.timeout());
        assertTrue(s.usable(), "a clamped timeout still works");
        assertEquals(warned, !warnings.isEmpty(), warnings.toString());
    }

    // ---- lengths at their edges ---------------------------------------------------------------------------------------

    @ParameterizedTest(name = "sender-id of {0} characters: accepted {1}")
    @CsvSource({"1, true", "11, true", "12, false"})
    void aSenderIdIsOneToElevenCharacters(int length, boolean accepted) {
        SnsSettings s = parse("region", "eu-west-1", "sender-id", "S" + "-".repeat(length - 1));
        assertEquals(accepted, s.usable(), s.problems().toString());
    }

    @ParameterizedTest(name = "origination-number of {0} digits: accepted {1}")
    @CsvSource({"2, false", "3, true", "15, true", "16, false"})
    void anOriginationNumberIsThreeToFifteenDigits(int digits, boolean accepted) {
        SnsSettings s = parse("region", "eu-west-1", "origination-number", "+" + "1234567890".repeat(2).substring(0, digits));
        assertEquals(accepted, s.usable(), s.problems().toString());
    }
}
