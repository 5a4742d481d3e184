package org.secureaccess.keycloak.sms.webhook;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.DeserializationFeature;
import org.keycloak.util.JsonSerialization;

/**
 * The webhook sender's options, parsed defensively: a bad value never throws, it becomes a
 * {@linkplain #problems() problem} (safe to log: it never contains the secret) and the sender then
 * refuses every message with MISCONFIGURED. Holds no secret; the auth header value is resolved per send.
 *
 * @param url            where messages are POSTed (null when missing or refused)
 * @param bodyTemplate   JSON with {@code {{to}}}, {@code {{text}}} and {@code {{realm}}} placeholders
 * @param authHeaderName the header that carries the secret, when one is configured
 * @param timeout        the whole exchange's deadline
 * @param problems       configuration errors; empty when the sender may send
 */
record WebhookSettings(URI url, String bodyTemplate, String authHeaderName, Duration timeout, List<String> problems) {

    static final String OPT_URL = "url";
    static final String OPT_BODY_TEMPLATE = "body-template";
    static final String OPT_AUTH_HEADER_NAME = "auth-header-name";
    static final String OPT_AUTH_HEADER_VALUE = "auth-header-value";
    static final String OPT_TIMEOUT = "timeout-seconds";

    static final String DEFAULT_BODY_TEMPLATE = "{\"to\":\"{{to}}\",\"text\":\"{{text}}\",\"realm\":\"{{realm}}\"}";
    static final String DEFAULT_AUTH_HEADER_NAME = "Authorization";
    static final int DEFAULT_TIMEOUT_SECONDS = 5;
    static final int MIN_TIMEOUT_SECONDS = 1;
    static final int MAX_TIMEOUT_SECONDS = 30;

    static final List<String> OPTIONS = List.of(OPT_URL, OPT_BODY_TEMPLATE, OPT_AUTH_HEADER_NAME, OPT_AUTH_HEADER_VALUE, OPT_TIMEOUT);

    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

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
        URI url = parseUrl(trimToNull(option.apply(OPT_URL)), problems);

        String template = trimToNull(option.apply(OPT_BODY_TEMPLATE));
        if (template == null) {
            template = DEFAULT_BODY_TEMPLATE;
        } else {
            checkTemplate(template, problems);
        }

        String headerName = trimToNull(option.apply(OPT_AUTH_HEADER_NAME));
        if (headerName == null) {
            headerName = DEFAULT_AUTH_HEADER_NAME;
        } else if (!isAllowedHeaderName(headerName)) {
            problems.add("option '" + OPT_AUTH_HEADER_NAME + "' is not a header name that can be sent: '" + headerName + "'");
        }

        Duration timeout = Duration.ofSeconds(parseTimeout(option.apply(OPT_TIMEOUT), warnings));
        return new WebhookSettings(url, template, headerName, timeout, problems);
    }

    private static URI parseUrl(String value, List<String> problems) {
        if (value == null) {
            problems.add("option '" + OPT_URL + "' is required");
            return null;
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (java.net.URISyntaxException e) {
            problems.add("option '" + OPT_URL + "' is not a valid URL");
            return null;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            problems.add("option '" + OPT_URL + "' must be an absolute https URL");
            return null;
        }
        if (uri.getUserInfo() != null) {
            problems.add("option '" + OPT_URL + "' must not contain credentials; use option '" + OPT_AUTH_HEADER_VALUE + "'");
            return null;
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            problems.add("option '" + OPT_URL + "' uses plain http to " + uri.getHost()
                    + ": https is required (http only to localhost, 127.0.0.1 or [::1], for development)");
            return null;
        }
        return uri;
    }

    static boolean isLoopback(String host) {
        return host != null && LOOPBACK_HOSTS.contains(host.toLowerCase(Locale.ROOT));
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

    private static boolean isAllowedHeaderName(String name) {
        try {
            // The JDK client refuses restricted headers (Host, Content-Length, ...) and malformed names.
            HttpRequest.newBuilder(URI.create("https://localhost/")).header(name, "x");
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static int parseTimeout(String value, List<String> warnings) {
        String trimmed = trimToNull(value);
        if (trimmed == null) {
            return DEFAULT_TIMEOUT_SECONDS;
        }
        int seconds;
        try {
            seconds = Integer.parseInt(trimmed);
        } catch (NumberFormatException e) {
            warnings.add("option '" + OPT_TIMEOUT + "' is not a whole number of seconds: '" + trimmed + "'; using "
                    + DEFAULT_TIMEOUT_SECONDS);
            return DEFAULT_TIMEOUT_SECONDS;
        }
        int clamped = Math.max(MIN_TIMEOUT_SECONDS, Math.min(MAX_TIMEOUT_SECONDS, seconds));
        if (clamped != seconds) {
            warnings.add("option '" + OPT_TIMEOUT + "' must be between " + MIN_TIMEOUT_SECONDS + " and " + MAX_TIMEOUT_SECONDS
                    + "; using " + clamped + " instead of " + seconds);
        }
        return clamped;
    }

    static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
