package org.secureaccess.keycloak.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keycloak.provider.ProviderConfigProperty;
import org.secureaccess.keycloak.shared.config.BoundedInt;

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
}
