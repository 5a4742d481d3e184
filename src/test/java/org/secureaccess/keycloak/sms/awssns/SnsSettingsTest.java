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
}
