package org.secureaccess.keycloak.proofing;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/** Registers the proofing tables and their Liquibase changelog. */
public class ProofingJpaEntityProviderFactory implements JpaEntityProviderFactory, JpaEntityProvider {

    /** Short and distinct in its first ten letters: Keycloak names the changelog history table after them. */
    public static final String ID = "sa-proofing";

    @Override
    public JpaEntityProvider create(KeycloakSession session) {
        return this;
    }

    @Override
    public List<Class<?>> getEntities() {
        return List.of(ProofingRecordEntity.class, ProofingFunnelEntity.class);
    }

    @Override
    public String getChangelogLocation() {
        return "META-INF/secure-access/proofing-changelog.xml";
    }

    @Override
    public String getFactoryId() {
        return ID;
    }

    @Override
    public void init(Config.Scope config) {
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
}
