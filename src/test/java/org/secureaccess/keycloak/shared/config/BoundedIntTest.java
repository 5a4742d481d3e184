package org.secureaccess.keycloak.shared.config;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keycloak.provider.ProviderConfigProperty;

class BoundedIntTest {

    private final BoundedInt length = new BoundedInt("codeLength", "Code length", "Digits.", 6, 6, 10, List.of(6, 8, 10));

    @Test
    void readsDefaultsAndClampsOutOfBounds() {
        assertEquals(6, length.read(Map.of(), "alias"));
        assertEquals(8, length.read(Map.of("codeLength", " 8 "), "alias"));
        assertEquals(6, length.read(Map.of("codeLength", "4"), "alias"));
        assertEquals(10, length.read(Map.of("codeLength", "99"), "alias"));
        assertEquals(6, length.read(Map.of("codeLength", "six"), "alias"));
        assertEquals(6, length.read(null, "alias"));
    }

    @Test
    void refusesOutOfBoundsValuesWithAClearMessage() {
        assertEquals("Code length must be between 6 and 10 (was 4).", length.problem(Map.of("codeLength", "4")).orElseThrow());
        assertTrue(length.problem(Map.of("codeLength", "x")).orElseThrow().contains("whole number"));
        assertTrue(length.problem(Map.of("codeLength", "7")).isEmpty());
        assertTrue(length.problem(Map.of()).isEmpty());
    }

    @Test
    void offersOnlyInBoundsChoicesInTheAdminConsole() {
        ProviderConfigProperty property = length.toProperty();
        assertEquals(ProviderConfigProperty.LIST_TYPE, property.getType());
        assertEquals(List.of("6", "8", "10"), property.getOptions());
        assertEquals("6", property.getDefaultValue());
    }

    @Test
    void aSettingCannotBeDeclaredOutsideItsOwnBounds() {
        assertThrows(IllegalArgumentException.class, () -> new BoundedInt("x", "X", "", 5, 6, 10, List.of(5)));
        assertThrows(IllegalArgumentException.class, () -> new BoundedInt("x", "X", "", 6, 6, 10, List.of(6, 11)));
    }

    // ---- each bound at min-1, min, max and max+1 (6..10 here) -------------------------------------------------------

    @ParameterizedTest(name = "configured {0}: read as {1}")
    @CsvSource({"5, 6", "6, 6", "10, 10", "11, 10"})
    void oneStepPastABoundReadsAsThatBoundAndTheBoundsThemselvesAreKept(String configured, int read) {
        assertEquals(read, length.read(Map.of("codeLength", configured), "alias"));
    }

    @ParameterizedTest(name = "configured {0}: refused on save: {1}")
    @CsvSource({"5, true", "6, false", "10, false", "11, true"})
    void oneStepPastABoundIsRefusedOnSaveAndTheBoundsThemselvesAreAccepted(String configured, boolean refused) {
        assertEquals(refused, length.problem(Map.of("codeLength", configured)).isPresent());
    }

    @Test
    void theRefusalOfTheValueJustAboveTheMaximumNamesTheBoundsAndTheValue() {
        assertEquals("Code length must be between 6 and 10 (was 11).", length.problem(Map.of("codeLength", "11")).orElseThrow());
    }

    /** Server options (e.g. the login history's not-me-link-days, 1..30, default 10) go through the same parse. */
    @ParameterizedTest(name = "option {0}: read as {1}")
    @CsvSource({"0, 1", "1, 1", "30, 30", "31, 30"})
    void aServerOptionOneStepPastABoundReadsAsThatBound(String raw, int read) {
        assertEquals(read, BoundedInt.clampOrDefault(raw, 10, 1, 30, "Option", "test", "not-me-link-days"));
    }

    @Test
    void theExtremesOfTheWholeNumbersAreClampedNotWrappedAround() {
        assertEquals(10, length.read(Map.of("codeLength", String.valueOf(Integer.MAX_VALUE)), "alias"));
        assertEquals(6, length.read(Map.of("codeLength", String.valueOf(Integer.MIN_VALUE)), "alias"));
        // One past the largest int is not a readable number for the parse: it must still be refused on save.
        assertTrue(length.problem(Map.of("codeLength", "2147483648")).isPresent());
    }

    @ParameterizedTest(name = "default {0} within 6..10: {1}")
    @CsvSource({"5, false", "6, true", "10, true", "11, false"})
    void aDefaultIsAcceptedExactlyWithinItsOwnBounds(int defaultValue, boolean accepted) {
        if (accepted) {
            assertDoesNotThrow(() -> new BoundedInt("x", "X", "", defaultValue, 6, 10, List.of(defaultValue)));
        } else {
            assertThrows(IllegalArgumentException.class, () -> new BoundedInt("x", "X", "", defaultValue, 6, 10, List.of(defaultValue)));
        }
    }

    @ParameterizedTest(name = "choice {0} within 6..10: {1}")
    @CsvSource({"5, false", "6, true", "10, true", "11, false"})
    void aChoiceIsOfferedExactlyWithinTheBounds(int choice, boolean accepted) {
        if (accepted) {
            assertDoesNotThrow(() -> new BoundedInt("x", "X", "", 8, 6, 10, List.of(8, choice)));
        } else {
            assertThrows(IllegalArgumentException.class, () -> new BoundedInt("x", "X", "", 8, 6, 10, List.of(8, choice)));
        }
    }
}
