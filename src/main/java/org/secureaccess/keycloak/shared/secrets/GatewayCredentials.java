package org.secureaccess.keycloak.shared.secrets;

import java.util.Optional;

import org.keycloak.models.KeycloakSession;
import org.keycloak.vault.VaultStringSecret;

/**
 * Gateway secrets come from SPI options (or their KC_SPI_... environment variables) and may name a
 * Keycloak vault entry instead of holding the secret: {@code ${vault.twilio-auth-token}} is
 * resolved in the realm the message is sent for, at send time, so rotating the vault file needs no
 * restart. Secrets never come from realm configuration.
 */
public final class GatewayCredentials {

    private GatewayCredentials() {
    }

    /** The configured value, or the vault entry it names; empty when unset or the vault has no such entry. */
    public static Optional<String> resolve(KeycloakSession session, String configured) {
        if (configured == null || configured.isBlank()) {
            return Optional.empty();
        }
        if (!configured.startsWith("${vault.")) {
            return Optional.of(configured);
        }
        if (session == null || session.getContext().getRealm() == null) {
            return Optional.empty();
        }
        try (VaultStringSecret secret = session.vault().getStringSecret(configured)) {
            return secret.get();
        }
    }
}
