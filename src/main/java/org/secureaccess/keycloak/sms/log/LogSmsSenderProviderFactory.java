package org.secureaccess.keycloak.sms.log;

import java.util.List;

import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.common.util.Environment;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.secureaccess.keycloak.sms.SmsSenderProvider;
import org.secureaccess.keycloak.sms.SmsSenderProviderFactory;

/**
 * Development sender: writes each message, code included, to the server log instead of sending it.
 * It is the default only so that a fresh installation works; in production mode it refuses to send and says so loudly.
 */
public class LogSmsSenderProviderFactory implements SmsSenderProviderFactory {

    public static final String ID = "log";
    private static final Logger LOG = Logger.getLogger(LogSmsSenderProviderFactory.class);

    private boolean productionMode;

    @Override
    public SmsSenderProvider create(KeycloakSession session) {
        return new LogSmsSenderProvider(productionMode);
    }

    @Override
    public void init(Config.Scope config) {
        productionMode = !Environment.isDevMode();
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        if (productionMode) {
            LOG.warn("*** The 'log' SMS sender is active in production mode: it sends nothing (every text fails and "
                    + "people are told so) and logs no code. Choose a real gateway with "
                    + "--spi-sms-sender--provider=webhook|twilio|aws-sns. ***");
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
