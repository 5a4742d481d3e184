package org.secureaccess.keycloak.sms;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/**
 * How text messages leave Keycloak. One provider is active per server, chosen with
 * {@code --spi-sms-sender--provider=<id>} and configured with {@code --spi-sms-sender--<id>--<key>=<value>}.
 */
public class SmsSenderSpi implements Spi {

    public static final String NAME = "sms-sender";

    @Override
    public boolean isInternal() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public Class<? extends Provider> getProviderClass() {
        return SmsSenderProvider.class;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return SmsSenderProviderFactory.class;
    }
}
