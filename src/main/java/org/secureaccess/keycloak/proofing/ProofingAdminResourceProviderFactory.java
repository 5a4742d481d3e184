package org.secureaccess.keycloak.proofing;

import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProvider;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProviderFactory;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;
import org.secureaccess.keycloak.shared.admin.DutyRole;

/** {@code /admin/realms/{realm}/secure-access-proofing}. */
public class ProofingAdminResourceProviderFactory implements AdminRealmResourceProviderFactory, AdminRealmResourceProvider {

    public static final String ID = "secure-access-proofing";
    public static final String ROLE_NAME = "secure-access-proofing-admin";
    /** The one duty that may verify a person by exception or reset their proofing (with the rights to manage them). */
    public static final DutyRole ROLE = new DutyRole(ROLE_NAME,
            "Secure Access: verify a person's identity by exception and reset a person's identity proofing (with the rights to manage that user)");

    @Override
    public AdminRealmResourceProvider create(KeycloakSession session) {
        return this;
    }

    @Override
    public Object getResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
        return new ProofingAdminResource(session, realm, auth, adminEvent);
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
