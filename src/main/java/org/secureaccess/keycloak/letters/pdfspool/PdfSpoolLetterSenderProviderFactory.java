package org.secureaccess.keycloak.letters.pdfspool;

import java.util.ArrayList;
import java.util.List;

import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.secureaccess.keycloak.letters.LetterDeliveryException;
import org.secureaccess.keycloak.letters.LetterSenderProvider;
import org.secureaccess.keycloak.letters.LetterSenderProviderFactory;
import org.secureaccess.keycloak.letters.LetterSenderSpi;

/**
 * Writes each letter as a print-ready PDF into a folder that a print shop or a mail-house job picks up:
 * {@code --spi-letter-sender--provider=pdf-spool --spi-letter-sender--pdf-spool--directory=/var/spool/secure-access/letters}.
 */
public class PdfSpoolLetterSenderProviderFactory implements LetterSenderProviderFactory {

    public static final String ID = "pdf-spool";
    private static final Logger LOG = Logger.getLogger(PdfSpoolLetterSenderProviderFactory.class);

    private volatile PdfSpooler spooler;

    @Override
    public LetterSenderProvider create(KeycloakSession session) {
        return new PdfSpoolLetterSenderProvider(spooler);
    }

    @Override
    public void init(Config.Scope config) {
        List<String> warnings = new ArrayList<>();
        PdfSpoolSettings settings = PdfSpoolSettings.parse(config::get, warnings);
        spooler = new PdfSpooler(settings);

        boolean configured = PdfSpoolSettings.OPTIONS.stream().anyMatch(key -> config.get(key) != null) || isChosenSender();
        if (!configured) {
            settings.problems().forEach(p -> LOG.debugf("Letter sender '%s' is not configured: %s", ID, p));
            return;
        }
        warnings.forEach(w -> LOG.warnf("Letter sender '%s': %s", ID, w));
        settings.problems().forEach(p -> LOG.warnf("Letter sender '%s' cannot write letters: %s (set --spi-letter-sender--%s--<option>)",
                ID, p, ID));
        if (settings.usable()) {
            try {
                PdfSpooler.prepareDirectory(settings.directory());
            } catch (LetterDeliveryException e) {
                // Not fatal: the folder may be mounted later; every letter tries again and fails MISCONFIGURED meanwhile.
                LOG.warnf("Letter sender '%s': %s", ID, e.getMessage());
            }
        }
    }

    private static boolean isChosenSender() {
        try {
            return ID.equals(Config.getProvider(LetterSenderSpi.NAME));
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name(PdfSpoolSettings.OPT_DIRECTORY).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Absolute path of the folder each letter is written to as <letterId>.pdf, followed by "
                        + "<letterId>.json (metadata without code or address). Required; created (owner-only) when missing.")
                .add()
                .property().name(PdfSpoolSettings.OPT_RETURN_ADDRESS).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("The sender's address for the upper envelope window, lines separated by \\n, at most "
                        + PdfSpoolSettings.MAX_RETURN_ADDRESS_LINES + " lines. Empty: no return address.")
                .add()
                .build();
    }
}
