package org.secureaccess.keycloak.shared.limits;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;

/** Registers the security-counter table and its Liquibase changelog with Keycloak's JPA layer. */
public class SharedJpaEntityProviderFactory implements JpaEntityProviderFactory, JpaEntityProvider {

    /** Short and distinct in its first ten letters: Keycloak names the changelog history table after them. */
    public static final String ID = "sa-security-counters";

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

    /** A realm's counters go with the realm, so that a new realm given the same id starts with none. */
    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof RealmModel.RealmRemovedEvent removed) {
                removed.getKeycloakSession().getProvider(JpaConnectionProvider.class).getEntityManager()
                        .createNamedQuery("SecurityCounter.deleteByRealm")
                        .setParameter("realmId", removed.getRealm().getId())
                        .executeUpdate();
            }
        });
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return ID;
    }
}
