package org.secureaccess.keycloak.shared.hashing;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/**
 * Keyed hashing with a server secret: every one-time code, SSN, account number, date of birth and
 * phone-number lookup key is stored only as such a hash. Configure the secret with
 * {@code --spi-secure-access-keyed-hash--hmac-sha256--secret=...} (or its KC_SPI_ environment variable,
 * or a {@code ${vault.name}} reference resolved per realm).
 */
public class KeyedHashSpi implements Spi {

    public static final String NAME = "secure-access-keyed-hash";

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
        return KeyedHashProvider.class;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return KeyedHashProviderFactory.class;
    }
}
