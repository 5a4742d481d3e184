package org.secureaccess.keycloak.evidence.http;

import java.util.ArrayList;
import java.util.List;

import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.secureaccess.keycloak.evidence.EvidenceVerifierProvider;
import org.secureaccess.keycloak.evidence.EvidenceVerifierProviderFactory;
import org.secureaccess.keycloak.evidence.EvidenceVerifierSpi;
import org.secureaccess.keycloak.shared.http.HttpOptions;

/**
 * Verifies evidence with an external service of your own (see {@code docs/evidence-http-contract.md}):
 * {@code --spi-evidence-verifier--provider=http --spi-evidence-verifier--http--url=https://verify.example.com/v1/evidence}.
 */
public class HttpEvidenceVerifierProviderFactory implements EvidenceVerifierProviderFactory {

    public static final String ID = "http";
    private static final Logger LOG = Logger.getLogger(HttpEvidenceVerifierProviderFactory.class);

    private volatile HttpVerifier verifier;

    @Override
    public EvidenceVerifierProvider create(KeycloakSession session) {
        return new HttpEvidenceVerifierProvider(session, verifier);
    }

    @Override
    public void init(Config.Scope config) {
        List<String> warnings = new ArrayList<>();
        HttpVerifierSettings settings = HttpVerifierSettings.parse(config::get, warnings);
        verifier = new HttpVerifier(settings, config.get(HttpOptions.OPT_AUTH_HEADER_VALUE));

        boolean configured = HttpVerifierSettings.OPTIONS.stream().anyMatch(key -> config.get(key) != null) || isChosenVerifier();
        warnings.forEach(w -> LOG.warnf("Evidence verifier '%s': %s", ID, w));
        for (String problem : settings.problems()) {
            if (configured) {
                LOG.warnf("Evidence verifier '%s' cannot verify: %s (set --spi-evidence-verifier--%s--<option>)", ID, problem, ID);
            } else {
                LOG.debugf("Evidence verifier '%s' is not configured: %s", ID, problem);
            }
        }
    }

    private static boolean isChosenVerifier() {
        try {
            return ID.equals(Config.getProvider(EvidenceVerifierSpi.NAME));
        } catch (RuntimeException e) {
            return false;
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
                .property().name(HttpOptions.OPT_URL).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Where every verification question is POSTed as JSON (docs/evidence-http-contract.md). Required. "
                        + "https only; plain http only to localhost, 127.0.0.1 or [::1] (development).")
                .add()
                .property().name(HttpOptions.OPT_AUTH_HEADER_NAME).type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Request header that carries the auth header value.")
                .defaultValue(HttpOptions.DEFAULT_AUTH_HEADER_NAME)
                .add()
                .property().name(HttpOptions.OPT_AUTH_HEADER_VALUE).type(ProviderConfigProperty.PASSWORD).secret(true)
                .helpText("Secret sent in the auth header, e.g. 'Bearer ...'; may be a vault reference such as "
                        + "${vault.evidence-verifier-token}. No auth header when unset.")
                .add()
                .property().name(HttpOptions.OPT_TIMEOUT).type(ProviderConfigProperty.INTEGER_TYPE)
                .helpText("Deadline for each question, in seconds (" + HttpOptions.MIN_TIMEOUT_SECONDS + " to "
                        + HttpOptions.MAX_TIMEOUT_SECONDS + "); past it the verifier is unavailable for that question.")
                .defaultValue(HttpOptions.DEFAULT_TIMEOUT_SECONDS)
                .add()
                .build();
    }
}
