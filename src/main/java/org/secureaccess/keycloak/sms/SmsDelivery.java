package org.secureaccess.keycloak.sms;

import java.util.Locale;

import org.keycloak.models.KeycloakSession;
import org.secureaccess.keycloak.shared.metrics.Meters;

/**
 * The one way the extension texts a person: through the server's chosen {@link SmsSenderProvider}, with each attempt's
 * count and latency recorded per sender, purpose and outcome ({@value Meters#SMS_SEND}).
 */
public final class SmsDelivery {

    /** Why a text is sent, a tag of its metric. */
    public enum Purpose {
        SECURITY_CODE, PASSWORD_CHANGED_NOTICE, PHONE_CHANGED_NOTICE, RECOVERY_NOTICE
    }

    private SmsDelivery() {
    }

    /** Hands the message to the sender; see {@link SmsSenderProvider#send}. */
    public static void send(KeycloakSession session, SmsMessage message, Purpose purpose) throws SmsDeliveryException {
        SmsSenderProvider sender = session.getProvider(SmsSenderProvider.class);
        String outcome = "error";
        long start = System.nanoTime();
        try {
            sender.send(message);
            outcome = Meters.SUCCESS_SENT;
        } catch (SmsDeliveryException e) {
            outcome = e.eventValue();
            throw e;
        } finally {
            Meters.time(Meters.SMS_SEND, start, "provider", session.getKeycloakSessionFactory().getProviderFactory(SmsSenderProvider.class).getId(),
                    "purpose", purpose.name().toLowerCase(Locale.ROOT), "outcome", outcome);
        }
    }
}
