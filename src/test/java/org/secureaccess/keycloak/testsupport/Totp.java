package org.secureaccess.keycloak.testsupport;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** RFC 6238 time-based one-time passwords (HMAC-SHA1, 6 digits, 30 s), written for the tests. */
public final class Totp {

    private Totp() {
    }

    /**
     * The code for now. Keycloak checks app codes against the wall clock, not its test time offset,
     * so neither do we.
     */
    public static String now(String rawSecret) {
        return code(rawSecret, System.currentTimeMillis() / 1000);
    }

    private static final java.util.Map<String, Long> LAST_STEP_USED = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A code this test run has not used yet for {@code rawSecret}: Keycloak refuses a code used before, so a second
     * sign-in within one 30-second step waits for the next step.
     */
    public static String unused(String rawSecret) {
        long step;
        while ((step = System.currentTimeMillis() / 30_000) <= LAST_STEP_USED.getOrDefault(rawSecret, -1L)) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        LAST_STEP_USED.put(rawSecret, step);
        return code(rawSecret.getBytes(StandardCharsets.UTF_8), step, 6);
    }

    /** The code for the 30-second step containing {@code epochSeconds}. */
    public static String code(String rawSecret, long epochSeconds) {
        return code(rawSecret.getBytes(StandardCharsets.UTF_8), epochSeconds / 30, 6);
    }

    static String code(byte[] key, long step, int digits) {
        String code = computeCode(key, step, digits);
        SensitiveValues.record(SensitiveValues.Kind.TOTP_SECRET, new String(key, StandardCharsets.UTF_8));
        SensitiveValues.record(SensitiveValues.Kind.ONE_TIME_CODE, code);
        return code;
    }

    private static String computeCode(byte[] key, long step, int digits) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16) | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            int modulus = (int) Math.pow(10, digits);
            return String.format("%0" + digits + "d", binary % modulus);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
