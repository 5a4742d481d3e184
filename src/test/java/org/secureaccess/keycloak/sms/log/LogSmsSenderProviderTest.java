package org.secureaccess.keycloak.sms.log;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.secureaccess.keycloak.sms.SmsDeliveryException;
import org.secureaccess.keycloak.sms.SmsMessage;

class LogSmsSenderProviderTest {

    private static final SmsMessage MESSAGE = new SmsMessage("+12025550143", "Demo: your security code is 123456.", "demo");

    @Test
    void inDevelopmentTheTextIsLoggedAndCountsAsSent() {
        assertDoesNotThrow(() -> new LogSmsSenderProvider(false).send(MESSAGE));
    }

    @Test
    void inProductionNothingIsSentAndTheFailureIsReported() {
        SmsDeliveryException refused = assertThrows(SmsDeliveryException.class, () -> new LogSmsSenderProvider(true).send(MESSAGE));
        assertEquals(SmsDeliveryException.Reason.MISCONFIGURED, refused.reason());
    }
}
