package org.secureaccess.keycloak.letters;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/**
 * How identity-proofing activation letters leave Keycloak. One provider is active per server, chosen with
 * {@code --spi-letter-sender--provider=<id>} and configured with {@code --spi-letter-sender--<id>--<key>=<value>}.
 */
public class LetterSenderSpi implements Spi {

    public static final String NAME = "letter-sender";

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
        return LetterSenderProvider.class;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return LetterSenderProviderFactory.class;
    }
}
