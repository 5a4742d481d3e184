package org.secureaccess.keycloak.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.secureaccess.keycloak.shared.config.BoundedInt;
import org.secureaccess.keycloak.shared.limits.LimitEdges;
import org.secureaccess.keycloak.shared.limits.SecurityCounters.Quota;

class RecoverySettingsTest {

    private static final long COUNT = 1;
    private static final long HOUR = Duration.ofHours(1).toMillis();
    private static final long DAY = Duration.ofDays(1).toMillis();

    @Test
    void defaultsAreTheReferenceNumbers() {
        RecoverySettings settings = RecoverySettings.from(Map.of(), "test");
        // "Lost every second factor | recovery code (instant); a proofed person may have a new activation code mailed to the
        // address of record; anyone else waits 24 h, …"
        assertEquals(Duration.ofHours(24), settings.waitTime());
        assertEquals(Duration.ofHours(24), settings.timeToFinish());
        // "Mailed code validity | 30 days (IRS); …"
        assertEquals(Duration.ofDays(30), settings.letterValidity());
        // "Mailed-code entry | 5 tries per 10 min; void once used"
        assertEquals(5, settings.letterEntries().maxHits());
        assertEquals(Duration.ofMinutes(10), settings.letterEntries().window());
        assertEquals(3, settings.requests().maxHits());
    }

    @Test
    void valuesPastTheBoundsAreClampedAndNonsenseFallsBackToTheDefault() {
        RecoverySettings settings = RecoverySettings.from(Map.of("waitHours", "1", "letterCodeValidityDays", "365",
                "letterCodeEntriesPerTenMinutes", "50", "timeToFinishHours", "soon"), "test");
        assertEquals(Duration.ofHours(24), settings.waitTime(), "no wait shorter than 24 hours");
        assertEquals(Duration.ofDays(90), settings.letterValidity());
        assertEquals(5, settings.letterEntries().maxHits());
        assertEquals(Duration.ofHours(24), settings.timeToFinish());
    }

    @Test
    void everySettingIsOfferedOnlyWithinItsBounds() {
        RecoverySettings.all().forEach(setting -> assertTrue(setting.choices().stream()
                .allMatch(choice -> choice >= setting.min() && choice <= setting.max()), setting.key()));
        assertEquals(RecoverySettings.all().size(), RecoverySettings.properties().size());
    }

    // ---- each bound at min-1, min, max and max+1 --------------------------------------------------------------------

    /** Each number: its config key, the bounds it must have, its unit in milliseconds (1: a count), and where it lands. */
    static Stream<Arguments> bounds() {
        return Stream.of(
                // "anyone else waits 24 h": never shorter
                bound("waitHours", 24, 336, HOUR, s -> s.waitTime().toMillis()),
                bound("timeToFinishHours", 12, 168, HOUR, s -> s.timeToFinish().toMillis()),
                bound("letterCodeValidityDays", 10, 90, DAY, s -> s.letterValidity().toMillis()),
                // "Mailed-code entry | 5 tries per 10 min": never more
                bound("letterCodeEntriesPerTenMinutes", 1, 5, COUNT, s -> s.letterEntries().maxHits()),
                bound("waitRequestsPerDay", 1, 5, COUNT, s -> s.requests().maxHits()));
    }

    private static Arguments bound(String key, int min, int max, long unitMillis, ToLongFunction<RecoverySettings> landsIn) {
        return arguments(key, min, max, unitMillis, landsIn);
    }

    @ParameterizedTest(name = "{0} in {1}..{2}")
    @MethodSource("bounds")
    void oneStepPastABoundIsClampedToItAndTheBoundsThemselvesAreKeptExactly(String key, int min, int max, long unitMillis,
                                                                            ToLongFunction<RecoverySettings> landsIn) {
        assertEquals(min * unitMillis, landsIn.applyAsLong(read(key, min - 1)), "min-1");
        assertEquals(min * unitMillis, landsIn.applyAsLong(read(key, min)), "min");
        assertEquals(max * unitMillis, landsIn.applyAsLong(read(key, max)), "max");
        assertEquals(max * unitMillis, landsIn.applyAsLong(read(key, max + 1)), "max+1");
    }

    @ParameterizedTest(name = "{0} in {1}..{2}")
    @MethodSource("bounds")
    void oneStepPastABoundIsRefusedOnSaveAndTheBoundsThemselvesAreAccepted(String key, int min, int max, long unitMillis,
                                                                          ToLongFunction<RecoverySettings> landsIn) {
        BoundedInt setting = RecoverySettings.all().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
        String expected = "must be between " + min + " and " + max;
        assertTrue(setting.problem(Map.of(key, String.valueOf(min - 1))).orElseThrow().contains(expected), "min-1");
        assertTrue(setting.problem(Map.of(key, String.valueOf(min))).isEmpty(), "min");
        assertTrue(setting.problem(Map.of(key, String.valueOf(max))).isEmpty(), "max");
        assertTrue(setting.problem(Map.of(key, String.valueOf(max + 1))).orElseThrow().contains(expected), "max+1");
    }

    @Test
    void everyNumberHasItsBoundsTestedHere() {
        assertEquals(bounds().map(b -> b.get()[0]).toList(), RecoverySettings.all().stream().map(BoundedInt::key).toList());
    }

    private static RecoverySettings read(String key, int value) {
        return RecoverySettings.from(Map.of(key, String.valueOf(value)), "test");
    }

    // ---- the limits replayed at N-1, N, N+1 and at their edge -1 ms, at it, +1 ms ------------------------------------

    @Test
    void theSixthTryAtAMailedCodeInTenMinutesIsRefusedUntilTheTenMinutesAreOver() {
        LimitEdges.assertQuotaLiftsWhenItsWindowEnds(RecoverySettings.from(Map.of(), "test").letterEntries());
    }

    @Test
    void theFourthWaitRequestInADayIsRefusedUntilTheDayIsOver() {
        Quota requests = RecoverySettings.from(Map.of(), "test").requests();
        // Not a number of shared/requirements.md: the setting's own documented default.
        assertEquals(new Quota(3, Duration.ofHours(24), Duration.ZERO), requests);
        LimitEdges.assertQuotaLiftsWhenItsWindowEnds(requests);
    }
}
