package org.secureaccess.keycloak.evidence;

import java.util.Objects;
import java.util.Optional;

/**
 * A U.S. taxpayer identification number as a person types it: a Social Security number (SSN) or an Individual
 * Taxpayer Identification Number (ITIN), nine digits written with or without dashes and spaces.
 *
 * <p>Refused: anything that is not nine digits; SSNs with area 000 or 666, group 00 or serial 0000; numbers starting
 * with 9 that are not ITINs (an ITIN's group, the 4th and 5th digits, is 50–65, 70–88, 90–92 or 94–99). Areas 900–999
 * are never SSNs.
 *
 * <p>Example data: the numbers the SSA reserved for advertising, 987-65-4320 to 987-65-4329, start with 9 and have
 * group 65, so they are classified as {@linkplain Kind#ITIN ITINs}; they and other 9XX-7X-XXXX ITINs are what the
 * tests use. No real-looking SSN appears in tests.
 *
 * <p>{@link #toString()} shows only the last four digits ({@code ***-**-4321}). This class is deliberately not a
 * record and has no bean getters, so that nothing (Jackson, a log line) turns it into its digits by accident.
 */
public final class TaxId {

    public enum Kind {
        /** A Social Security number. */
        SSN,
        /** An Individual Taxpayer Identification Number. */
        ITIN
    }

    /** Longer input is refused before looking at it (nine digits with separators fit easily). */
    static final int MAX_TYPED_LENGTH = 20;

    private final String digits;
    private final Kind kind;

    private TaxId(String digits, Kind kind) {
        this.digits = digits;
        this.kind = kind;
    }

    /**
     * @throws IllegalArgumentException when {@code typed} is not a possible SSN or ITIN (the message never quotes it)
     */
    public static TaxId parse(String typed) {
        return tryParse(typed).orElseThrow(() -> new IllegalArgumentException("tax id is not a possible SSN or ITIN"));
    }

    public static Optional<TaxId> tryParse(String typed) {
        String digits = digitsOf(typed);
        if (digits == null) {
            return Optional.empty();
        }
        Kind kind = classify(Integer.parseInt(digits.substring(0, 3)), Integer.parseInt(digits.substring(3, 5)),
                Integer.parseInt(digits.substring(5)));
        return kind == null ? Optional.empty() : Optional.of(new TaxId(digits, kind));
    }

    /** Why {@code typed} is refused ({@link FieldReasons#REQUIRED} or {@link FieldReasons#INVALID}); empty when accepted. */
    public static Optional<String> problem(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.of(FieldReasons.REQUIRED);
        }
        return tryParse(typed).isPresent() ? Optional.empty() : Optional.of(FieldReasons.INVALID);
    }

    /** The nine digits once spaces and dashes are removed, or null when that is not what was typed. */
    private static String digitsOf(String typed) {
        if (typed == null || typed.length() > MAX_TYPED_LENGTH) {
            return null;
        }
        StringBuilder digits = new StringBuilder(9);
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (!isSeparator(c)) {
                return null;
            }
        }
        return digits.length() == 9 ? digits.toString() : null;
    }

    private static boolean isSeparator(char c) {
        return c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** The kind of number with these parts, or null when it is neither a possible SSN nor a possible ITIN. */
    static Kind classify(int area, int group, int serial) {
        if (area >= 900) {
            boolean itinGroup = (group >= 50 && group <= 65) || (group >= 70 && group <= 88) || (group >= 90 && group <= 92)
                    || (group >= 94 && group <= 99);
            return itinGroup ? Kind.ITIN : null;
        }
        if (area == 0 || area == 666 || group == 0 || serial == 0) {
            return null;
        }
        return Kind.SSN;
    }

    /** The nine digits. Sensitive: hash them or send them to the verifier; never log or store them. */
    public String digits() {
        return digits;
    }

    public String last4() {
        return digits.substring(5);
    }

    public Kind kind() {
        return kind;
    }

    /** {@code ***-**-4321}. */
    public String masked() {
        return "***-**-" + last4();
    }

    @Override
    public String toString() {
        return masked();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TaxId that && digits.equals(that.digits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(digits);
    }
}
