package org.secureaccess.keycloak.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;

/** One-time codes: drawn from a CSPRNG, compared (as keyed hashes) in constant time. */
public final class OneTimeCodes {

    /** Crockford's Base32 alphabet: no I, L, O or U, so codes read aloud or typed from paper survive. */
    static final String CROCKFORD_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimeCodes() {
    }

    /** A code of {@code digits} decimal digits, leading zeros allowed. */
    public static String numeric(int digits) {
        if (digits < 1 || digits > 18) {
            throw new IllegalArgumentException("digits out of range: " + digits);
        }
        StringBuilder code = new StringBuilder(digits);
        for (int i = 0; i < digits; i++) {
            code.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return code.toString();
    }

    /** A code of {@code length} Crockford Base32 characters (5 bits each). */
    public static String crockford(int length) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(CROCKFORD_ALPHABET.charAt(RANDOM.nextInt(CROCKFORD_ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * What a person typed, read as Crockford Base32: case, spaces and hyphens ignored, and the
     * look-alikes I/L read as 1 and O as 0.
     */
    public static String normalizeCrockford(String typed) {
        if (typed == null) {
            return "";
        }
        return typed.toUpperCase(Locale.ROOT)
                .replaceAll("[\\s-]", "")
                .replace('I', '1')
                .replace('L', '1')
                .replace('O', '0');
    }

    /** What a person typed as a numeric code: spaces and hyphens ignored. */
    public static String normalizeNumeric(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "");
    }

    /** Constant-time comparison of two hashes (hex strings). */
    public static boolean sameHash(String expected, String actual) {
        if (expected == null || actual == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), actual.getBytes(StandardCharsets.US_ASCII));
    }
}
