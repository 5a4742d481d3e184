package org.secureaccess.keycloak.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HistoryViewTest {

    @Test
    void onlyLocalAddressesGetALocation() {
        assertEquals("local", HistoryView.location("127.0.0.1"));
        assertEquals("local", HistoryView.location("10.1.2.3"));
        assertEquals("local", HistoryView.location("192.168.0.7"));
        assertEquals("local", HistoryView.location("::1"));
        assertEquals("", HistoryView.location("8.8.8.8"));
        assertEquals("", HistoryView.location("example.com"), "never a DNS lookup");
        assertEquals("", HistoryView.location(null));
    }

    @Test
    void csvFieldsAreQuotedAndFormulaSafe() {
        assertEquals("plain", LoginHistoryAdminResource.csvField("plain"));
        assertEquals("\"a,b\"", LoginHistoryAdminResource.csvField("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", LoginHistoryAdminResource.csvField("say \"hi\""));
        assertEquals("'=HYPERLINK(1)", LoginHistoryAdminResource.csvField("=HYPERLINK(1)"));
    }
}
