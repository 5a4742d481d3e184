package org.secureaccess.keycloak.sms.awssns;

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
 * The Amazon SNS sender's options, parsed defensively: a bad value never throws, it becomes a
 * {@linkplain #problems() problem} (safe to log: it never contains a secret) and the sender then
 * refuses every message with MISCONFIGURED. Holds no secret.
 *
 * @param region            AWS region, e.g. {@code eu-west-1}
 * @param endpoint          endpoint override (tests, VPC endpoints); null for the region's SNS endpoint
 * @param senderId          {@code AWS.SNS.SMS.SenderID} attribute; null when unset
 * @param originationNumber {@code AWS.MM.SMS.OriginationNumber} attribute; null when unset
 * @param timeout           the API call timeout
 * @param problems          configuration errors; empty when the sender may send
 */
record SnsSettings(String region, URI endpoint, String senderId, String originationNumber, Duration timeout,
        List<String> problems) {

    static final String OPT_REGION = "region";
    static final String OPT_ENDPOINT = "endpoint";
    static final String OPT_ACCESS_KEY_ID = "access-key-id";
    static final String OPT_SECRET_ACCESS_KEY = "secret-access-key";
    static final String OPT_SENDER_ID = "sender-id";
    static final String OPT_ORIGINATION_NUMBER = "origination-number";
    static final String OPT_TIMEOUT = "timeout-seconds";

    static final int DEFAULT_TIMEOUT_SECONDS = 5;
    static final int MIN_TIMEOUT_SECONDS = 1;
    static final int MAX_TIMEOUT_SECONDS = 30;

    static final List<String> OPTIONS = List.of(OPT_REGION, OPT_ENDPOINT, OPT_ACCESS_KEY_ID, OPT_SECRET_ACCESS_KEY, OPT_SENDER_ID,
            OPT_ORIGINATION_NUMBER, OPT_TIMEOUT);

    private static final Pattern REGION = Pattern.compile("[a-z]{2,}(-[a-z0-9]+)+-\\d{1,2}");
    /** 1-11 letters, digits or hyphens, at least one letter (AWS's rule for alphanumeric sender IDs). */
    private static final Pattern SENDER_ID = Pattern.compile("(?=.*[A-Za-z])[A-Za-z0-9-]{1,11}");
    private static final Pattern ORIGINATION_NUMBER = Pattern.compile("\\+?[0-9]{3,15}");
    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

    SnsSettings {
        problems = List.copyOf(problems);
    }

    boolean usable() {
        return problems.isEmpty();
    }

    /**
     * Reads the options through {@code option} (an SPI {@code Config.Scope::get} in the server). Checks
     * that the credential options come as a pair but keeps neither. {@code warnings} receives notes
     * about values that were adjusted but still work.
     */
    static SnsSettings parse(Function<String, String> option, List<String> warnings) {
        List<String> problems = new ArrayList<>();

        String region = trimToNull(option.apply(OPT_REGION));
        if (region == null) {
            problems.add("option '" + OPT_REGION + "' is required");
        } else if (!REGION.matcher(region).matches()) {
            problems.add("option '" + OPT_REGION + "' is not an AWS region name such as eu-west-1: '" + region + "'");
            region = null;
        }

        URI endpoint = parseEndpoint(trimToNull(option.apply(OPT_ENDPOINT)), problems);

        boolean hasKeyId = trimToNull(option.apply(OPT_ACCESS_KEY_ID)) != null;
        boolean hasSecret = trimToNull(option.apply(OPT_SECRET_ACCESS_KEY)) != null;
        if (hasKeyId != hasSecret) {
            problems.add("options '" + OPT_ACCESS_KEY_ID + "' and '" + OPT_SECRET_ACCESS_KEY
                    + "' go together (set neither to use the AWS SDK's default credentials chain)");
        }

        String senderId = trimToNull(option.apply(OPT_SENDER_ID));
        if (senderId != null && !SENDER_ID.matcher(senderId).matches()) {
            problems.add("option '" + OPT_SENDER_ID + "' must be 1 to 11 letters, digits or hyphens with at least one letter");
        }
        String originationNumber = trimToNull(option.apply(OPT_ORIGINATION_NUMBER));
        if (originationNumber != null && !ORIGINATION_NUMBER.matcher(originationNumber).matches()) {
            problems.add("option '" + OPT_ORIGINATION_NUMBER + "' must be a phone number in E.164 form or a short code");
        }

        Duration timeout = Duration.ofSeconds(parseTimeout(option.apply(OPT_TIMEOUT), warnings));
        return new SnsSettings(region, endpoint, senderId, originationNumber, timeout, problems);
    }

    private static URI parseEndpoint(String value, List<String> problems) {
        if (value == null) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            problems.add("option '" + OPT_ENDPOINT + "' is not a valid URL");
            return null;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http")) || uri.getUserInfo() != null
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            problems.add("option '" + OPT_ENDPOINT + "' must be an absolute https URL without credentials or query");
            return null;
        }
        if (scheme.equals("http") && !LOOPBACK_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
            problems.add("option '" + OPT_ENDPOINT + "' uses plain http to " + uri.getHost()
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
