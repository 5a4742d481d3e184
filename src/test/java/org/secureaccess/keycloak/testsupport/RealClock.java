package org.secureaccess.keycloak.testsupport;

/**
 * Keycloak's clock in the tests is real time plus the time offset, so a test that places the clock just before or
 * after a limit must count the real seconds that have passed since the event too (several on a busy machine).
 *
 * <p>An event the test causes (a code sent, an attempt counted) happens on the server at some moment between two
 * readings of the test's own clock: the one taken before the request that caused it and the one taken after its
 * answer. {@link #justBefore} counts from the first, {@link #justAfter} from the second, so each lands on its side of
 * the edge whatever the server's moment was, with {@link #EDGE_MARGIN_SECONDS} left for the next request to arrive.
 */
public final class RealClock {

    /** How far from an edge the clock is placed: the next request must reach the server within it. */
    public static final int EDGE_MARGIN_SECONDS = 5;

    private RealClock() {
    }

    /** Whole real seconds since {@code epochMillis}, rounded up, so an offset computed from it never falls short. */
    public static int secondsSince(long epochMillis) {
        return (int) ((System.currentTimeMillis() - epochMillis + 999) / 1000);
    }

    /**
     * The time offset that puts Keycloak's clock {@link #EDGE_MARGIN_SECONDS} before {@code limitSeconds} after an event
     * that happened no earlier than {@code notBeforeMillis}, while the offset was {@code offsetAtEvent}.
     */
    public static int justBefore(int offsetAtEvent, long notBeforeMillis, int limitSeconds) {
        return offsetAtEvent + limitSeconds - EDGE_MARGIN_SECONDS - secondsSince(notBeforeMillis);
    }

    /**
     * The time offset that puts Keycloak's clock {@link #EDGE_MARGIN_SECONDS} after {@code limitSeconds} after an event
     * that happened no later than {@code notAfterMillis}, while the offset was {@code offsetAtEvent}.
     */
    public static int justAfter(int offsetAtEvent, long notAfterMillis, int limitSeconds) {
        // secondsSince rounds up, which could take up to a second from the margin: add it back.
        return offsetAtEvent + limitSeconds + EDGE_MARGIN_SECONDS + 1 - secondsSince(notAfterMillis);
    }
}
