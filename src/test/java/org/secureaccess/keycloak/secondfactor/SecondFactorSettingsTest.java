package org.secureaccess.keycloak.secondfactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.secureaccess.keycloak.secondfactor.SecondFactorSettings.SmsCodeRules;
import org.secureaccess.keycloak.shared.config.BoundedInt;
import org.secureaccess.keycloak.shared.limits.LimitEdges;
import org.secureaccess.keycloak.shared.limits.SecurityCounters.Lockout;
import org.secureaccess.keycloak.shared.limits.SecurityCounters.Quota;

/** The numbers of the second factor: defaults from shared/requirements.md, each bound at its edges, each limit replayed. */
class SecondFactorSettingsTest {

    private static final long COUNT = 1;
    private static final long SECOND = 1_000;

    private final SmsCodeRules rules = SmsCodeRules.from(Map.of(), "test");
    private final Lockout lockout = SecondFactorSettings.lockout(Map.of(), "test");

    // ---- defaults: the numbers of shared/requirements.md ------------------------------------------------------------

    @Test
    void aTextedCodeHasSixDigitsAndLastsTenMinutes() {
        // "Text-message security code | 6 digits, CSPRNG, 10 min, single use, … | 6–10 digits; ≤ 10 min"
        // "Phone activation code | 6 digits, 10 min, single use, hashed; …" (the phone step uses the same rules)
        assertEquals(6, rules.codeLength());
        assertEquals(Duration.ofMinutes(10), rules.lifetime());
    }

    @Test
    void aTextedCodeTakesAtMostFiveWrongEntries() {
        // "Wrong codes | 10 consecutive → 10 min lock (…); ≤ 5 wrong entries per issued code"
        assertEquals(5, rules.maxWrongPerCode());
    }

    @Test
    void textsAreTenPerTenMinutesThirtySecondsApartThenTenMinutesLocked() {
        // "Code sends | ≤ 10 per 10 min per user and per number; ≥ 30 s between resends; then 10 min lock"
        assertEquals(new Quota(10, Duration.ofMinutes(10), Duration.ofMinutes(10)), rules.sendQuota());
        assertEquals(Duration.ofSeconds(30), rules.resendCooldown());
    }

    @Test
    void tenWrongCodesInARowLockForTenMinutesAndAHundredUntilCleared() {
        // "Wrong codes | 10 consecutive → 10 min lock (counts survive resends and new logins; reset on success) | never > 100 consecutive"
        assertEquals(10, lockout.threshold());
        assertEquals(Duration.ofMinutes(10), lockout.lockout());
        // "Long-window cap | ≤ 100 wrong second-factor entries in a row across lock periods, then locked until recovery or an admin"
        assertEquals(100, lockout.capInARow());
    }

    // ---- each bound at min-1, min, max and max+1 --------------------------------------------------------------------

    private record Read(SmsCodeRules rules, Lockout lockout, Quota inUseAnswers) {

        static Read from(Map<String, String> config) {
            return new Read(SmsCodeRules.from(config, "test"), SecondFactorSettings.lockout(config, "test"),
                    SecondFactorSettings.inUseAnswers(config, "test"));
        }
    }

    /** Each number: its config key, the bounds it must have, its unit in milliseconds (1: a count), and where it lands. */
    static Stream<Arguments> bounds() {
        return Stream.of(
                // "6–10 digits; ≤ 10 min"
                bound("codeLength", 6, 10, COUNT, r -> r.rules().codeLength()),
                bound("codeLifetimeSeconds", 60, 600, SECOND, r -> r.rules().lifetime().toMillis()),
                // "≤ 5 wrong entries per issued code"
                bound("maxWrongEntriesPerCode", 1, 5, COUNT, r -> r.rules().maxWrongPerCode()),
                // "≤ 10 per 10 min per user and per number; ≥ 30 s between resends; then 10 min lock"
                bound("resendCooldownSeconds", 30, 300, SECOND, r -> r.rules().resendCooldown().toMillis()),
                bound("maxSendsPerWindow", 1, 10, COUNT, r -> r.rules().sendQuota().maxHits()),
                bound("sendWindowSeconds", 600, 86_400, SECOND, r -> r.rules().sendQuota().window().toMillis()),
                bound("sendLockoutSeconds", 600, 86_400, SECOND, r -> r.rules().sendQuota().lockout().toMillis()),
                // "never > 100 consecutive"
                bound("lockAfterWrongCodes", 1, 100, COUNT, r -> r.lockout().threshold()),
                bound("lockoutSeconds", 60, 86_400, SECOND, r -> r.lockout().lockout().toMillis()),
                bound("lockUntilClearedAfterWrongCodes", 10, 100, COUNT, r -> r.lockout().capInARow()),
                bound("numberInUseAnswersPerDay", 1, 10, COUNT, r -> r.inUseAnswers().maxHits()));
    }

    private static Arguments bound(String key, int min, int max, long unitMillis, ToLongFunction<Read> landsIn) {
        return arguments(key, min, max, unitMillis, landsIn);
    }

    @ParameterizedTest(name = "{0} in {1}..{2}")
    @MethodSource("bounds")
    void oneStepPastABoundIsClampedToItAndTheBoundsThemselvesAreKeptExactly(String key, int min, int max, long unitMillis,
                                                                            ToLongFunction<Read> landsIn) {
        assertEquals(min * unitMillis, landsIn.applyAsLong(Read.from(Map.of(key, String.valueOf(min - 1)))), "min-1");
        assertEquals(min * unitMillis, landsIn.applyAsLong(Read.from(Map.of(key, String.valueOf(min)))), "min");
        assertEquals(max * unitMillis, landsIn.applyAsLong(Read.from(Map.of(key, String.valueOf(max)))), "max");
        assertEquals(max * unitMillis, landsIn.applyAsLong(Read.from(Map.of(key, String.valueOf(max + 1)))), "max+1");
    }

    @ParameterizedTest(name = "{0} in {1}..{2}")
    @MethodSource("bounds")
    void oneStepPastABoundIsRefusedOnSaveAndTheBoundsThemselvesAreAccepted(String key, int min, int max, long unitMillis,
                                                                          ToLongFunction<Read> landsIn) {
        BoundedInt setting = everySetting().get(key);
        String expected = "must be between " + min + " and " + max;
        assertTrue(setting.problem(Map.of(key, String.valueOf(min - 1))).orElseThrow().contains(expected), "min-1");
        assertTrue(setting.problem(Map.of(key, String.valueOf(min))).isEmpty(), "min");
        assertTrue(setting.problem(Map.of(key, String.valueOf(max))).isEmpty(), "max");
        assertTrue(setting.problem(Map.of(key, String.valueOf(max + 1))).orElseThrow().contains(expected), "max+1");
    }

    @Test
    void everyNumberOfferedToAnAdministratorHasItsBoundsTestedHere() {
        assertEquals(bounds().map(b -> b.get()[0]).sorted().toList(), everySetting().keySet().stream().sorted().toList());
    }

    private static Map<String, BoundedInt> everySetting() {
        return Stream.of(SecondFactorSettings.smsSettings(), SecondFactorSettings.lockSettings(), SecondFactorSettings.enrollmentSettings())
                .flatMap(List::stream).collect(java.util.stream.Collectors.toMap(BoundedInt::key, Function.identity()));
    }

    // ---- the limits replayed at N-1, N, N+1 and at their edge -1 ms, at it, +1 ms ------------------------------------

    @Test
    void theEleventhTextInTenMinutesIsRefusedAndLocksTextsForExactlyTenMinutes() {
        LimitEdges.assertQuotaLocksForItsLockoutFromTheAttemptPastIt(rules.sendQuota());
    }

    @Test
    void aResendComesExactlyThirtySecondsAfterTheLastText() {
        // As AuthSessionCode.reserveSend counts the wait: one text per wait.
        LimitEdges.assertQuotaLiftsWhenItsWindowEnds(new Quota(1, rules.resendCooldown(), Duration.ZERO));
    }

    @Test
    void aCodeTakesFiveEntriesAndTheSixthIsRefusedForTheRestOfItsLife() {
        // As AuthSessionCode.enter counts a code's entries: a window as long as the code's life.
        LimitEdges.assertQuotaLiftsWhenItsWindowEnds(new Quota(rules.maxWrongPerCode(), rules.lifetime(), Duration.ZERO));
    }

    @Test
    void theTenthWrongCodeLocksForExactlyTenMinutes() {
        LimitEdges.assertLockoutLocksAtItsThresholdForItsDuration(lockout);
        assertEquals(Duration.ofHours(24), lockout.memory(), "a run is forgotten after a day without a wrong code");
    }

    @Test
    void theHundredthWrongCodeInARowLocksUntilCleared() {
        LimitEdges.assertCapLocksUntilCleared(lockout);
    }

    @Test
    void theFewestWrongCodesAnAdministratorCanSetStillLockAtTheirEdges() {
        Lockout strictest = SecondFactorSettings.lockout(Map.of("lockAfterWrongCodes", "1", "lockoutSeconds", "86400",
                "lockUntilClearedAfterWrongCodes", "10"), "test");
        LimitEdges.assertLockoutLocksAtItsThresholdForItsDuration(strictest);
        LimitEdges.assertCapLocksUntilCleared(strictest);
    }

    @Test
    void numberInUseAnswersAreThreeADayAndLiftWhenTheDayIsOver() {
        Quota answers = SecondFactorSettings.inUseAnswers(Map.of(), "test");
        // Not a number of shared/requirements.md: the setting's own documented default.
        assertEquals(new Quota(3, Duration.ofHours(24), Duration.ZERO), answers);
        LimitEdges.assertQuotaLiftsWhenItsWindowEnds(answers);
    }
}
