package org.secureaccess.keycloak.shared.hashing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.keycloak.models.KeycloakSession;
import org.keycloak.vault.VaultStringSecret;

class HmacSha256KeyedHashProvider implements KeyedHashProvider {

    private static final String ALGORITHM = "HmacSHA256";

    private final KeycloakSession session;
    private final String configuredSecret;

    HmacSha256KeyedHashProvider(KeycloakSession session, String configuredSecret) {
        this.session = session;
        this.configuredSecret = configuredSecret;
    }

    @Override
    public String hash(String purpose, String value) {
        byte[] key = secret();
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    private byte[] secret() {
        if (configuredSecret == null) {
            throw new KeyedHashUnavailableException("No keyed-hash secret is configured");
        }
        if (!configuredSecret.startsWith("${vault.")) {
            return configuredSecret.getBytes(StandardCharsets.UTF_8);
        }
        try (VaultStringSecret secret = session.vault().getStringSecret(configuredSecret)) {
            String value = secret.get().orElseThrow(() -> new KeyedHashUnavailableException("The vault has no keyed-hash secret for this realm"));
            if (value.getBytes(StandardCharsets.UTF_8).length < HmacSha256KeyedHashProviderFactory.MINIMUM_SECRET_LENGTH) {
                throw new KeyedHashUnavailableException("The keyed-hash secret in the vault is too short");
            }
            return value.getBytes(StandardCharsets.UTF_8);
        }
    }
}
