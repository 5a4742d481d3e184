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

    private static String[] concat(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
