package org.secureaccess.keycloak.proofing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.keycloak.common.util.Time;
import org.secureaccess.keycloak.shared.limits.LimitEdges;
import org.secureaccess.keycloak.shared.limits.SecurityCounters.Lockout;
import org.secureaccess.keycloak.shared.limits.SecurityCounters.Quota;

/** The numbers of identity proofing: defaults from shared/requirements.md, each bound at its edges, each limit replayed. */
class ProofingSettingsTest {

    private static final long COUNT = 1;
    private static final long MINUTE = Duration.ofMinutes(1).toMillis();
    private static final long HOUR = Duration.ofHours(1).toMillis();
    private static final long DAY = Duration.ofDays(1).toMillis();

    private final ProofingSettings defaults = ProofingSettings.from(Map.of());

    @AfterEach
    void clockBackToNow() {
        Time.setOffset(0);
    }

    // ---- defaults: the numbers of shared/requirements.md ------------------------------------------------------------

    @Test
    void theEmailCodeLastsFifteenMinutesAndIsVoidAfterFiveWrongEntries() {
        // "Email confirmation code | 6 digits, CSPRNG, 15 min, single use, stored hashed | ≤ 24 h"
        assertEquals(Duration.ofMinutes(15), defaults.emailCodeLifetime());
        // "Wrong entries per email code | 5, then the code is void"
        assertEquals(5, defaults.emailCodeMaxWrong());
    }

    @Test
    void failedMatchesAreFivePerPersonPerSixHours() {
        // "Failed identity-match attempts | 5 per user per 6 h"
        assertEquals(new Quota(5, Duration.ofHours(6), Duration.ZERO), defaults.failedMatches());
    }

    @Test
    void oneTaxIdIsTriedTenTimesAnHourAcrossAllAccounts() {
        // "Attempts with one SSN across all accounts | 10 per hour"
        assertEquals(new Quota(10, Duration.ofHours(1), Duration.ZERO), defaults.taxIdAttempts());
    }

    @Test
    void aMailedCodeWorksThirtyDaysAndTakesFiveTriesPerTenMinutes() {
        // "Mailed code validity | 30 days (IRS); 21 days for the contiguous U.S. is the stricter 63A-4 choice | configurable"
        assertEquals(Duration.ofDays(30), defaults.letterValidity());
        // "Mailed-code entry | 5 tries per 10 min; void once used"
        assertEquals(new Quota(5, Duration.ofMinutes(10), Duration.ZERO), defaults.letterEntries());
    }

    @Test
    void atMostFourLettersGoOutInThirtyDaysAtLeastADayApart() {
        // "Letters | ≤ 4 per 30 days, ≥ 24 h apart; tell the user 5–10 days for delivery"
        assertEquals(new Quota(4, Duration.ofDays(30), Duration.ZERO), defaults.letters());
        assertEquals(Duration.ofHours(24), defaults.letterMinimumGap());
    }

    // ---- each bound at min-1, min, max and max+1 --------------------------------------------------------------------

    /** Each number: its config key, the bounds it must have, its unit in milliseconds (1: a count), and where it lands. */
    static Stream<Arguments> bounds() {
        return Stream.of(
                // "Email confirmation code | … 15 min … | ≤ 24 h"
                bound("emailCodeLifetimeMinutes", 5, 1440, MINUTE, s -> s.emailCodeLifetime().toMillis()),
                bound("emailCodeMaxWrongEntries", 1, 5, COUNT, ProofingSettings::emailCodeMaxWrong),
                bound("emailWrongCodesBeforePause", 3, 20, COUNT, s -> s.emailCodeLockout().threshold()),
                bound("emailCodePauseMinutes", 10, 1440, MINUTE, s -> s.emailCodeLockout().lockout().toMillis()),
                bound("failedMatchesAllowed", 1, 10, COUNT, s -> s.failedMatches().maxHits()),
                bound("failedMatchWindowHours", 1, 72, HOUR, s -> s.failedMatches().window().toMillis()),
                bound("taxIdAttemptsPerHour", 1, 20, COUNT, s -> s.taxIdAttempts().maxHits()),
                bound("letterCodeValidityDays", 10, 90, DAY, s -> s.letterValidity().toMillis()),
                // "Letters | ≤ 4 per 30 days, ≥ 24 h apart": no more letters, no shorter period, no shorter gap
                bound("lettersPerPeriod", 1, 4, COUNT, s -> s.letters().maxHits()),
                bound("letterPeriodDays", 30, 365, DAY, s -> s.letters().window().toMillis()),
                bound("letterMinimumGapHours", 24, 720, HOUR, s -> s.letterMinimumGap().toMillis()),
                bound("letterCodeEntriesPerTenMinutes", 1, 5, COUNT, s -> s.letterEntries().maxHits()));
    }

    private static Arguments bound(String key, int min, int max, long unitMillis, ToLongFunction<ProofingSettings> landsIn) {
        return arguments(key, min, max, unitMillis, landsIn);
    }

    @ParameterizedTest(name = "{0} in {1}..{2}")
    @MethodSource("bounds")
    void oneStepPastABoundIsClampedToItAndTheBoundsThemselvesAreKeptExactly(String key, int min, int max, long unitMillis,
                                                                            ToLongFunction<ProofingSettings> landsIn) {
        assertEquals(min * unitMillis, landsIn.applyAsLong(ProofingSettings.from(Map.of(key, String.valueOf(min - 1)))), "min-1");
        assertEquals(min * unitMillis, landsIn.applyAsLong(ProofingSettings.from(Map.of(key, String.valueOf(min)))), "min");
        assertEquals(max * unitMillis, landsIn.applyAsLong(ProofingSettings.from(Map.of(key, String.valueOf(max)))), "max");
        assertEquals(max * unitMillis, landsIn.applyAsLong(ProofingSettings.from(Map.of(key, String.valueOf(max + 1)))), "max+1");
    }

    @ParameterizedTest(name = "{0} in {1}..{2}")
    @MethodSource("bounds")
    void oneStepPastABoundIsRefusedOnSaveAndTheBoundsThemselvesAreAccepted(String key, int min, int max, long unitMillis,
                                                                          ToLongFunction<ProofingSettings> landsIn) {
        String expected = "must be between " + min + " and " + max;
        List<String> belowMin = ProofingSettings.problems(Map.of(key, String.valueOf(min - 1)));
        assertEquals(1, belowMin.size(), belowMin.toString());
        assertTrue(belowMin.get(0).contains(expected), belowMin.get(0));
        assertEquals(List.of(), ProofingSettings.problems(Map.of(key, String.valueOf(min))));
        assertEquals(List.of(), ProofingSettings.problems(Map.of(key, String.valueOf(max))));
        List<String> aboveMax = ProofingSettings.problems(Map.of(key, String.valueOf(max + 1)));
        assertEquals(1, aboveMax.size(), aboveMax.toString());
        assertTrue(aboveMax.get(0).contains(expected), aboveMax.get(0));
    }

    @Test
    void everyNumberIsCheckedOnSave() {
        assertEquals(bounds().map(b -> b.get()[0]).toList(), ProofingSettings.numbers().stream().map(b -> b.key()).toList(),
                "a number added to the settings gets its bounds tested here");
    }

    // ---- the limits replayed at N-1, N, N+1 and at their edge -1 ms, at it, +1 ms ------------------------------------

    static Stream<Arguments> defaultQuotas() {
        ProofingSettings settings = ProofingSettings.from(Map.of());
        return Stream.of(
                arguments("failed matches", settings.failedMatches()),
                arguments("attempts with one tax id", settings.taxIdAttempts()),
                arguments("letters", settings.letters()),
                arguments("mailed-code entries", settings.letterEntries()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defaultQuotas")
    void eachDefaultQuotaAllowsItsNumberAndLiftsExactlyWhenItsWindowEnds(String what, Quota quota) {
        LimitEdges.assertQuotaLiftsWhenItsWindowEnds(quota);
    }

    @Test
    void wrongEmailCodesInARowPauseConfirmingForThePauseAndAreForgottenAfterADay() {
        Lockout lockout = defaults.emailCodeLockout();
        assertEquals(Duration.ofHours(24), lockout.memory());
        assertEquals(0, lockout.capInARow(), "the pause always ends");
        LimitEdges.assertLockoutLocksAtItsThresholdForItsDuration(lockout);
    }

    @Test
    void theLongestEmailPauseAndTheFewestWrongCodesStillLockAtTheirEdges() {
        ProofingSettings strictest = ProofingSettings.from(Map.of("emailWrongCodesBeforePause", "3", "emailCodePauseMinutes", "1440"));
        LimitEdges.assertLockoutLocksAtItsThresholdForItsDuration(strictest.emailCodeLockout());
    }

    // ---- the enforcement date: people may put verifying off until it begins (UTC) -----------------------------------

    /**
     * Keycloak's clock moves in whole seconds of offset from the system clock, which keeps running, so this edge is
     * tested 10 s either side of midnight UTC, not to the millisecond.
     */
    @ParameterizedTest(name = "{0} s from the enforcement date's midnight UTC")
    @ValueSource(ints = {-10, 10})
    void verifyingCanBePutOffUntilTheEnforcementDateBeginsInUtc(int secondsFromMidnight) {
        LocalDate enforcement = LocalDate.of(2027, 3, 1);
        long midnight = enforcement.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        clockAt(midnight + secondsFromMidnight * 1000L);
        ProofingSettings settings = ProofingSettings.from(Map.of("enforcementDate", enforcement.toString()));
        assertEquals(secondsFromMidnight < 0, settings.postponable());
    }

    @Test
    void anUnreadableEnforcementDateEnforcesNowAndIsRefusedOnSave() {
        clockAt(LocalDate.of(2027, 3, 1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        assertTrue(ProofingSettings.from(Map.of("enforcementDate", "2099-12-31")).postponable(), "a readable date far ahead");
        assertFalse(ProofingSettings.from(Map.of("enforcementDate", "31/12/2099")).postponable());
        assertEquals(1, ProofingSettings.problems(Map.of("enforcementDate", "31/12/2099")).size());
        assertFalse(defaults.postponable(), "no date: enforced now");
    }

    private static void clockAt(long epochMillis) {
        Time.setOffset((int) Math.floorDiv(epochMillis - System.currentTimeMillis(), 1000L));
    }
}
