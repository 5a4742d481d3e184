package org.secureaccess.keycloak.evidence.records;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProvider;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProviderFactory;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;
import org.secureaccess.keycloak.shared.admin.DutyRole;

/**
 * {@code /admin/realms/{realm}/secure-access-reference-records}: administrators load, count and remove the realm's
 * records of record (see {@link ReferenceRecordsAdminResource}).
 */
public class ReferenceRecordsAdminResourceProviderFactory implements AdminRealmResourceProviderFactory, AdminRealmResourceProvider {

    public static final String ID = "secure-access-reference-records";
    public static final String ROLE_NAME = "secure-access-records-admin";
    /** The one duty that may change the records of record. */
    public static final DutyRole ROLE = new DutyRole(ROLE_NAME,
            "Secure Access: load, replace and remove the records of record that identity proofing matches people against");

    @Override
    public AdminRealmResourceProvider create(KeycloakSession session) {
        return this;
    }

    @Override
    public Object getResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
        return new ReferenceRecordsAdminResource(session, realm, auth, adminEvent);
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        ROLE.install(factory);
    }

    @Override
    public void close() {
    }
}
