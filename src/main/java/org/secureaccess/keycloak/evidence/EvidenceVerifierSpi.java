package org.secureaccess.keycloak.evidence;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/**
 * How identity proofing checks what a person types against records of record. One provider is active per server:
 * {@code reference-records} (the default; records loaded into our own tables through the admin API) or {@code http}
 * (an external verification service). Choose with {@code --spi-evidence-verifier--provider=<id>} and configure with
 * {@code --spi-evidence-verifier--<id>--<key>=<value>}.
 */
public class EvidenceVerifierSpi implements Spi {

    public static final String NAME = "evidence-verifier";

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
        return EvidenceVerifierProvider.class;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class<? extends ProviderFactory> getProviderFactoryClass() {
        return EvidenceVerifierProviderFactory.class;
    }
}
