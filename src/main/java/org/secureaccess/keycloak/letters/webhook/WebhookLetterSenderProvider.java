package org.secureaccess.keycloak.letters.webhook;

import org.keycloak.models.KeycloakSession;
import org.secureaccess.keycloak.letters.ActivationLetter;
import org.secureaccess.keycloak.letters.LetterDeliveryException;
import org.secureaccess.keycloak.letters.LetterReceipt;
import org.secureaccess.keycloak.letters.LetterSenderProvider;
import org.secureaccess.keycloak.shared.http.GatewayAccess;

/** Keycloak glue: the shared sender, through this session's HTTP client and with secrets from its vault. */
final class WebhookLetterSenderProvider implements LetterSenderProvider {

    private final KeycloakSession session;
    private final LetterWebhookSender sender;

    WebhookLetterSenderProvider(KeycloakSession session, LetterWebhookSender sender) {
        this.session = session;
        this.sender = sender;
    }

    @Override
    public LetterReceipt send(ActivationLetter letter) throws LetterDeliveryException {
        return sender.send(letter, GatewayAccess.of(session));
    }
}
