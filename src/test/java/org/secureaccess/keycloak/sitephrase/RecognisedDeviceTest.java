package org.secureaccess.keycloak.sitephrase;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RecognisedDeviceTest {

    private static final String DEVICE = "AAAAAAAAAAAAAAAAAAAAAA";
    private static final String ENTRY = "1767225600~0123456789abcdef0123456789abcdef";

    @Test
    void aWellFormedCookieIsRead() {
        assertTrue(RecognisedDevice.parse("1." + DEVICE).isPresent());
        assertTrue(RecognisedDevice.parse("1." + DEVICE + "." + ENTRY + "." + ENTRY).isPresent());
    }

    @Test
    void anythingElseIsNoCookieAtAll() {
        for (String value : new String[] {null, "", "1", "2." + DEVICE, "1.short", "1." + DEVICE + "x", "1." + DEVICE.replace('A', '/'),
                "1." + DEVICE + "." + "x".repeat(600)}) {
            assertTrue(RecognisedDevice.parse(value).isEmpty(), String.valueOf(value));
        }
    }
}
