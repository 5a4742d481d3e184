package org.secureaccess.keycloak.sitephrase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

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
}
