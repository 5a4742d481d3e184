package org.secureaccess.keycloak.shared.hashing;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.common.util.Environment;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/** HMAC-SHA256 with a secret from an SPI option, its environment variable, or the vault. */
public class HmacSha256KeyedHashProviderFactory implements KeyedHashProviderFactory {

    public static final String ID = "hmac-sha256";
    public static final String SECRET_OPTION = "secret";
    static final int MINIMUM_SECRET_LENGTH = 32;
    /** Used only in development mode when no secret is configured, so that start-dev works out of the box. */
    private static final String DEVELOPMENT_SECRET = "secure-access-development-only-secret-do-not-use-in-production";
    private static final Logger LOG = Logger.getLogger(HmacSha256KeyedHashProviderFactory.class);

    private String configuredSecret;

    @Override
    public KeyedHashProvider create(KeycloakSession session) {
        return new HmacSha256KeyedHashProvider(session, configuredSecret);
    }

    @Override
    public void init(Config.Scope config) {
        String secret = config.get(SECRET_OPTION);
        if (secret == null || secret.isBlank()) {
            if (Environment.isDevMode()) {
                LOG.warn("No secret for keyed hashes (--spi-" + KeyedHashSpi.NAME + "--" + ID + "--" + SECRET_OPTION
                        + "); using a built-in development secret. Never run production like this.");
                configuredSecret = DEVELOPMENT_SECRET;
            } else {
                LOG.error("No secret for keyed hashes: set --spi-" + KeyedHashSpi.NAME + "--" + ID + "--" + SECRET_OPTION
                        + " (at least " + MINIMUM_SECRET_LENGTH + " characters, or ${vault.<name>}). Security codes, "
                        + "phone enrolment and identity proofing are unavailable until then.");
                configuredSecret = null;
            }
        } else if (!secret.startsWith("${vault.") && secret.getBytes(StandardCharsets.UTF_8).length < MINIMUM_SECRET_LENGTH) {
            LOG.error("The keyed-hash secret is shorter than " + MINIMUM_SECRET_LENGTH + " bytes and is refused.");
            configuredSecret = null;
        } else {
            configuredSecret = secret;
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
                .property()
                .name(SECRET_OPTION)
                .type(ProviderConfigProperty.PASSWORD)
                .secret(true)
                .helpText("At least " + MINIMUM_SECRET_LENGTH + " random characters, or ${vault.<name>} to read it from the realm's vault. "
                        + "Changing it makes every stored hash unusable (reference records must be re-imported).")
                .add()
                .build();
    }
}
