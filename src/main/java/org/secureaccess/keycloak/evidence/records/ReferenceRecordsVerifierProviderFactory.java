package org.secureaccess.keycloak.evidence.records;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.secureaccess.keycloak.evidence.EvidenceVerifierProvider;
import org.secureaccess.keycloak.evidence.EvidenceVerifierProviderFactory;

/**
 * The default evidence verifier: records of record loaded per realm through
 * {@code POST /admin/realms/{realm}/secure-access-reference-records/import}, stored as keyed hashes in our own
 * tables. No options.
 */
public class ReferenceRecordsVerifierProviderFactory implements EvidenceVerifierProviderFactory {

    public static final String ID = "reference-records";

    @Override
    public EvidenceVerifierProvider create(KeycloakSession session) {
        return new ReferenceRecordsVerifierProvider(session);
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public int order() {
        // The default when an administrator has not chosen a verifier.
        return 1;
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
        return ProviderConfigurationBuilder.create().build();
    }
}
