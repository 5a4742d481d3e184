package org.secureaccess.keycloak.testsupport;

/**
 * Keycloak's clock in the tests is real time plus the time offset, so a test that places the clock just before or
 * after a limit must count the real seconds that have passed since the event too (several on a busy machine).
 */
public final class RealClock {

    private RealClock() {
    }

    /** Whole real seconds since {@code epochMillis}, rounded up, so an offset computed from it never falls short. */
    public static int secondsSince(long epochMillis) {
        return (int) ((System.currentTimeMillis() - epochMillis + 999) / 1000);
    }
}
