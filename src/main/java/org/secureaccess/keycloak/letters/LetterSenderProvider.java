package org.secureaccess.keycloak.letters;

import org.keycloak.provider.Provider;
import org.secureaccess.keycloak.shared.address.MailingAddress;

/**
 * Hands one activation letter to whatever prints and mails it. Implementations never log the
 * activation code or the address outside development (use {@link MailingAddress#masked()}).
 */
public interface LetterSenderProvider extends Provider {

    /**
     * Hands the letter over and returns once it was accepted for printing and mailing (not once it is delivered:
     * that takes days).
     *
     * @throws LetterDeliveryException when the printer or mail service is unreachable, too slow, refuses the letter or
     *                                 the provider is misconfigured
     */
    LetterReceipt send(ActivationLetter letter) throws LetterDeliveryException;

    @Override
    default void close() {
    }
}
