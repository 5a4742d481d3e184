package org.secureaccess.keycloak.evidence.records;

import java.util.List;

import org.keycloak.Config;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;

/**
 * Registers the reference-record tables ({@code SA_REFERENCE_PERSON}, {@code _ACCOUNT}, {@code _PHONE}) and their
 * Liquibase changelog with Keycloak's JPA layer.
 *
 * <p>The id is short: Keycloak names each changelog's history table after the first ten letters of the factory id,
 * so this changelog keeps a history table of its own ({@code DATABASECHANGELOG_SA_REFEREN}).
 */
public class ReferenceRecordsJpaEntityProviderFactory implements JpaEntityProviderFactory, JpaEntityProvider {

    public static final String ID = "sa-reference-records";
    static final String CHANGELOG = "META-INF/secure-access/reference-records-changelog.xml";

    @Override
    public JpaEntityProvider create(KeycloakSession session) {
        return this;
    }

    @Override
    public List<Class<?>> getEntities() {
        return List.of(ReferencePersonEntity.class, ReferenceAccountEntity.class, ReferencePhoneEntity.class);
    }

    @Override
    public String getChangelogLocation() {
        return CHANGELOG;
    }

    @Override
    public String getFactoryId() {
        return ID;
    }

    @Override
    public void init(Config.Scope config) {
    }

    /** A realm's records go with the realm (whichever verifier is active: this factory is always loaded). */
    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof RealmModel.RealmRemovedEvent removed) {
                KeycloakSession session = removed.getKeycloakSession();
                new ReferenceRecordStore(session.getProvider(JpaConnectionProvider.class).getEntityManager())
                        .deleteRealm(removed.getRealm().getId());
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
