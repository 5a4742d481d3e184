package org.secureaccess.keycloak.shared.limits;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/** Registers the security-counter table and its Liquibase changelog with Keycloak's JPA layer. */
public class SharedJpaEntityProviderFactory implements JpaEntityProviderFactory, JpaEntityProvider {

    public static final String ID = "secure-access-security-counters";

    @Override
    public JpaEntityProvider create(KeycloakSession session) {
        return this;
    }

    @Override
    public List<Class<?>> getEntities() {
        return List.of(SecurityCounterEntity.class);
    }

    @Override
    public String getChangelogLocation() {
        return "META-INF/secure-access/security-counters-changelog.xml";
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
