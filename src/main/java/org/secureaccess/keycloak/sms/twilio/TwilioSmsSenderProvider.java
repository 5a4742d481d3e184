package org.secureaccess.keycloak.sms.twilio;

import org.keycloak.models.KeycloakSession;
import org.secureaccess.keycloak.shared.http.GatewayAccess;
import org.secureaccess.keycloak.sms.SmsDeliveryException;
import org.secureaccess.keycloak.sms.SmsMessage;
import org.secureaccess.keycloak.sms.SmsSenderProvider;

/** Keycloak glue: the shared sender, through this session's HTTP client and with secrets from its vault. */
final class TwilioSmsSenderProvider implements SmsSenderProvider {

    private final KeycloakSession session;
    private final TwilioSender sender;

    TwilioSmsSenderProvider(KeycloakSession session, TwilioSender sender) {
        this.session = session;
        this.sender = sender;
    }

    @Override
    public void send(SmsMessage message) throws SmsDeliveryException {
        sender.send(message, GatewayAccess.of(session));
    }
}
