package org.secureaccess.keycloak.shared.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.secureaccess.keycloak.shared.limits.SecurityCounters.Lockout;
import org.secureaccess.keycloak.shared.limits.SecurityCounters.Outcome;
import org.secureaccess.keycloak.shared.limits.SecurityCounters.Quota;

/**
 * The decisions behind every limit, on one row at one time, at their edges (N-1, N, N+1). The database part (row
 * locks, creating a row under parallel requests) is proven by SecurityCountersIT and the parallel ITs.
 */
class SecurityCounterDecisionsTest {

    private static final long T0 = 1_800_000_000_000L;
    private static final Lockout TEN_THEN_TEN_MINUTES = new Lockout(10, Duration.ofMinutes(10), Duration.ofHours(24), 100);

    private static SecurityCounterEntity row() {
        SecurityCounterEntity entity = new SecurityCounterEntity("id", "realm");
        entity.setWindowStart(T0);
        return entity;
    }

    @Test
    void aQuotaAllowsItsLastUnitAndRefusesTheNextUntilItsWindowEnds() {
        Quota tenPerTenMinutes = new Quota(10, Duration.ofMinutes(10), Duration.ZERO);
        SecurityCounterEntity row = row();
        for (int i = 1; i <= 9; i++) {
            assertTrue(SecurityCounters.take(row, T0 + i, tenPerTenMinutes).allowed());
        }
        Outcome tenth = SecurityCounters.take(row, T0 + 10, tenPerTenMinutes);
        assertTrue(tenth.allowed(), "the 10th of 10");
        assertEquals(10, tenth.hits());
        Outcome eleventh = SecurityCounters.take(row, T0 + 11, tenPerTenMinutes);
        assertFalse(eleventh.allowed(), "the 11th");
        assertEquals(T0 + Duration.ofMinutes(10).toMillis(), eleventh.retryAt(), "until the window ends");
        assertFalse(SecurityCounters.take(row, T0 + Duration.ofMinutes(10).toMillis() - 1, tenPerTenMinutes).allowed(), "1 ms before");
        assertTrue(SecurityCounters.take(row, T0 + Duration.ofMinutes(10).toMillis(), tenPerTenMinutes).allowed(), "at the window's end");
    }

    @Test
    void goingPastAQuotaWithALockoutLocksFromThatAttempt() {
        Quota withLockout = new Quota(2, Duration.ofMinutes(10), Duration.ofMinutes(10));
        SecurityCounterEntity row = row();
        SecurityCounters.take(row, T0, withLockout);
        SecurityCounters.take(row, T0, withLockout);
        Outcome third = SecurityCounters.take(row, T0 + 5_000, withLockout);
        assertEquals(T0 + 5_000 + Duration.ofMinutes(10).toMillis(), third.retryAt());
        assertFalse(SecurityCounters.take(row, T0 + Duration.ofMinutes(10).toMillis() + 1, withLockout).allowed(),
                "the window is over but the lockout is not");
    }

    @Test
    void theNinthWrongCodeIsOnlyWrongTheTenthLocksAndTheEleventhIsRefusedUnevaluated() {
        SecurityCounterEntity row = row();
        for (int i = 1; i <= 9; i++) {
            assertTrue(SecurityCounters.reserveAttempt(row, T0, TEN_THEN_TEN_MINUTES).allowed());
            Outcome wrong = SecurityCounters.confirmFailure(row, T0, TEN_THEN_TEN_MINUTES);
            assertTrue(wrong.allowed(), "wrong code " + i + " does not lock");
        }
        assertTrue(SecurityCounters.reserveAttempt(row, T0, TEN_THEN_TEN_MINUTES).allowed(), "the 10th may be tried");
        Outcome tenth = SecurityCounters.confirmFailure(row, T0, TEN_THEN_TEN_MINUTES);
        assertFalse(tenth.allowed());
        assertTrue(tenth.lockStarted(), "the 10th starts the lock");
        assertEquals(T0 + Duration.ofMinutes(10).toMillis(), tenth.retryAt());
        Outcome eleventh = SecurityCounters.reserveAttempt(row, T0 + 1, TEN_THEN_TEN_MINUTES);
        assertFalse(eleventh.allowed(), "the 11th is refused before it is evaluated");
        assertFalse(eleventh.lockStarted());
        assertTrue(SecurityCounters.reserveAttempt(row, T0 + Duration.ofMinutes(10).toMillis(), TEN_THEN_TEN_MINUTES).allowed(),
                "the lock ends");
    }

    @Test
    void attemptsUnderWayUseUpTheRunSoParallelRequestsGetTenEvaluationsAndOneStartsTheLock() {
        SecurityCounterEntity row = row();
        int reserved = 0;
        for (int i = 0; i < 20; i++) {
            if (SecurityCounters.reserveAttempt(row, T0, TEN_THEN_TEN_MINUTES).allowed()) {
                reserved++;
            }
        }
        assertEquals(10, reserved, "20 at once: 10 reserved, 10 refused unevaluated");
        int started = 0;
        for (int i = 0; i < 10; i++) {
            Outcome wrong = SecurityCounters.confirmFailure(row, T0, TEN_THEN_TEN_MINUTES);
            assertFalse(wrong.allowed(), "the run is used up: every confirmation sees the lock");
            started += wrong.lockStarted() ? 1 : 0;
        }
        assertEquals(1, started, "one of them starts the lock");
    }

    @Test
    void anAttemptThatWasNotEvaluatedIsGivenBackAndASuccessForgetsTheRun() {
        SecurityCounterEntity row = row();
        for (int i = 0; i < 9; i++) {
            SecurityCounters.reserveAttempt(row, T0, TEN_THEN_TEN_MINUTES);
            SecurityCounters.confirmFailure(row, T0, TEN_THEN_TEN_MINUTES);
        }
        SecurityCounters.reserveAttempt(row, T0, TEN_THEN_TEN_MINUTES);
        SecurityCounters.giveBack(row, T0);
        assertEquals(9, row.getHits(), "given back");
        assertEquals(9, row.getRunTotal());
        SecurityCounters.reserveAttempt(row, T0, TEN_THEN_TEN_MINUTES);
        SecurityCounters.forget(row, T0);
        assertEquals(0, row.getHits());
        assertEquals(0, row.getRunTotal(), "a success ends the long-window run too");
        assertEquals(0, row.getLockedUntil());
    }

    @Test
    void theNinetyNinthWrongCodeInARowLocksForTenMinutesTheHundredthUntilCleared() {
        Lockout elevenPerLock = new Lockout(11, Duration.ofMinutes(10), Duration.ofHours(24), 100);
        SecurityCounterEntity row = row();
        long now = T0;
        Outcome last = null;
        for (int wrong = 1; wrong <= 99; wrong++) {
            Outcome reserved = SecurityCounters.reserveAttempt(row, now, elevenPerLock);
            assertTrue(reserved.allowed(), "wrong code " + wrong + " may be tried");
            last = SecurityCounters.confirmFailure(row, now, elevenPerLock);
            if (!last.allowed()) {
                now = last.retryAt();
            }
        }
        assertTrue(last.lockStarted(), "the 99th starts the ninth 10-minute lock");
        assertFalse(last.untilCleared(), "99: a lock with an end");
        assertEquals(99, row.getRunTotal());

        assertTrue(SecurityCounters.reserveAttempt(row, now, elevenPerLock).allowed(), "the 100th may be tried");
        Outcome hundredth = SecurityCounters.confirmFailure(row, now, elevenPerLock);
        assertTrue(hundredth.lockStarted());
        assertTrue(hundredth.untilCleared(), "100: locked until cleared");
        Outcome later = SecurityCounters.reserveAttempt(row, now + Duration.ofDays(365).toMillis(), elevenPerLock);
        assertFalse(later.allowed(), "a year later, still locked");
        assertEquals(SecurityCounters.UNTIL_CLEARED, later.retryAt());
        assertEquals(SecurityCounters.UNTIL_CLEARED, row.getExpiresAt(), "the clean-up never removes it");

        SecurityCounters.forget(row, now);
        assertTrue(SecurityCounters.reserveAttempt(row, now, elevenPerLock).allowed(), "a reset lifts it");
    }

    @Test
    void theLongWindowCountOutlivesTheDayThatForgetsARun() {
        SecurityCounterEntity row = row();
        for (int i = 0; i < 5; i++) {
            SecurityCounters.reserveAttempt(row, T0, TEN_THEN_TEN_MINUTES);
            SecurityCounters.confirmFailure(row, T0, TEN_THEN_TEN_MINUTES);
        }
        long twoDaysLater = T0 + Duration.ofDays(2).toMillis();
        SecurityCounters.reserveAttempt(row, twoDaysLater, TEN_THEN_TEN_MINUTES);
        assertEquals(1, row.getHits(), "a day without a wrong code forgets the run of the 10-minute lock");
        assertEquals(6, row.getRunTotal(), "but not the count towards the cap of 100");
    }

    @Test
    void reservationsOfRequestsThatNeverFinishedStopBlockingOnceALockWouldHaveEnded() {
        SecurityCounterEntity row = row();
        for (int i = 0; i < 10; i++) {
            SecurityCounters.reserveAttempt(row, T0, TEN_THEN_TEN_MINUTES);
        }
        assertFalse(SecurityCounters.reserveAttempt(row, T0 + Duration.ofMinutes(10).toMillis() - 1, TEN_THEN_TEN_MINUTES).allowed());
        assertTrue(SecurityCounters.reserveAttempt(row, T0 + Duration.ofMinutes(10).toMillis(), TEN_THEN_TEN_MINUTES).allowed());
    }

    @Test
    void aLockoutWithoutCapKeepsItsOldMeaning() {
        Lockout three = new Lockout(3, Duration.ofMinutes(1), Duration.ofHours(1));
        SecurityCounterEntity row = row();
        for (int i = 0; i < 2; i++) {
            SecurityCounters.reserveAttempt(row, T0, three);
            assertTrue(SecurityCounters.confirmFailure(row, T0, three).allowed());
        }
        SecurityCounters.reserveAttempt(row, T0, three);
        Outcome third = SecurityCounters.confirmFailure(row, T0, three);
        assertFalse(third.untilCleared());
        assertEquals(T0 + 60_000, third.retryAt());
        assertEquals(T0 + 60_000, row.getExpiresAt(), "without a cap the row expires with its lock");
    }

    @Test
    void timesWithoutEndSaturate() {
        assertEquals(SecurityCounters.UNTIL_CLEARED, SecurityCounters.plus(T0, SecurityCounters.FOREVER));
        assertEquals(SecurityCounters.UNTIL_CLEARED, SecurityCounters.plus(Long.MAX_VALUE - 5, Duration.ofSeconds(1)));
        assertEquals(T0 + 1_000, SecurityCounters.plus(T0, Duration.ofSeconds(1)));
    }
}
