package org.secureaccess.keycloak.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RecoverySettingsTest {

    @Test
    void defaultsAreTheReferenceNumbers() {
        RecoverySettings settings = RecoverySettings.from(Map.of(), "test");
        assertEquals(Duration.ofHours(24), settings.waitTime());
        assertEquals(Duration.ofHours(24), settings.timeToFinish());
        assertEquals(Duration.ofDays(30), settings.letterValidity());
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
}
