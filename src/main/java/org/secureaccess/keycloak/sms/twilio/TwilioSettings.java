package org.secureaccess.keycloak.sms.twilio;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The Twilio sender's options, parsed defensively: a bad value never throws, it becomes a
 * {@linkplain #problems() problem} (safe to log: it never contains a secret) and the sender then
 * refuses every message with MISCONFIGURED. Holds no secret; the auth token or API key secret is
 * resolved per send.
 *
 * @param accountSid          the account whose Messages resource is used (AC...)
 * @param apiKeySid           the API key (SK...) used as Basic auth user instead of the account SID; null when unset
 * @param from                sender phone number or alphanumeric sender ID; null when a Messaging Service is used
 * @param messagingServiceSid the Messaging Service (MG...) that picks the sender; null when unset
 * @param baseUrl             API root without a trailing slash, e.g. {@code https://api.twilio.com}
 * @param timeout             the whole exchange's deadline
 * @param problems            configuration errors; empty when the sender may send
 */
record TwilioSettings(String accountSid, String apiKeySid, String from, String messagingServiceSid, URI baseUrl,
        Duration timeout, List<String> problems) {

    static final String OPT_ACCOUNT_SID = "account-sid";
    static final String OPT_AUTH_TOKEN = "auth-token";
    static final String OPT_API_KEY_SID = "api-key-sid";
    static final String OPT_API_KEY_SECRET = "api-key-secret";
    static final String OPT_FROM = "from";
    static final String OPT_MESSAGING_SERVICE_SID = "messaging-service-sid";
    static final String OPT_BASE_URL = "base-url";
    static final String OPT_TIMEOUT = "timeout-seconds";

    static final String DEFAULT_BASE_URL = "https://api.twilio.com";
    static final int DEFAULT_TIMEOUT_SECONDS = 5;
    static final int MIN_TIMEOUT_SECONDS = 1;
    static final int MAX_TIMEOUT_SECONDS = 30;

    static final List<String> OPTIONS = List.of(OPT_ACCOUNT_SID, OPT_AUTH_TOKEN, OPT_API_KEY_SID, OPT_API_KEY_SECRET, OPT_FROM,
            OPT_MESSAGING_SERVICE_SID, OPT_BASE_URL, OPT_TIMEOUT);

    private static final Pattern ACCOUNT_SID = Pattern.compile("AC[0-9a-fA-F]{32}");
    private static final Pattern API_KEY_SID = Pattern.compile("SK[0-9a-fA-F]{32}");
    private static final Pattern MESSAGING_SERVICE_SID = Pattern.compile("MG[0-9a-fA-F]{32}");
    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

    TwilioSettings {
        problems = List.copyOf(problems);
    }

    boolean usable() {
        return problems.isEmpty();
    }

    /** The Basic auth user: the API key when one is configured, else the account. */
    String username() {
        return apiKeySid != null ? apiKeySid : accountSid;
    }

    /** The option that holds the Basic auth password for {@link #username()}. */
    String secretOption() {
        return apiKeySid != null ? OPT_API_KEY_SECRET : OPT_AUTH_TOKEN;
    }

    /**
     * Reads the options through {@code option} (an SPI {@code Config.Scope::get} in the server).
     * {@code warnings} receives notes about values that were adjusted but still work.
     */
    static TwilioSettings parse(Function<String, String> option, List<String> warnings) {
        List<String> problems = new ArrayList<>();

        String accountSid = trimToNull(option.apply(OPT_ACCOUNT_SID));
        if (accountSid == null) {
            problems.add("option '" + OPT_ACCOUNT_SID + "' is required");
        } else if (!ACCOUNT_SID.matcher(accountSid).matches()) {
            problems.add("option '" + OPT_ACCOUNT_SID + "' is not an account SID (AC followed by 32 hex digits)");
            accountSid = null;
        }

        String apiKeySid = trimToNull(option.apply(OPT_API_KEY_SID));
        if (apiKeySid != null && !API_KEY_SID.matcher(apiKeySid).matches()) {
            problems.add("option '" + OPT_API_KEY_SID + "' is not an API key SID (SK followed by 32 hex digits)");
        }
        boolean hasAuthToken = trimToNull(option.apply(OPT_AUTH_TOKEN)) != null;
        boolean hasApiKeySecret = trimToNull(option.apply(OPT_API_KEY_SECRET)) != null;
        if (apiKeySid != null && !hasApiKeySecret) {
            problems.add("option '" + OPT_API_KEY_SECRET + "' is required with '" + OPT_API_KEY_SID + "'");
        } else if (apiKeySid == null && hasApiKeySecret) {
            problems.add("option '" + OPT_API_KEY_SECRET + "' needs '" + OPT_API_KEY_SID + "'");
        } else if (apiKeySid == null && !hasAuthToken) {
            problems.add("option '" + OPT_AUTH_TOKEN + "' (or '" + OPT_API_KEY_SID + "' with '" + OPT_API_KEY_SECRET
                    + "') is required");
        }

        String from = trimToNull(option.apply(OPT_FROM));
        String messagingServiceSid = trimToNull(option.apply(OPT_MESSAGING_SERVICE_SID));
        if (messagingServiceSid != null && !MESSAGING_SERVICE_SID.matcher(messagingServiceSid).matches()) {
            problems.add("option '" + OPT_MESSAGING_SERVICE_SID + "' is not a Messaging Service SID (MG followed by 32 hex digits)");
        }
        if (from == null && messagingServiceSid == null) {
            problems.add("option '" + OPT_FROM + "' or '" + OPT_MESSAGING_SERVICE_SID + "' is required");
        } else if (from != null && messagingServiceSid != null) {
            warnings.add("options '" + OPT_FROM + "' and '" + OPT_MESSAGING_SERVICE_SID + "' are both set; using '"
                    + OPT_MESSAGING_SERVICE_SID + "' and ignoring '" + OPT_FROM + "'");
            from = null;
        }

        URI baseUrl = parseBaseUrl(trimToNull(option.apply(OPT_BASE_URL)), problems);
        Duration timeout = Duration.ofSeconds(parseTimeout(option.apply(OPT_TIMEOUT), warnings));
        return new TwilioSettings(accountSid, apiKeySid, from, messagingServiceSid, baseUrl, timeout, problems);
    }

    private static URI parseBaseUrl(String value, List<String> problems) {
        String text = value == null ? DEFAULT_BASE_URL : value;
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            problems.add("option '" + OPT_BASE_URL + "' is not a valid URL");
            return null;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http")) || uri.getUserInfo() != null
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            problems.add("option '" + OPT_BASE_URL + "' must be an absolute https URL without credentials or query");
            return null;
        }
        if (scheme.equals("http") && !LOOPBACK_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
            problems.add("option '" + OPT_BASE_URL + "' uses plain http to " + uri.getHost()
                    + ": https is required (http only to localhost, 127.0.0.1 or [::1], for tests)");
            return null;
        }
        return uri;
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
