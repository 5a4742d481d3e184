package org.secureaccess.keycloak.letters.log;

import java.util.List;

import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.common.util.Environment;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.secureaccess.keycloak.letters.LetterSenderProvider;
import org.secureaccess.keycloak.letters.LetterSenderProviderFactory;

/**
 * Development letter sender: writes each letter, activation code included, to the server log instead of mailing it.
 * It is the default only so that a fresh installation works; in production mode it says so loudly at startup and
 * refuses every letter.
 */
public class LogLetterSenderProviderFactory implements LetterSenderProviderFactory {

    public static final String ID = "log";
    private static final Logger LOG = Logger.getLogger(LogLetterSenderProviderFactory.class);

    private boolean productionMode;

    @Override
    public LetterSenderProvider create(KeycloakSession session) {
        return new LogLetterSenderProvider(productionMode);
    }

    @Override
    public void init(Config.Scope config) {
        productionMode = !Environment.isDevMode();
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        if (productionMode) {
            LOG.warn("*** The 'log' letter sender is active in production mode: activation letters are NOT mailed; each one "
                    + "is refused and noted in the server log (without its code). Choose a real sender with "
                    + "--spi-letter-sender--provider=pdf-spool|webhook. ***");
        }
    }

    @Override
    public int order() {
        // The default when an administrator has not chosen a sender, so that development works out of the box.
        return 1;
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
        return ProviderConfigurationBuilder.create().build();
    }
}
