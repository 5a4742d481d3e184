package org.secureaccess.keycloak.history;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** Registers the login-history table and its Liquibase changelog. */
public class LoginHistoryJpaEntityProviderFactory implements JpaEntityProviderFactory, JpaEntityProvider {

    /** Short and distinct in its first ten letters: Keycloak names the changelog history table after them. */
    public static final String ID = "sa-login-history";

    @Override
    public JpaEntityProvider create(KeycloakSession session) {
        return this;
    }

    @Override
    public List<Class<?>> getEntities() {
        return List.of(LoginHistoryEntity.class, FailedAttemptTallyEntity.class);
    }

    @Override
    public String getChangelogLocation() {
        return "META-INF/secure-access/login-history-changelog.xml";
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
        // A person's history is personal data: it goes with their account, and a realm's with the realm.
        factory.register(event -> {
            if (event instanceof UserModel.UserRemovedEvent removed) {
                for (String query : List.of("LoginHistory.deleteByUser", "FailedAttemptTally.deleteByUser")) {
                    removed.getKeycloakSession().getProvider(JpaConnectionProvider.class).getEntityManager()
                            .createNamedQuery(query)
                            .setParameter("realmId", removed.getRealm().getId())
                            .setParameter("userId", removed.getUser().getId())
                            .executeUpdate();
                }
            } else if (event instanceof RealmModel.RealmRemovedEvent removed) {
                for (String query : List.of("LoginHistory.deleteByRealm", "FailedAttemptTally.deleteByRealm")) {
                    removed.getKeycloakSession().getProvider(JpaConnectionProvider.class).getEntityManager()
                            .createNamedQuery(query)
                            .setParameter("realmId", removed.getRealm().getId())
                            .executeUpdate();
                }
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
