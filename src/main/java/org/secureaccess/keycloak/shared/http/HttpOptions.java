package org.secureaccess.keycloak.shared.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The SPI options every webhook sender has, with one meaning, one default and one set of checks: where to POST
 * ({@value #OPT_URL}), the auth header ({@value #OPT_AUTH_HEADER_NAME}, {@value #OPT_AUTH_HEADER_VALUE}) and the
 * deadline ({@value #OPT_TIMEOUT}). Parsing is defensive: a bad value never throws; it adds a problem (the sender
 * then refuses to send) or a warning (a value that was adjusted and still works). Neither ever contains a secret.
 */
public final class HttpOptions {

    public static final String OPT_URL = "url";
    public static final String OPT_AUTH_HEADER_NAME = "auth-header-name";
    public static final String OPT_AUTH_HEADER_VALUE = "auth-header-value";
    public static final String OPT_TIMEOUT = "timeout-seconds";

    public static final String DEFAULT_AUTH_HEADER_NAME = "Authorization";
    public static final int DEFAULT_TIMEOUT_SECONDS = 5;
    public static final int MIN_TIMEOUT_SECONDS = 1;
    public static final int MAX_TIMEOUT_SECONDS = 30;

    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

    private HttpOptions() {
    }

    /** An absolute https URL without credentials; plain http only to a loopback host (development). Null when refused. */
    public static URI parseUrl(String configured, List<String> problems) {
        String value = trimToNull(configured);
        if (value == null) {
            problems.add("option '" + OPT_URL + "' is required");
            return null;
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
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

    public static boolean isLoopback(String host) {
        return host != null && LOOPBACK_HOSTS.contains(host.toLowerCase(Locale.ROOT));
    }

    /** The configured header name, or {@value #DEFAULT_AUTH_HEADER_NAME}; a problem when it is not one that can be sent. */
    public static String parseAuthHeaderName(String configured, List<String> problems) {
        String name = trimToNull(configured);
        if (name == null) {
            return DEFAULT_AUTH_HEADER_NAME;
        }
        if (!isSendableHeader(name, "x")) {
            problems.add("option '" + OPT_AUTH_HEADER_NAME + "' is not a header name that can be sent: '" + name + "'");
        }
        return name;
    }

    /**
     * Whether a request may carry this header: a well-formed name that is not one the HTTP client sets itself (Host,
     * Content-Length, Connection, Expect, Upgrade), and a value without line breaks or other control characters, so
     * that no configured or vault value can add a header or split the request. The JDK's request builder knows these
     * rules; it only checks here, the request itself goes through Keycloak's client.
     */
    public static boolean isSendableHeader(String name, String value) {
        try {
            HttpRequest.newBuilder(URI.create("https://localhost/")).header(name, value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whole seconds, {@value #DEFAULT_TIMEOUT_SECONDS} when unset or unreadable, clamped to 1..30 with a warning. */
    public static Duration parseTimeout(String configured, List<String> warnings) {
        String trimmed = trimToNull(configured);
        if (trimmed == null) {
            return Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS);
        }
        int seconds;
        try {
            seconds = Integer.parseInt(trimmed);
        } catch (NumberFormatException e) {
            warnings.add("option '" + OPT_TIMEOUT + "' is not a whole number of seconds: '" + trimmed + "'; using "
                    + DEFAULT_TIMEOUT_SECONDS);
            return Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS);
        }
        int clamped = Math.max(MIN_TIMEOUT_SECONDS, Math.min(MAX_TIMEOUT_SECONDS, seconds));
        if (clamped != seconds) {
            warnings.add("option '" + OPT_TIMEOUT + "' must be between " + MIN_TIMEOUT_SECONDS + " and " + MAX_TIMEOUT_SECONDS
                    + "; using " + clamped + " instead of " + seconds);
        }
        return Duration.ofSeconds(clamped);
    }

    public static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
