package org.secureaccess.keycloak.shared.hashing;

import org.keycloak.provider.Provider;

/** Keyed, domain-separated hashes of sensitive values. */
public interface KeyedHashProvider extends Provider {

    /**
     * The keyed hash of {@code value} for one purpose, as lowercase hex. The same value hashed for two
     * purposes gives unrelated results, so a hash from one table is useless in another.
     *
     * @throws KeyedHashUnavailableException when no secret is configured
     */
    String hash(String purpose, String value);

    @Override
    default void close() {
    }
}
