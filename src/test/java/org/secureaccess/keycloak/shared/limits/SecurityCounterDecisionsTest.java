package org.secureaccess.keycloak.shared.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.secureaccess.keycloak.shared.limits.LimitEdges.T0;
import static org.secureaccess.keycloak.shared.limits.LimitEdges.row;
import static org.secureaccess.keycloak.shared.limits.LimitEdges.wrongCode;

import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.secureaccess.keycloak.shared.limits.SecurityCounters.Lockout;
import org.secureaccess.keycloak.shared.limits.SecurityCounters.Outcome;
import org.secureaccess.keycloak.shared.limits.SecurityCounters.Quota;

/**
 * The decisions behind every limit, on one row at one time, at their edges (N-1, N, N+1). The database part (row
 * locks, creating a row under parallel requests) is proven by SecurityCountersIT and the parallel ITs.
 */
class SecurityCounterDecisionsTest {

    private static final Lockout TEN_THEN_TEN_MINUTES = new Lockout(10, Duration.ofMinutes(10), Duration.ofHours(24), 100);

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

    @ParameterizedTest(name = "{0} ms from when their lock would have ended")
    @ValueSource(longs = {-1, 0, 1})
    void reservationsOfRequestsThatNeverFinishedStopBlockingOnceALockWouldHaveEnded(long fromEnd) {
        SecurityCounterEntity row = row();
        for (int i = 0; i < 10; i++) {
            SecurityCounters.reserveAttempt(row, T0, TEN_THEN_TEN_MINUTES);
        }
        Outcome next = SecurityCounters.reserveAttempt(row, T0 + Duration.ofMinutes(10).toMillis() + fromEnd, TEN_THEN_TEN_MINUTES);
        assertEquals(fromEnd >= 0, next.allowed());
        assertEquals(fromEnd >= 0 ? 1 : 10, next.hits(), "the stale reservations are dropped, not added to");
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

    // ---- every decision at N-1, N, N+1 and at its time edge -1 ms, at it, +1 ms ----------------------------------

    /** Quotas that lift when their window ends, from the smallest an administrator can set to the largest. */
    static Stream<Arguments> quotasThatLiftWithTheirWindow() {
        return Stream.of(
                arguments("the wait between two texts of one sign-in: one per 30 s", new Quota(1, Duration.ofSeconds(30), Duration.ZERO)),
                arguments("failed identity matches: 5 per 6 h", new Quota(5, Duration.ofHours(6), Duration.ZERO)),
                arguments("letters: 4 per 30 days", new Quota(4, Duration.ofDays(30), Duration.ZERO)),
                arguments("username steps per address at most: 10,000 per day", new Quota(10_000, Duration.ofDays(1), Duration.ZERO)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quotasThatLiftWithTheirWindow")
    void aQuotaAllowsNUnitsRefusesTheNextAndLiftsExactlyWhenItsWindowEnds(String what, Quota quota) {
        LimitEdges.assertQuotaLiftsWhenItsWindowEnds(quota);
    }

    static Stream<Arguments> quotasWithALockout() {
        return Stream.of(
                arguments("texts: 10 per 10 min, then a 10 min lock", new Quota(10, Duration.ofMinutes(10), Duration.ofMinutes(10))),
                arguments("one per 10 min, then a day's lock", new Quota(1, Duration.ofMinutes(10), Duration.ofDays(1))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quotasWithALockout")
    void goingPastAQuotaLocksForExactlyItsLockoutFromThatAttempt(String what, Quota quota) {
        LimitEdges.assertQuotaLocksForItsLockoutFromTheAttemptPastIt(quota);
    }

    static Stream<Arguments> lockouts() {
        return Stream.of(
                arguments("one wrong code locks for a minute", new Lockout(1, Duration.ofMinutes(1), Duration.ofHours(24), 100)),
                arguments("10 wrong codes lock for 10 min", TEN_THEN_TEN_MINUTES),
                arguments("10 wrong email codes in a row pause for 30 min", new Lockout(10, Duration.ofMinutes(30), Duration.ofHours(24))),
                arguments("100 wrong codes lock for a day", new Lockout(100, Duration.ofDays(1), Duration.ofHours(24))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lockouts")
    void aLockoutLocksAtItsThresholdAndLiftsExactlyWhenItsDurationEnds(String what, Lockout lockout) {
        LimitEdges.assertLockoutLocksAtItsThresholdForItsDuration(lockout);
    }

    static Stream<Arguments> caps() {
        return Stream.of(
                arguments("the least cap an administrator can set, as low as the threshold", new Lockout(10, Duration.ofMinutes(10),
                        Duration.ofHours(24), 10)),
                arguments("a cap of 20 over locks of 3", new Lockout(3, Duration.ofMinutes(1), Duration.ofHours(24), 20)),
                arguments("63B's 100 over locks of 10", TEN_THEN_TEN_MINUTES));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("caps")
    void theCapInARowLocksUntilClearedExactlyAtTheCap(String what, Lockout lockout) {
        LimitEdges.assertCapLocksUntilCleared(lockout);
    }

    @ParameterizedTest(name = "{0} reservations under way")
    @ValueSource(ints = {9, 10, 11})
    void attemptsUnderWayCountTowardsTheCapSoParallelRequestsCannotPassIt(int underWay) {
        Lockout capOfTen = new Lockout(100, Duration.ofMinutes(10), Duration.ofHours(24), 10);
        SecurityCounterEntity row = row();
        int reserved = 0;
        for (int i = 0; i < underWay; i++) {
            reserved += SecurityCounters.reserveAttempt(row, T0, capOfTen).allowed() ? 1 : 0;
        }
        assertEquals(Math.min(underWay, 10), reserved, "no more evaluations than the cap");
        Outcome next = SecurityCounters.reserveAttempt(row, T0, capOfTen);
        assertEquals(underWay < 10, next.allowed(), "the next with " + underWay + " under way");
    }

    @ParameterizedTest(name = "{0} ms from the end of the memory")
    @ValueSource(longs = {-1, 0, 1})
    void aRunOfWrongCodesIsForgottenOnlyOnceItsMemoryHasPassed(long fromEnd) {
        SecurityCounterEntity row = row();
        for (int i = 0; i < 3; i++) {
            wrongCode(row, T0, TEN_THEN_TEN_MINUTES);
        }
        Outcome next = SecurityCounters.reserveAttempt(row, T0 + Duration.ofHours(24).toMillis() + fromEnd, TEN_THEN_TEN_MINUTES);
        assertEquals(fromEnd <= 0 ? 4 : 1, next.hits(), "the run goes on up to the memory's end and restarts after it");
        assertEquals(4, row.getRunTotal(), "the cap's count is never forgotten by time");
    }

    @ParameterizedTest(name = "{0} ms from the end of a lock another attempt started")
    @ValueSource(longs = {-1, 0, 1})
    void aWrongCodeConfirmedDuringALockIsNotCountedAndStartsNoSecondLock(long fromEnd) {
        Lockout three = new Lockout(3, Duration.ofMinutes(1), Duration.ofHours(1));
        SecurityCounterEntity row = row();
        for (int i = 0; i < 3; i++) {
            SecurityCounters.reserveAttempt(row, T0, three);
        }
        // Three parallel wrong codes: the first confirmation finds the run used up and starts the lock.
        assertTrue(SecurityCounters.confirmFailure(row, T0, three).lockStarted());
        Outcome late = SecurityCounters.confirmFailure(row, T0 + 60_000 + fromEnd, three);
        assertEquals(fromEnd >= 0, late.allowed(), "a confirmation refused only while the lock holds");
        assertFalse(late.lockStarted(), "hits were cleared by the lock: nothing left to lock for");
    }

    @Test
    void aLockWithoutEndIsReportedAsUntilCleared() {
        Lockout forever = new Lockout(2, SecurityCounters.FOREVER, Duration.ofHours(1));
        SecurityCounterEntity row = row();
        wrongCode(row, T0, forever);
        Outcome second = wrongCode(row, T0, forever);
        assertTrue(second.lockStarted());
        assertTrue(second.untilCleared());
        assertFalse(SecurityCounters.reserveAttempt(row, T0 + Duration.ofDays(3650).toMillis(), forever).allowed(), "ten years later");
    }

    @Test
    void aRunWithAMemoryWithoutEndIsNeverForgotten() {
        Lockout neverForgets = new Lockout(10, Duration.ofMinutes(10), SecurityCounters.FOREVER);
        SecurityCounterEntity row = row();
        wrongCode(row, T0, neverForgets);
        assertEquals(2, SecurityCounters.reserveAttempt(row, T0 + Duration.ofDays(3650).toMillis(), neverForgets).hits());
        assertEquals(SecurityCounters.UNTIL_CLEARED, row.getExpiresAt(), "the clean-up never removes it");
    }

    /** The clean-up removes rows whose expiry is before now: a row must not expire while a decision still needs it. */
    @Test
    void aRowExpiresNoSoonerThanTheWindowOrLockItHolds() {
        Quota fivePerSixHours = new Quota(5, Duration.ofHours(6), Duration.ZERO);
        SecurityCounterEntity counted = row();
        SecurityCounters.take(counted, T0 + 1_000, fivePerSixHours);
        assertEquals(T0 + Duration.ofHours(6).toMillis(), counted.getExpiresAt(), "with its window");

        Quota texts = new Quota(10, Duration.ofMinutes(10), Duration.ofMinutes(10));
        SecurityCounterEntity locked = LimitEdges.full(texts);
        Outcome refused = SecurityCounters.take(locked, T0 + 5_000, texts);
        assertEquals(refused.retryAt(), locked.getLockedUntil());
        assertEquals(refused.retryAt(), locked.getExpiresAt(), "with its lock");

        Lockout withoutCap = new Lockout(10, Duration.ofMinutes(10), Duration.ofHours(24));
        SecurityCounterEntity remembered = row();
        wrongCode(remembered, T0, withoutCap);
        assertEquals(T0 + Duration.ofHours(24).toMillis(), remembered.getExpiresAt(), "with the memory of its run");
    }

    @ParameterizedTest(name = "{0} ms to go to the end of time")
    @ValueSource(longs = {-1, 0, 1})
    void aTimeIsSaturatedAtTheEndOfTimeInsteadOfOverflowing(long past) {
        long epoch = Long.MAX_VALUE - 10_000;
        long sum = SecurityCounters.plus(epoch, Duration.ofMillis(10_000 + past));
        assertEquals(past < 0 ? Long.MAX_VALUE - 1 : SecurityCounters.UNTIL_CLEARED, sum);
    }

    @Test
    void givingBackNeverCountsBelowZero() {
        SecurityCounterEntity row = row();
        SecurityCounters.reserveAttempt(row, T0, TEN_THEN_TEN_MINUTES);
        SecurityCounters.giveBack(row, T0);
        assertEquals(0, row.getHits());
        SecurityCounters.giveBack(row, T0);
        assertEquals(0, row.getHits(), "a second give-back of one attempt");
        assertEquals(0, row.getRunTotal());
    }
}
