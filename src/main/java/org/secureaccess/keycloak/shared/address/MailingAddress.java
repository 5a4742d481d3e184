package org.secureaccess.keycloak.shared.address;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A U.S. postal address of record, as printed in the envelope window. Every field is one line of at most
 * {@value #MAX_FIELD_LENGTH} characters without control characters; blank {@code line2} becomes null.
 * Validation messages name the field, never its value. Log only {@link #masked()}.
 *
 * @param name  the addressee, e.g. {@code Jane Q. Doe}
 * @param line1 the delivery address line, e.g. {@code 742 Evergreen Terrace}
 * @param line2 the secondary line (apartment, suite), or null
 * @param city  the city
 * @param state the USPS two-letter code of a state, DC, a territory or an armed-forces region (upper-cased)
 * @param zip   a ZIP code ({@code 62704}) or ZIP+4 ({@code 62704-1234})
 */
public record MailingAddress(String name, String line1, String line2, String city, String state, String zip) {

    public static final int MAX_FIELD_LENGTH = 64;

    /** The 50 states, DC, the inhabited territories and freely associated states, and the armed-forces regions. */
    static final Set<String> STATE_CODES = Set.of(
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
            "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK",
            "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
            "DC", "AS", "GU", "MP", "PR", "VI", "UM", "FM", "MH", "PW",
            "AA", "AE", "AP");

    private static final Pattern ZIP = Pattern.compile("\\d{5}(-\\d{4})?");

    /** The accepted state codes in alphabetical order (for a choice on a page). */
    public static java.util.List<String> stateCodes() {
        return STATE_CODES.stream().sorted().toList();
    }

    /** Whether {@code code} (any case, surrounding spaces ignored) is a state, territory or military code accepted here. */
    public static boolean isStateCode(String code) {
        return code != null && STATE_CODES.contains(code.strip().toUpperCase(Locale.ROOT));
    }

    /** Whether {@code zip} (surrounding spaces ignored) is a ZIP code ({@code 62704}) or ZIP+4 ({@code 62704-1234}). */
    public static boolean isZip(String zip) {
        return zip != null && ZIP.matcher(zip.strip()).matches();
    }

    public MailingAddress {
        name = required("name", name);
        line1 = required("line1", line1);
        line2 = optional("line2", line2);
        city = required("city", city);
        state = required("state", state).toUpperCase(Locale.ROOT);
        if (!STATE_CODES.contains(state)) {
            throw new IllegalArgumentException("state must be a two-letter U.S. state, territory or military code");
        }
        zip = required("zip", zip);
        if (!ZIP.matcher(zip).matches()) {
            throw new IllegalArgumentException("zip must be a U.S. ZIP code (12345) or ZIP+4 (12345-6789)");
        }
    }

    private static String required(String field, String value) {
        String stripped = optional(field, value);
        if (stripped == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return stripped;
    }

    private static String optional(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > MAX_FIELD_LENGTH) {
            throw new IllegalArgumentException(field + " is longer than " + MAX_FIELD_LENGTH + " characters");
        }
        if (stripped.chars().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029')) {
            throw new IllegalArgumentException(field + " must be one line without control characters");
        }
        return stripped;
    }

    /** The lines as they go into the envelope window: name, street line(s), then {@code City, ST ZIP}. */
    public List<String> lines() {
        String last = city + ", " + state + " " + zip;
        return line2 == null ? List.of(name, line1, last) : List.of(name, line1, line2, last);
    }

    /**
     * A form safe for logs and support tickets: initials, no street, city and state, the ZIP's first three digits,
     * e.g. {@code J. D***, ***, Springfield, IL 627**}.
     */
    public String masked() {
        String[] words = name.split("\\s+");
        String initials = words.length == 1
                ? initial(words[0]) + "***"
                : initial(words[0]) + ". " + initial(words[words.length - 1]) + "***";
        return initials + ", ***, " + city + ", " + state + " " + zip.substring(0, 3) + "**";
    }

    private static String initial(String word) {
        return new String(Character.toChars(word.codePointAt(0)));
    }

    @Override
    public String toString() {
        return "MailingAddress[" + masked() + "]";
    }
}
