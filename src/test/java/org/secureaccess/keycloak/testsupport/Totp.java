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

    /** The code for the 30-second step containing {@code epochSeconds}. */
    public static String code(String rawSecret, long epochSeconds) {
        return code(rawSecret.getBytes(StandardCharsets.UTF_8), epochSeconds / 30, 6);
    }

    static String code(byte[] key, long step, int digits) {
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
