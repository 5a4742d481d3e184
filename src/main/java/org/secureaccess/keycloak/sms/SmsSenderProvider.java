package org.secureaccess.keycloak.sms;

import org.keycloak.provider.Provider;

/** Sends one text message. Implementations never log the message text outside development. */
public interface SmsSenderProvider extends Provider {

    /**
     * Hands the message to the gateway and returns once the gateway accepted it.
     *
     * @throws SmsDeliveryException when the gateway is unreachable, too slow, refuses the message or is misconfigured
     */
    void send(SmsMessage message) throws SmsDeliveryException;

    @Override
    default void close() {
    }
}
