package org.secureaccess.keycloak.sms.webhook;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.DeserializationFeature;
import org.keycloak.util.JsonSerialization;
import org.secureaccess.keycloak.shared.http.HttpOptions;

/**
 * The webhook sender's options, parsed defensively: a bad value never throws, it becomes a
 * {@linkplain #problems() problem} (safe to log: it never contains the secret) and the sender then
 * refuses every message with MISCONFIGURED. Holds no secret; the auth header value is resolved per send.
 * The URL, auth header and timeout options are the ones every webhook sender shares ({@link HttpOptions}).
 *
 * @param url            where messages are POSTed (null when missing or refused)
 * @param bodyTemplate   JSON with {@code {{to}}}, {@code {{text}}} and {@code {{realm}}} placeholders
 * @param authHeaderName the header that carries the secret, when one is configured
 * @param timeout        the whole exchange's deadline
 * @param problems       configuration errors; empty when the sender may send
 */
record WebhookSettings(URI url, String bodyTemplate, String authHeaderName, Duration timeout, List<String> problems) {

    static final String OPT_URL = HttpOptions.OPT_URL;
    static final String OPT_BODY_TEMPLATE = "body-template";
    static final String OPT_AUTH_HEADER_NAME = HttpOptions.OPT_AUTH_HEADER_NAME;
    static final String OPT_AUTH_HEADER_VALUE = HttpOptions.OPT_AUTH_HEADER_VALUE;
    static final String OPT_TIMEOUT = HttpOptions.OPT_TIMEOUT;

    static final String DEFAULT_BODY_TEMPLATE = "{\"to\":\"{{to}}\",\"text\":\"{{text}}\",\"realm\":\"{{realm}}\"}";
    static final String DEFAULT_AUTH_HEADER_NAME = HttpOptions.DEFAULT_AUTH_HEADER_NAME;
    static final int DEFAULT_TIMEOUT_SECONDS = HttpOptions.DEFAULT_TIMEOUT_SECONDS;
    static final int MIN_TIMEOUT_SECONDS = HttpOptions.MIN_TIMEOUT_SECONDS;
    static final int MAX_TIMEOUT_SECONDS = HttpOptions.MAX_TIMEOUT_SECONDS;

    static final List<String> OPTIONS = List.of(OPT_URL, OPT_BODY_TEMPLATE, OPT_AUTH_HEADER_NAME, OPT_AUTH_HEADER_VALUE, OPT_TIMEOUT);

    WebhookSettings {
        problems = List.copyOf(problems);
    }

    boolean usable() {
        return problems.isEmpty();
    }

    /**
     * Reads the options through {@code option} (an SPI {@code Config.Scope::get} in the server).
     * {@code warnings} receives notes about values that were adjusted but still work (e.g. a clamped timeout).
     */
    static WebhookSettings parse(Function<String, String> option, List<String> warnings) {
        List<String> problems = new ArrayList<>();
        URI url = HttpOptions.parseUrl(option.apply(OPT_URL), problems);

        String template = HttpOptions.trimToNull(option.apply(OPT_BODY_TEMPLATE));
        if (template == null) {
            template = DEFAULT_BODY_TEMPLATE;
        } else {
            checkTemplate(template, problems);
        }

        String headerName = HttpOptions.parseAuthHeaderName(option.apply(OPT_AUTH_HEADER_NAME), problems);
        Duration timeout = HttpOptions.parseTimeout(option.apply(OPT_TIMEOUT), warnings);
        return new WebhookSettings(url, template, headerName, timeout, problems);
    }

    private static void checkTemplate(String template, List<String> problems) {
        if (!template.contains("{{to}}") || !template.contains("{{text}}")) {
            problems.add("option '" + OPT_BODY_TEMPLATE + "' must contain the placeholders {{to}} and {{text}}");
            return;
        }
        String sample = WebhookSender.render(template, "+15550000000", "Code \"123456\"\n", "realm");
        try {
            JsonSerialization.mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(sample);
        } catch (java.io.IOException e) {
            problems.add("option '" + OPT_BODY_TEMPLATE + "' does not give valid JSON (placeholders belong inside JSON strings)");
        }
    }
}
