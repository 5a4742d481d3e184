package org.secureaccess.keycloak.proofing;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.keycloak.Config;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

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

    /** A person's proofing goes with their account (so their identity is free again), a realm's with the realm. */
    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof UserModel.UserRemovedEvent removed) {
                entityManager(removed.getKeycloakSession()).createNamedQuery("Proofing.deleteByUser")
                        .setParameter("realmId", removed.getRealm().getId())
                        .setParameter("userId", removed.getUser().getId())
                        .executeUpdate();
            } else if (event instanceof RealmModel.RealmRemovedEvent removed) {
                EntityManager em = entityManager(removed.getKeycloakSession());
                em.createNamedQuery("Proofing.deleteByRealm").setParameter("realmId", removed.getRealm().getId()).executeUpdate();
                em.createNamedQuery("ProofingFunnel.deleteByRealm").setParameter("realmId", removed.getRealm().getId()).executeUpdate();
            }
        });
    }

    private static EntityManager entityManager(KeycloakSession session) {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return ID;
    }
}
