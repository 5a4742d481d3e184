package org.secureaccess.keycloak.sitephrase;

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
import org.keycloak.models.AuthenticatorConfigModel;
import org.secureaccess.keycloak.shared.config.BoundedInt;

/**
 * The numbers of the username step and of device recognition. shared/requirements.md names none of them ("Username step
 * | throttled per source address and per username like password attempts"), so only their bounds are held to numbers
 * here. When a limit lifts is decided by UsernameStepThrottle on windows aligned to the clock, not by these settings.
 */
class SignInSettingsTest {

    private static final long COUNT = 1;
    private static final long SECOND = 1_000;
    private static final long DAY = Duration.ofDays(1).toMillis();

    @Test
    void settingsHaveDefensibleDefaultsAndStayWithinTheirBounds() {
        SignInSettings defaults = SignInSettings.from(null);
        assertEquals(200, defaults.perAddress().maxHits());
        assertEquals(10, defaults.perUsername().maxHits());
        assertEquals(Duration.ofMinutes(15), defaults.perAddress().window());
        assertEquals(Duration.ZERO, defaults.perUsername().lockout(), "a limit lifts when its window ends");
        assertEquals(Duration.ofDays(400), defaults.deviceLifetime());

        AuthenticatorConfigModel model = new AuthenticatorConfigModel();
        model.setAlias("test");
        model.setConfig(Map.of("usernameAttemptsPerAddress", "0", "usernameAttemptsPerUsername", "1000000",
                "usernameAttemptWindowSeconds", "soon", "recognisedDeviceDays", "5000"));
        SignInSettings clamped = SignInSettings.from(model);
        assertEquals(10, clamped.perAddress().maxHits());
        assertEquals(100, clamped.perUsername().maxHits());
        assertEquals(Duration.ofSeconds(900), clamped.perUsername().window(), "unreadable: the default");
        assertEquals(Duration.ofDays(RecognisedDevice.MAX_DAYS), clamped.deviceLifetime());
        for (var setting : SignInSettings.all()) {
            assertTrue(setting.problem(model.getConfig()).isPresent(), setting.key() + " is reported as out of bounds");
        }
    }

    // ---- each bound at min-1, min, max and max+1 --------------------------------------------------------------------

    /** Each number: its config key, the bounds it must have, its unit in milliseconds (1: a count), and where it lands. */
    static Stream<Arguments> bounds() {
        return Stream.of(
                bound("usernameAttemptsPerAddress", 10, 10_000, COUNT, s -> s.perAddress().maxHits()),
                bound("usernameAttemptsPerUsername", 3, 100, COUNT, s -> s.perUsername().maxHits()),
                bound("usernameAttemptWindowSeconds", 60, 86_400, SECOND, s -> s.perAddress().window().toMillis()),
                bound("usernameAttemptWindowSeconds", 60, 86_400, SECOND, s -> s.perUsername().window().toMillis()),
                // 400 days: the longest a browser keeps a cookie
                bound("recognisedDeviceDays", 1, 400, DAY, s -> s.deviceLifetime().toMillis()));
    }

    private static Arguments bound(String key, int min, int max, long unitMillis, ToLongFunction<SignInSettings> landsIn) {
        return arguments(key, min, max, unitMillis, landsIn);
    }

    @ParameterizedTest(name = "{0} in {1}..{2}")
    @MethodSource("bounds")
    void oneStepPastABoundIsClampedToItAndTheBoundsThemselvesAreKeptExactly(String key, int min, int max, long unitMillis,
                                                                            ToLongFunction<SignInSettings> landsIn) {
        assertEquals(min * unitMillis, landsIn.applyAsLong(read(key, min - 1)), "min-1");
        assertEquals(min * unitMillis, landsIn.applyAsLong(read(key, min)), "min");
        assertEquals(max * unitMillis, landsIn.applyAsLong(read(key, max)), "max");
        assertEquals(max * unitMillis, landsIn.applyAsLong(read(key, max + 1)), "max+1");
    }

    @ParameterizedTest(name = "{0} in {1}..{2}")
    @MethodSource("bounds")
    void oneStepPastABoundIsRefusedOnSaveAndTheBoundsThemselvesAreAccepted(String key, int min, int max, long unitMillis,
                                                                          ToLongFunction<SignInSettings> landsIn) {
        BoundedInt setting = SignInSettings.all().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
        String expected = "must be between " + min + " and " + max;
        assertTrue(setting.problem(Map.of(key, String.valueOf(min - 1))).orElseThrow().contains(expected), "min-1");
        assertTrue(setting.problem(Map.of(key, String.valueOf(min))).isEmpty(), "min");
        assertTrue(setting.problem(Map.of(key, String.valueOf(max))).isEmpty(), "max");
        assertTrue(setting.problem(Map.of(key, String.valueOf(max + 1))).orElseThrow().contains(expected), "max+1");
    }

    @Test
    void everyNumberHasItsBoundsTestedHere() {
        assertEquals(bounds().map(b -> b.get()[0]).distinct().toList(), SignInSettings.all().stream().map(BoundedInt::key).toList());
    }

    private static SignInSettings read(String key, int value) {
        AuthenticatorConfigModel model = new AuthenticatorConfigModel();
        model.setAlias("test");
        model.setConfig(Map.of(key, String.valueOf(value)));
        return SignInSettings.from(model);
    }
}
