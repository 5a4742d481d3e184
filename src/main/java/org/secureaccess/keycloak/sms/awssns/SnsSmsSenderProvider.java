package org.secureaccess.keycloak.sms.awssns;

import org.keycloak.models.KeycloakSession;
import org.secureaccess.keycloak.shared.secrets.GatewayCredentials;
import org.secureaccess.keycloak.sms.SmsDeliveryException;
import org.secureaccess.keycloak.sms.SmsMessage;
import org.secureaccess.keycloak.sms.SmsSenderProvider;

/** Keycloak glue: the shared sender, with vault-referenced credentials resolved through this session. */
final class SnsSmsSenderProvider implements SmsSenderProvider {

    private final KeycloakSession session;
    private final SnsSender sender;

    SnsSmsSenderProvider(KeycloakSession session, SnsSender sender) {
        this.session = session;
        this.sender = sender;
    }

    @Override
    public void send(SmsMessage message) throws SmsDeliveryException {
        sender.send(message, configured -> GatewayCredentials.resolve(session, configured));
    }
}
