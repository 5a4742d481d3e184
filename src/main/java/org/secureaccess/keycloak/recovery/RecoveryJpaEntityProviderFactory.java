package org.secureaccess.keycloak.recovery;

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

/** Registers the recovery tables and their Liquibase changelog. */
public class RecoveryJpaEntityProviderFactory implements JpaEntityProviderFactory, JpaEntityProvider {

    /** Short and distinct in its first ten letters: Keycloak names the changelog history table after them. */
    public static final String ID = "sa-recovery";

    @Override
    public JpaEntityProvider create(KeycloakSession session) {
        return this;
    }

    @Override
    public List<Class<?>> getEntities() {
        return List.of(RecoveryRequestEntity.class, RecoveryCancelLinkEntity.class);
    }

    @Override
    public String getChangelogLocation() {
        return "META-INF/secure-access/recovery-changelog.xml";
    }

    @Override
    public String getFactoryId() {
        return ID;
    }

    @Override
    public void init(Config.Scope config) {
    }

    /** A person's requests go with their account, a realm's with the realm. */
    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof UserModel.UserRemovedEvent removed) {
                EntityManager em = entityManager(removed.getKeycloakSession());
                em.createNamedQuery("RecoveryCancelLink.deleteByUser").setParameter("realmId", removed.getRealm().getId())
                        .setParameter("userId", removed.getUser().getId()).executeUpdate();
                em.createNamedQuery("Recovery.deleteByUser").setParameter("realmId", removed.getRealm().getId())
                        .setParameter("userId", removed.getUser().getId()).executeUpdate();
            } else if (event instanceof RealmModel.RealmRemovedEvent removed) {
                EntityManager em = entityManager(removed.getKeycloakSession());
                em.createNamedQuery("RecoveryCancelLink.deleteByRealm").setParameter("realmId", removed.getRealm().getId()).executeUpdate();
                em.createNamedQuery("Recovery.deleteByRealm").setParameter("realmId", removed.getRealm().getId()).executeUpdate();
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
