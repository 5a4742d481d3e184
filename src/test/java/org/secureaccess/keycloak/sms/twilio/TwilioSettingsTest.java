package org.secureaccess.keycloak.sms.twilio;

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
class TwilioSettingsTest {

    private static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
    private final List<String> warnings = new ArrayList<>();

    private TwilioSettings parse(String... keyValues) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            options.put(keyValues[i], keyValues[i + 1]);
        }
        return TwilioSettings.parse(options::get, warnings);
    }

    @Test
    void minimalConfigurationWithDefaults() {
        TwilioSettings s = parse("account-sid", ACCOUNT, "auth-token", "tok", "from", "+15017122661");

        assertTrue(s.usable(), s.problems().toString());
        assertEquals(URI.create("https://api.twilio.com"), s.baseUrl());
        assertEquals(Duration.ofSeconds(5), s.timeout());
        assertEquals(ACCOUNT, s.username());
        assertEquals("auth-token", s.secretOption());
        assertEquals("https://api.twilio.com/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json",
                new TwilioSender(s, "tok").messagesUri().toString());
    }

    @Test
    void apiKeyReplacesTheAuthToken() {
        TwilioSettings s = parse("account-sid", ACCOUNT, "api-key-sid", "SKfedcba9876543210fedcba9876543210",
                "api-key-secret", "sec", "messaging-service-sid", "MG00112233445566778899aabbccddeeff");

        assertTrue(s.usable(), s.problems().toString());
        assertEquals("SKfedcba9876543210fedcba9876543210", s.username());
        assertEquals("api-key-secret", s.secretOption());

        assertFalse(parse("account-sid", ACCOUNT, "api-key-sid", "SKfedcba9876543210fedcba9876543210", "auth-token", "t",
                "from", "+1").usable(), "API key without its secret");
        assertFalse(parse("account-sid", ACCOUNT, "api-key-secret", "sec", "from", "+1").usable(), "secret without API key");
    }

    @Test
    void requiredOptions() {
        TwilioSettings nothing = parse();
        assertFalse(nothing.usable());
        assertEquals(3, nothing.problems().size(), nothing.problems().toString());

        assertFalse(parse("account-sid", "AC123", "auth-token", "t", "from", "+1").usable(), "malformed account SID");
        assertFalse(parse("account-sid", ACCOUNT + "/../x", "auth-token", "t", "from", "+1").usable(), "path in account SID");
        assertFalse(parse("account-sid", ACCOUNT, "auth-token", "t").usable(), "no sender");
        assertFalse(parse("account-sid", ACCOUNT, "auth-token", "t", "messaging-service-sid", "MG1").usable());
    }

    @Test
    void messagingServiceWinsOverFromWithAWarning() {
        TwilioSettings s = parse("account-sid", ACCOUNT, "auth-token", "t", "from", "+15017122661",
                "messaging-service-sid", "MG00112233445566778899aabbccddeeff");

        assertTrue(s.usable());
        assertNull(s.from());
        assertEquals(1, warnings.size());
    }

    @Test
    void baseUrlMustBeHttpsExceptLoopback() {
        String[] base = {"account-sid", ACCOUNT, "auth-token", "t", "from", "+1"};
        assertEquals(URI.create("https://api.dublin.ie1.twilio.com"), parse(concat(base, "base-url", "https://api.dublin.ie1.twilio.com/")).baseUrl());
        assertTrue(parse(concat(base, "base-url", "http://127.0.0.1:4010")).usable());
        assertFalse(parse(concat(base, "base-url", "http://api.twilio.com")).usable());
        assertFalse(parse(concat(base, "base-url", "https://api.twilio.com?x=1")).usable());
    }

    @Test
    void timeoutIsClampedWithAWarningNamingTheOption() {
        TwilioSettings s = parse("account-sid", ACCOUNT, "auth-token", "t", "from", "+1", "timeout-seconds", "90");
        assertEquals(Duration.ofSeconds(30), s.timeout());
        assertTrue(warnings.get(0).contains("'timeout-seconds'"), warnings.toString());
    }

    @Test
    void problemsNeverContainSecrets() {
        TwilioSettings s = parse("account-sid", "bad", "auth-token", "very-secret-token", "api-key-secret", "other-secret");
        String all = s.problems() + " " + warnings;
        assertFalse(all.contains("very-secret-token"));
        assertFalse(all.contains("other-secret"));
    }

    // ---- the timeout at min-1, min, max and max+1 (1..30 s); shared/requirements.md names no gateway timeout ----------

    @ParameterizedTest(name = "timeout-seconds={0}: {1} ms, warned: {2}")
    @CsvSource({"0, 1000, true", "1, 1000, false", "30, 30000, false", "31, 30000, true"})
    void theTimeoutIsOneToThirtySecondsAndOneStepPastABoundIsClampedToItWithAWarning(String configured, long millis, boolean warned) {
        TwilioSettings s = parse("account-sid", ACCOUNT, "auth-token", "t", "from", "+1", "timeout-seconds", configured);
        assertEquals(Duration.ofMillis(millis), s.timeout());
        assertTrue(s.usable(), "a clamped timeout still works");
        assertEquals(warned, !warnings.isEmpty(), warnings.toString());
    }

    // ---- SIDs are their prefix and exactly 32 hex digits: 31, 32 and 33 ---------------------------------------------

    @ParameterizedTest(name = "{0} with {1} hex digits: accepted {2}")
    @CsvSource({"account-sid, 31, false", "account-sid, 32, true", "account-sid, 33, false",
            "api-key-sid, 31, false", "api-key-sid, 32, true", "api-key-sid, 33, false",
            "messaging-service-sid, 31, false", "messaging-service-sid, 32, true", "messaging-service-sid, 33, false"})
    void aSidIsItsPrefixAndExactlyThirtyTwoHexDigits(String option, int digits, boolean accepted) {
        String prefix = switch (option) {
            case "account-sid" -> "AC";
            case "api-key-sid" -> "SK";
            default -> "MG";
        };
        String sid = prefix + "0123456789abcdef".repeat(3).substring(0, digits);
        Map<String, String> options = new HashMap<>(Map.of("account-sid", ACCOUNT, "auth-token", "t", "from", "+1"));
        if (option.equals("api-key-sid")) {
            options.remove("auth-token");
            options.put("api-key-secret", "s");
        }
        options.put(option, sid);
        TwilioSettings s = TwilioSettings.parse(options::get, warnings);
        assertEquals(accepted, s.usable(), s.problems().toString());
        if (!accepted) {
            assertTrue(s.problems().get(0).contains("'" + option + "'"), s.problems().toString());
        }
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
