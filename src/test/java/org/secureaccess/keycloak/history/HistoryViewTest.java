package org.secureaccess.keycloak.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

class HistoryViewTest {

    @Test
    void onlyLocalAddressesGetALocation() {
        assertEquals("local", HistoryView.location("127.0.0.1"));
        assertEquals("local", HistoryView.location("10.1.2.3"));
        assertEquals("local", HistoryView.location("172.16.0.1"));
        assertEquals("local", HistoryView.location("192.168.0.7"));
        assertEquals("local", HistoryView.location("169.254.10.20"));
        assertEquals("local", HistoryView.location("::1"));
        assertEquals("local", HistoryView.location("fe80::1"));
        assertEquals("local", HistoryView.location("fd12:3456::7"));
        assertEquals("local", HistoryView.location("::ffff:192.168.1.1"));
        assertEquals("", HistoryView.location("8.8.8.8"));
        assertEquals("", HistoryView.location("172.32.0.1"));
        assertEquals("", HistoryView.location("2001:db8::1"));
        assertEquals("", HistoryView.location("example.com"));
        assertEquals("", HistoryView.location(null));
    }

    /**
     * A stored address is whatever the request carried (behind a proxy, a forwarded header): names that look
     * like hexadecimal ("cafe.babe", "beef") or like a shortened IPv4 address ("127.1") are shown as they are,
     * never looked up, and never called local.
     */
    @Test
    void aStoredNameIsShownAsItIsWithoutResolvingIt() {
        for (String name : new String[] {"cafe.babe", "beef", "add.face", "localhost", "127.1", "0x7f.0.0.1", "0177.0.0.1"}) {
            LoginHistoryEntity row = row(name);
            Map<String, Object> view = HistoryView.of(row);
            assertEquals(name, view.get("ipAddress"));
            assertEquals("", view.get("location"), name + " is not an address literal");
        }
    }

    /**
     * The proof that no lookup can happen while a history page renders: the classes that turn rows into what
     * pages show do not refer to java.net.InetAddress at all (any of its lookups could reach DNS).
     */
    @Test
    void renderingCodeCannotResolveNames() throws IOException {
        for (Class<?> type : new Class<?>[] {HistoryView.class, IpLiteral.class, SecuritySummary.class,
                SecurityInformationAuthenticator.class, MyLoginHistoryResource.class, LoginHistoryAdminResource.class}) {
            try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
                String constants = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                assertFalse(constants.contains("java/net/InetAddress"), type.getSimpleName() + " refers to java.net.InetAddress");
            }
        }
    }

    private static LoginHistoryEntity row(String ip) {
        LoginHistoryEntity row = new LoginHistoryEntity();
        row.setEventTime(0);
        row.setKind(HistoryKind.SIGN_IN.name());
        row.setIpAddress(ip);
        return row;
    }
}
