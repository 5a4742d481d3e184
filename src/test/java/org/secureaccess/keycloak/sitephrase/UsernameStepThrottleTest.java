package org.secureaccess.keycloak.sitephrase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keycloak.models.AuthenticatorConfigModel;

class UsernameStepThrottleTest {

    @Test
    void aUsernameIsCountedWhateverItsCaseOrSurroundingSpaces() {
        assertEquals("pat.phone", UsernameStepThrottle.usernameKey("  Pat.Phone "));
        assertEquals(UsernameStepThrottle.usernameKey("PAT@EXAMPLE.COM"), UsernameStepThrottle.usernameKey("pat@example.com"));
    }

    @Test
    void anIpv4AddressCountsAloneAndAnIpv6AddressByItsSlash64() {
        assertEquals("198.51.100.7", UsernameStepThrottle.addressKey("198.51.100.7"));
        assertEquals("198.51.100.7", UsernameStepThrottle.addressKey("::ffff:198.51.100.7"), "an IPv4-mapped address is the IPv4 address");
        String one = UsernameStepThrottle.addressKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd");
        assertEquals("20010db800010002::/64", one);
        assertEquals(one, UsernameStepThrottle.addressKey("2001:DB8:1:2::1"), "the same /64, another interface id");
        assertEquals(one, UsernameStepThrottle.addressKey("[2001:db8:1:2::1%eth0]"));
        assertFalse(one.equals(UsernameStepThrottle.addressKey("2001:db8:1:3::1")), "the next /64 is another address");
        assertEquals("unknown", UsernameStepThrottle.addressKey(null));
        assertEquals("not-an-address", UsernameStepThrottle.addressKey("Not-An-Address"), "never resolved as a host name");
    }

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
}
