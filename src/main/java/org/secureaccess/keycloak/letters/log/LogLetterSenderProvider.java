package org.secureaccess.keycloak.letters.log;

import java.util.function.BiConsumer;

import org.jboss.logging.Logger;
import org.secureaccess.keycloak.letters.ActivationLetter;
import org.secureaccess.keycloak.letters.LetterDeliveryException;
import org.secureaccess.keycloak.letters.LetterDeliveryException.Reason;
import org.secureaccess.keycloak.letters.LetterReceipt;
import org.secureaccess.keycloak.letters.LetterSenderProvider;

/**
 * Mails nothing: in development it writes one log line per letter, with the activation code so that a developer can
 * finish the journey. In production mode it withholds the code (a log is no place for a proof of address that works
 * for weeks) and refuses the letter, so that nobody is told to wait for a letter that never comes.
 */
final class LogLetterSenderProvider implements LetterSenderProvider {

    private static final Logger LOG = Logger.getLogger(LogLetterSenderProvider.class);

    private final boolean productionMode;
    private final BiConsumer<Logger.Level, String> log;

    LogLetterSenderProvider(boolean productionMode) {
        this(productionMode, LOG::log);
    }

    /** @param log where the line goes (the server log; a list in tests) */
    LogLetterSenderProvider(boolean productionMode, BiConsumer<Logger.Level, String> log) {
        this.productionMode = productionMode;
        this.log = log;
    }

    @Override
    public LetterReceipt send(ActivationLetter letter) throws LetterDeliveryException {
        if (productionMode) {
            log.accept(Logger.Level.WARN, productionLine(letter));
            throw new LetterDeliveryException(Reason.MISCONFIGURED, "the 'log' letter sender mails nothing and is not for "
                    + "production; choose one with --spi-letter-sender--provider=pdf-spool|webhook");
        }
        // Development only, by design: this is where a developer reads the code.
        log.accept(Logger.Level.INFO, developmentLine(letter));
        return new LetterReceipt(LogLetterSenderProviderFactory.ID + ":" + letter.letterId());
    }

    static String developmentLine(ActivationLetter letter) {
        return "[LETTER - development 'log' sender, not for production] would mail letter " + letter.letterId()
                + " (realm " + letter.realm() + ", " + letter.content().languageTag() + ") to " + letter.to().masked()
                + ": activation code " + letter.groupedCode() + ", expires " + letter.expiresAt()
                + " (development only, not for production: no letter is mailed)";
    }

    static String productionLine(ActivationLetter letter) {
        return "[LETTER NOT MAILED - 'log' sender in production mode] letter " + letter.letterId() + " (realm "
                + letter.realm() + ") to " + letter.to().masked() + " was refused; its activation code is not logged in "
                + "production mode";
    }
}
