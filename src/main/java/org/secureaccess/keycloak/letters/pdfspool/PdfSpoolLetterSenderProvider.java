package org.secureaccess.keycloak.letters.pdfspool;

import org.secureaccess.keycloak.letters.ActivationLetter;
import org.secureaccess.keycloak.letters.LetterDeliveryException;
import org.secureaccess.keycloak.letters.LetterReceipt;
import org.secureaccess.keycloak.letters.LetterSenderProvider;

/** Keycloak glue: the shared spooler. */
final class PdfSpoolLetterSenderProvider implements LetterSenderProvider {

    private final PdfSpooler spooler;

    PdfSpoolLetterSenderProvider(PdfSpooler spooler) {
        this.spooler = spooler;
    }

    @Override
    public LetterReceipt send(ActivationLetter letter) throws LetterDeliveryException {
        return spooler.send(letter);
    }
}
