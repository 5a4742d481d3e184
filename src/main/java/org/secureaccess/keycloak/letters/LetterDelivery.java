package org.secureaccess.keycloak.letters;

import java.util.Locale;

import org.keycloak.models.KeycloakSession;
import org.secureaccess.keycloak.shared.metrics.Meters;

/**
 * The one way the extension mails a letter: through the server's chosen {@link LetterSenderProvider}, with each
 * attempt's count and latency recorded per sender, purpose and outcome ({@value Meters#LETTER_SEND}).
 */
public final class LetterDelivery {

    /** Why a letter is sent, a tag of its metric. */
    public enum Purpose {
        PROOFING_ACTIVATION, ACCOUNT_RECOVERY
    }

    private LetterDelivery() {
    }

    /** Hands the letter to the sender; see {@link LetterSenderProvider#send}. */
    public static LetterReceipt send(KeycloakSession session, ActivationLetter letter, Purpose purpose) throws LetterDeliveryException {
        LetterSenderProvider sender = session.getProvider(LetterSenderProvider.class);
        String outcome = "error";
        long start = System.nanoTime();
        try {
            LetterReceipt receipt = sender.send(letter);
            outcome = Meters.SUCCESS_SENT;
            return receipt;
        } catch (LetterDeliveryException e) {
            outcome = e.eventValue();
            throw e;
        } finally {
            Meters.time(Meters.LETTER_SEND, start, "provider",
                    session.getKeycloakSessionFactory().getProviderFactory(LetterSenderProvider.class).getId(),
                    "purpose", purpose.name().toLowerCase(Locale.ROOT), "outcome", outcome);
        }
    }
}
