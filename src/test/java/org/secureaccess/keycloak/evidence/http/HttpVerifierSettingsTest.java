package org.secureaccess.keycloak.evidence.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The http evidence verifier's one bounded option, its timeout (1..30 s), at min-1, min, max and max+1. shared/requirements.md
 * names no gateway timeout; the other options are tested with the factory.
 */
class HttpVerifierSettingsTest {

    private final List<String> warnings = new ArrayList<>();

    @ParameterizedTest(name = "timeout-seconds={0}: {1} ms, warned: {2}")
    @CsvSource({"0, 1000, true", "1, 1000, false", "30, 30000, false", "31, 30000, true"})
    void theTimeoutIsOneToThirtySecondsAndOneStepPastABoundIsClampedToItWithAWarning(String configured, long millis, boolean warned) {
        HttpVerifierSettings s = HttpVerifierSettings.parse(Map.of("url", "https://verify.example.com/v1/evidence", "timeout-seconds", configured)::get,
                warnings);
        assertEquals(Duration.ofMillis(millis), s.timeout());
        assertTrue(s.usable(), "a clamped timeout still works");
        assertEquals(warned, !warnings.isEmpty(), warnings.toString());
    }
}
