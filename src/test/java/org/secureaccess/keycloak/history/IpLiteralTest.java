package org.secureaccess.keycloak.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.api.Test;

class IpLiteralTest {

    @Test
    void readsIpv4DottedQuads() throws UnknownHostException {
        for (String literal : new String[] {"0.0.0.0", "1.2.3.4", "127.0.0.1", "255.255.255.255", "192.168.0.7"}) {
            assertArrayEquals(InetAddress.getByName(literal).getAddress(), IpLiteral.parse(literal).orElseThrow(), literal);
        }
    }

    @Test
    void readsIpv6InEveryShorthand() throws UnknownHostException {
        for (String literal : new String[] {"::", "::1", "1::", "fe80::1", "2001:db8::ff00:42:8329", "2001:0db8:0000:0000:0000:ff00:0042:8329",
                "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8", "1::8", "::ffff:10.0.0.1", "64:ff9b::192.0.2.33",
                "1:2:3:4:5:6:1.2.3.4", "FE80::ABCD", "[::1]"}) {
            byte[] expected = InetAddress.getByName(literal).getAddress();
            byte[] parsed = IpLiteral.parse(literal).orElseThrow(() -> new AssertionError(literal));
            // Java turns an IPv4-mapped IPv6 literal into the IPv4 address; we keep all 16 bytes.
            assertArrayEquals(expected, parsed.length == 16 && expected.length == 4 ? java.util.Arrays.copyOfRange(parsed, 12, 16) : parsed, literal);
        }
    }

    @Test
    void refusesEverythingThatIsNotALiteral() {
        for (String text : new String[] {"", " ", "localhost", "example.com", "cafe.babe", "beef", "127.1", "1.2.3", "1.2.3.4.5", "256.1.1.1",
                "01.2.3.4", "0x7f.0.0.1", "1.2.3.4 ", " 1.2.3.4", "1.2.3.-4", "1..2.3", ":", ":::", "1:::2", "1::2::3", "1:2:3:4:5:6:7:8:9",
                "1:2:3:4:5:6:7", "12345::", "g::1", "::1.2.3", "::1.2.3.4.5", "1.2.3.4::", "fe80::1%eth0", "[::1", "::1]", "１.２.３.４"}) {
            assertTrue(IpLiteral.parse(text).isEmpty(), "\"" + text + "\" is not an address literal");
        }
        assertTrue(IpLiteral.parse(null).isEmpty());
    }

    @Test
    void namesPrivateAndLoopbackRanges() {
        for (String local : new String[] {"127.0.0.1", "127.255.0.9", "10.0.0.1", "172.16.0.1", "172.31.255.255", "192.168.255.1",
                "169.254.1.1", "::1", "fe80::1", "febf::1", "fc00::1", "fdff::1", "::ffff:127.0.0.1", "::ffff:10.2.3.4"}) {
            assertTrue(IpLiteral.parse(local).map(IpLiteral::isLocal).orElse(false), local);
        }
        for (String global : new String[] {"8.8.8.8", "172.15.0.1", "172.32.0.1", "192.169.0.1", "11.0.0.1", "2001:db8::1", "fec0::1",
                "::ffff:8.8.8.8", "::"}) {
            assertTrue(!IpLiteral.parse(global).map(IpLiteral::isLocal).orElse(true), global);
        }
    }
}
