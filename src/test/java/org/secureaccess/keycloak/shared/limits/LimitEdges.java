package org.secureaccess.keycloak.shared.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.secureaccess.keycloak.shared.limits.SecurityCounters.Lockout;
import org.secureaccess.keycloak.shared.limits.SecurityCounters.Outcome;
import org.secureaccess.keycloak.shared.limits.SecurityCounters.Quota;

/**
 * Replays a quota or a lockout on one counter row in memory, on a frozen clock, at N-1, N and N+1 and at its time
 * edge -1 ms, at it and +1 ms. It runs the decisions {@link SecurityCounters} makes under the row lock, so the tests of
 * the settings that build quotas and lockouts (in other packages) can prove what their numbers do, not only what they
 * are. Every time edge is replayed on a fresh row, so one step's change to the row cannot decide another step's result.
 */
public final class LimitEdges {

    /** The frozen clock's start (2027-01-15T08:00:00Z): far from 0 and from the saturation at {@link Long#MAX_VALUE}. */
    public static final long T0 = 1_800_000_000_000L;

    private static final long[] AROUND_THE_EDGE = {-1, 0, 1};

    private LimitEdges() {
    }

    /**
     * A quota that lifts when its window ends: units 1 to N at T0 are allowed, unit N+1 is refused until the window's
     * end, still refused 1 ms before it, and allowed (as the first of a new window) at the end and 1 ms after it.
     */
    public static void assertQuotaLiftsWhenItsWindowEnds(Quota quota) {
        assertTrue(quota.lockout().isZero(), "this replay is for quotas without a lockout");
        long windowEnd = T0 + quota.window().toMillis();
        SecurityCounterEntity row = full(quota);
        Outcome nPlusFirst = SecurityCounters.take(row, T0, quota);
        assertFalse(nPlusFirst.allowed(), "unit N+1 of " + quota);
        assertEquals(quota.maxHits(), nPlusFirst.hits(), "a refused unit is not counted");
        assertEquals(windowEnd, nPlusFirst.retryAt(), "refused until the window ends");
        for (long fromEnd : AROUND_THE_EDGE) {
            Outcome atEdge = SecurityCounters.take(full(quota), windowEnd + fromEnd, quota);
            assertEquals(fromEnd >= 0, atEdge.allowed(), quota + ", " + fromEnd + " ms from the window's end");
            assertEquals(fromEnd >= 0 ? 1 : quota.maxHits(), atEdge.hits(), "a new window counts from its first unit");
        }
    }

    /**
     * A quota with a lockout at least as long as its window (as the texts' quota is by default): units 1 to N are
     * allowed, unit N+1 (half a window later) is refused and starts a lock of exactly the lockout from that attempt,
     * which is still on 1 ms before its end (and not lengthened by that refusal) and over at its end and 1 ms after.
     */
    public static void assertQuotaLocksForItsLockoutFromTheAttemptPastIt(Quota quota) {
        assertTrue(quota.lockout().compareTo(quota.window()) >= 0, "this replay is for lockouts at least as long as the window");
        long tripAt = T0 + quota.window().toMillis() / 2;
        long lockEnd = tripAt + quota.lockout().toMillis();
        Outcome nPlusFirst = SecurityCounters.take(full(quota), tripAt, quota);
        assertFalse(nPlusFirst.allowed(), "unit N+1 of " + quota);
        assertEquals(lockEnd, nPlusFirst.retryAt(), "the lock runs from the attempt past the quota");
        for (long fromEnd : AROUND_THE_EDGE) {
            SecurityCounterEntity row = full(quota);
            SecurityCounters.take(row, tripAt, quota);
            Outcome atEdge = SecurityCounters.take(row, lockEnd + fromEnd, quota);
            assertEquals(fromEnd >= 0, atEdge.allowed(), quota + ", " + fromEnd + " ms from the lock's end");
            if (fromEnd < 0) {
                assertEquals(lockEnd, atEdge.retryAt(), "a refusal during the lock does not lengthen it");
            }
        }
    }

    /**
     * A lockout without a cap reached first: wrong codes 1 to N-1 lock nothing, wrong code N starts a lock of exactly
     * the lockout, an attempt N+1 is refused before it is evaluated (and reports no new lock), and the lock is still on
     * 1 ms before its end and over at its end and 1 ms after.
     */
    public static void assertLockoutLocksAtItsThresholdForItsDuration(Lockout lockout) {
        assertTrue(lockout.capInARow() == 0 || lockout.capInARow() > lockout.threshold(), "this replay is for a lock with an end");
        long lockEnd = T0 + lockout.lockout().toMillis();
        SecurityCounterEntity row = row();
        for (int wrong = 1; wrong < lockout.threshold(); wrong++) {
            Outcome outcome = wrongCode(row, T0, lockout);
            assertTrue(outcome.allowed(), "wrong code " + wrong + " of " + lockout + " locks nothing");
            assertEquals(wrong, outcome.hits());
        }
        Outcome nth = wrongCode(row, T0, lockout);
        assertTrue(nth.lockStarted(), "wrong code N of " + lockout + " starts the lock");
        assertEquals(lockEnd, nth.retryAt());
        Outcome nPlusFirst = SecurityCounters.reserveAttempt(row, T0, lockout);
        assertFalse(nPlusFirst.allowed(), "attempt N+1 is refused before it is evaluated");
        assertFalse(nPlusFirst.lockStarted(), "the lock is reported once");
        assertEquals(lockEnd, nPlusFirst.retryAt());
        for (long fromEnd : AROUND_THE_EDGE) {
            Outcome atEdge = SecurityCounters.reserveAttempt(lockedAtT0(lockout), lockEnd + fromEnd, lockout);
            assertEquals(fromEnd >= 0, atEdge.allowed(), lockout + ", " + fromEnd + " ms from the lock's end");
        }
    }

    /**
     * The long-window cap: wrong codes 1 to cap-1 in a row (each lock waited out) end at most in a lock with an end,
     * wrong code cap locks until a reset, and an attempt cap+1 a year later is still refused.
     */
    public static void assertCapLocksUntilCleared(Lockout lockout) {
        assertTrue(lockout.capInARow() > 0, "this replay is for a lockout with a cap");
        SecurityCounterEntity row = row();
        long now = T0;
        for (int wrong = 1; wrong < lockout.capInARow(); wrong++) {
            Outcome outcome = wrongCode(row, now, lockout);
            assertTrue(outcome.allowed() || outcome.lockStarted(), "wrong code " + wrong + " is evaluated");
            assertFalse(outcome.untilCleared(), "wrong code " + wrong + " of a cap of " + lockout.capInARow() + ": no lock without end");
            if (outcome.lockStarted()) {
                now = outcome.retryAt();
            }
        }
        assertEquals(lockout.capInARow() - 1, row.getRunTotal());
        Outcome capth = wrongCode(row, now, lockout);
        assertTrue(capth.lockStarted(), "wrong code " + lockout.capInARow() + " is evaluated and locks");
        assertTrue(capth.untilCleared(), "wrong code " + lockout.capInARow() + " locks until cleared");
        Outcome aYearLater = SecurityCounters.reserveAttempt(row, now + Duration.ofDays(365).toMillis(), lockout);
        assertFalse(aYearLater.allowed(), "attempt " + (lockout.capInARow() + 1) + ", a year later");
        assertTrue(aYearLater.untilCleared());
    }

    /** A wrong code as a sign-in counts it: its attempt reserved before it is compared, then confirmed wrong. */
    static Outcome wrongCode(SecurityCounterEntity row, long now, Lockout lockout) {
        Outcome reserved = SecurityCounters.reserveAttempt(row, now, lockout);
        return reserved.allowed() ? SecurityCounters.confirmFailure(row, now, lockout) : reserved;
    }

    /** A row as its first use creates it at T0. */
    static SecurityCounterEntity row() {
        SecurityCounterEntity entity = new SecurityCounterEntity("id", "realm");
        entity.setWindowStart(T0);
        return entity;
    }

    /** A row whose quota was used up at T0: units 1 to N all allowed. */
    static SecurityCounterEntity full(Quota quota) {
        SecurityCounterEntity row = row();
        for (int unit = 1; unit <= quota.maxHits(); unit++) {
            Outcome outcome = SecurityCounters.take(row, T0, quota);
            assertTrue(outcome.allowed(), "unit " + unit + " of " + quota);
            assertEquals(unit, outcome.hits());
        }
        return row;
    }

    /** A row whose lockout's threshold was reached at T0. */
    static SecurityCounterEntity lockedAtT0(Lockout lockout) {
        SecurityCounterEntity row = row();
        Outcome last = null;
        for (int wrong = 1; wrong <= lockout.threshold(); wrong++) {
            last = wrongCode(row, T0, lockout);
        }
        assertTrue(last != null && last.lockStarted(), "locked at T0");
        return row;
    }
}
