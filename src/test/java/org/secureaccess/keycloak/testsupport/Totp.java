package org.secureaccess.keycloak.testsupport;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** RFC 6238 time-based one-time passwords (HMAC-SHA1, 6 digits, 30 s), written for the tests. */
public final class Totp {

    private Totp() {
    }

    /**
     * The code for now, counted as used. Keycloak checks app codes against the wall clock, not its
     * test time offset, so neither do we.
     */
    public static String now(String rawSecret) {
        long step = System.currentTimeMillis() / 30_000;
        markUsed(rawSecret, step);
        return code(rawSecret.getBytes(StandardCharsets.UTF_8), step, 6);
    }

    /** A six-digit code that is wrong for {@code rawSecret} in every step Keycloak accepts now (one either side). */
    public static String wrongNow(String rawSecret) {
        long step = System.currentTimeMillis() / 30_000;
        Set<String> valid = new HashSet<>();
        for (long candidate = step - 1; candidate <= step + 1; candidate++) {
            valid.add(code(rawSecret.getBytes(StandardCharsets.UTF_8), candidate, 6));
        }
        return valid.contains("000000") ? (valid.contains("111111") ? "222222" : "111111") : "000000";
    }

    private static final Map<String, Set<Long>> STEPS_USED = new ConcurrentHashMap<>();
    /** A previous step's code is offered only with this much of the current step left, so it can't expire in flight. */
    private static final long PREVIOUS_STEP_MARGIN_MS = 8_000;

    /**
     * A code this test run has not used yet for {@code rawSecret}, without waiting for a new 30-second step.
     * Keycloak refuses a code used before (its single-use store keys on credential and code) and accepts
     * the steps either side of now (the realm's look-around window of 1): so three sign-ins a step can use
     * the next step's code, this step's and the previous step's. The next step's comes first because it
     * stays valid whichever way the step turns while the request is in flight.
     *
     * All three used means a test signs one secret in more than three times within 30 s; it then waits for
     * the next step, and says so on stderr, because such a test should give each sign-in its own secret.
     */
    public static synchronized String unused(String rawSecret) {
        long waitedMs = 0;
        while (true) {
            long nowMs = System.currentTimeMillis();
            long step = nowMs / 30_000;
            Set<Long> used = STEPS_USED.computeIfAbsent(rawSecret, k -> new HashSet<>());
            List<Long> candidates = new ArrayList<>(List.of(step + 1, step));
            if (30_000 - nowMs % 30_000 > PREVIOUS_STEP_MARGIN_MS) {
                candidates.add(step - 1);
            }
            for (long candidate : candidates) {
                if (used.add(candidate)) {
                    if (waitedMs > 0) {
                        System.err.println("Totp.unused waited " + waitedMs + " ms for a new 30-second step: a sign-in here needs a secret of its own");
                    }
                    return code(rawSecret.getBytes(StandardCharsets.UTF_8), candidate, 6);
                }
            }
            try {
                Thread.sleep(250);
                waitedMs += 250;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static synchronized void markUsed(String rawSecret, long step) {
        STEPS_USED.computeIfAbsent(rawSecret, k -> new HashSet<>()).add(step);
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
