package org.secureaccess.keycloak.sms.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
class WebhookSettingsTest {

    private final List<String> warnings = new ArrayList<>();

    private WebhookSettings parse(String... keyValues) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            options.put(keyValues[i], keyValues[i + 1]);
        }
        return WebhookSettings.parse(options::get, warnings);
    }

    @Test
    void defaults() {
        WebhookSettings s = parse("url", "https://sms.example.com/send");

        assertTrue(s.usable(), s.problems().toString());
        assertEquals(URI.create("https://sms.example.com/send"), s.url());
        assertEquals("{\"to\":\"{{to}}\",\"text\":\"{{text}}\",\"realm\":\"{{realm}}\"}", s.bodyTemplate());
        assertEquals("Authorization", s.authHeaderName());
        assertEquals(Duration.ofSeconds(5), s.timeout());
        assertTrue(warnings.isEmpty());
    }

    @Test
    void urlIsRequired() {
        WebhookSettings s = parse();
        assertFalse(s.usable());
        assertTrue(s.problems().get(0).contains("'url' is required"));
    }

    @Test
    void plainHttpOnlyToLoopback() {
        assertTrue(parse("url", "http://localhost:8025/sms").usable());
        assertTrue(parse("url", "http://127.0.0.1/sms").usable());
        assertTrue(parse("url", "http://[::1]:9999/sms").usable());
        assertTrue(parse("url", "HTTP://LOCALHOST/sms").usable());

        WebhookSettings remote = parse("url", "http://sms.example.com/send");
        assertFalse(remote.usable());
        assertTrue(remote.problems().get(0).contains("https is required"), remote.problems().toString());
        assertFalse(parse("url", "http://127.0.0.2/").usable());
        assertFalse(parse("url", "ftp://sms.example.com/").usable());
        assertFalse(parse("url", "sms.example.com/send").usable());
        assertFalse(parse("url", "https://user:pw@sms.example.com/").usable());
        assertFalse(parse("url", "https://exa mple.com/").usable());
    }

    @Test
    void timeoutIsClampedWithAWarningNamingTheOption() {
        assertEquals(Duration.ofSeconds(30), parse("url", "https://x.example/", "timeout-seconds", "120").timeout());
        assertEquals(Duration.ofSeconds(1), parse("url", "https://x.example/", "timeout-seconds", "0").timeout());
        assertEquals(2, warnings.size());
        assertTrue(warnings.get(0).contains("'timeout-seconds'"), warnings.get(0));

        warnings.clear();
        WebhookSettings notANumber = parse("url", "https://x.example/", "timeout-seconds", "5s");
        assertEquals(Duration.ofSeconds(5), notANumber.timeout());
        assertTrue(notANumber.usable());
        assertEquals(1, warnings.size());

        warnings.clear();
        assertEquals(Duration.ofSeconds(12), parse("url", "https://x.example/", "timeout-seconds", " 12 ").timeout());
        assertTrue(warnings.isEmpty());
    }

    @Test
    void templateMustBeJsonWithToAndText() {
        assertTrue(parse("url", "https://x.example/", "body-template", "{\"m\":\"{{to}}: {{text}}\"}").usable());
        assertFalse(parse("url", "https://x.example/", "body-template", "{\"to\":\"{{to}}\"}").usable());
        assertFalse(parse("url", "https://x.example/", "body-template", "{\"to\":{{to}},\"text\":\"{{text}}\"}").usable());
        assertFalse(parse("url", "https://x.example/", "body-template", "{\"to\":\"{{to}}\",\"text\":\"{{text}}\"} trailing").usable());
    }

    @Test
    void headerNameMustBeSendable() {
        assertEquals("X-Api-Key", parse("url", "https://x.example/", "auth-header-name", "X-Api-Key").authHeaderName());
        assertFalse(parse("url", "https://x.example/", "auth-header-name", "Host").usable());
        assertFalse(parse("url", "https://x.example/", "auth-header-name", "Bad Header").usable());
    }

    @Test
    void problemsNeverContainTheSecret() {
        WebhookSettings s = parse("url", "http://sms.example.com/", "auth-header-value", "Bearer top-secret",
                "auth-header-name", "Host");
        assertFalse(s.problems().toString().contains("top-secret"));
        assertFalse(warnings.toString().contains("top-secret"));
    }

    @Test
    void jsonEscaping() {
        assertEquals("a\\\"b\\\\c\\n\\r\\t\\u0001\\u2028é", WebhookSender.jsonEscape("a\"b\\c\n\r\t\u0001\u2028é"));
    }

    // ---- the timeout at min-1, min, max and max+1 (1..30 s); shared/requirements.md names no gateway timeout ----------

    @ParameterizedTest(name = "timeout-seconds={0}: {1} ms, warned: {2}")
    @CsvSource({"0, 1000, true", "1, 1000, false", "30, 30000, false", "31, 30000, true"})
    void theTimeoutIsOneToThirtySecondsAndOneStepPastABoundIsClampedToItWithAWarning(String configured, long millis, boolean warned) {
        WebhookSettings s = parse("url", "https://x.example/", "timeout-seconds", configured);
        assertEquals(Duration.ofMillis(millis), s.timeout());
        assertTrue(s.usable(), "a clamped timeout still works");
        assertEquals(warned, !warnings.isEmpty(), warnings.toString());
    }
}
