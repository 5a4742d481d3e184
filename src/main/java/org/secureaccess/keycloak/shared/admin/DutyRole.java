package org.secureaccess.keycloak.shared.admin;

import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.AdminRoles;
import org.keycloak.models.ImpersonationSessionNote;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.services.ErrorResponseException;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * A realm role that is the one way to an administrative duty which changes what identity proofing trusts (loading
 * records of record, verifying a person by exception). Keycloak's {@code manage-users} is deliberately not enough: a
 * helpdesk account that resets passwords must not also be able to invent a person of record.
 *
 * <p>Who may act: a person of the realm holding the role (through the token's client scope, as Keycloak checks its
 * own admin roles), or the server's super-administrator (the {@code admin} role of the administration realm), who
 * could give themselves any role anyway and whose every action is an admin event. Nobody acts through an
 * impersonated session. Who may give the role: only an administrator who can manage the realm (see
 * {@link DutyRoleGuard}), because Keycloak lets {@code manage-users} give any role that is not one of its own.
 */
public final class DutyRole {

    private static final Logger LOG = Logger.getLogger(DutyRole.class);

    private final String name;
    private final String description;

    public DutyRole(String name, String description) {
        this.name = name;
        this.description = description;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    /**
     * Creates the role in every realm created from now on (a realm imported with it keeps its own) and refuses
     * every grant of it by an administrator who cannot manage the realm. Call once, from a factory's postInit.
     */
    public void install(KeycloakSessionFactory factory) {
        factory.register(new DutyRoleGuard(this));
    }

    /** Refuses the request (403, and nothing it changed is kept) unless the caller may perform this duty in {@code realm}. */
    public void require(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth) {
        if (!allows(session, realm, auth.adminAuth())) {
            throw refusal("This needs the realm role " + name + ".");
        }
    }

    /** For aggregate reads that show no person's data: this role, or Keycloak's {@code view-users}. */
    public void requireOrViewUsers(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth) {
        if (!allows(session, realm, auth.adminAuth())) {
            auth.users().requireView();
        }
    }

    boolean allows(KeycloakSession session, RealmModel realm, AdminAuth admin) {
        if (admin == null || admin.getUser() == null) {
            return false;
        }
        if (impersonated(session)) {
            LOG.debugf("Duty %s refused in realm %s: the session is an impersonation", name, realm.getName());
            return false;
        }
        if (isServerSuperAdmin(admin)) {
            return true;
        }
        if (!admin.getRealm().getId().equals(realm.getId())) {
            return false;
        }
        RoleModel role = realm.getRole(name);
        if (role == null) {
            LOG.warnf("Realm %s has no role %s, so nobody in it can perform that duty; create the realm role (see the README)",
                    realm.getName(), name);
            return false;
        }
        return admin.hasRealmRole(name);
    }

    static boolean isServerSuperAdmin(AdminAuth admin) {
        return Config.getAdminRealm().equals(admin.getRealm().getName()) && admin.hasRealmRole(AdminRoles.ADMIN);
    }

    private static boolean impersonated(KeycloakSession session) {
        UserSessionModel userSession = session.getContext().getUserSession();
        return userSession != null && userSession.getNote(ImpersonationSessionNote.IMPERSONATOR_ID.toString()) != null;
    }

    /** A 403 that also marks the transaction for rollback (a plain ForbiddenException would let earlier writes commit). */
    static ErrorResponseException refusal(String description) {
        return new ErrorResponseException("forbidden", description, Response.Status.FORBIDDEN);
    }
}
