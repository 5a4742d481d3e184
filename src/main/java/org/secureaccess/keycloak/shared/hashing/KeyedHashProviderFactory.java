package org.secureaccess.keycloak.shared.hashing;

import org.keycloak.provider.ProviderFactory;

public interface KeyedHashProviderFactory extends ProviderFactory<KeyedHashProvider> {
}
