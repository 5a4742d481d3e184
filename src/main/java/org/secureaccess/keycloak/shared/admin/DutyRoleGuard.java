package org.secureaccess.keycloak.shared.admin;

import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.Token;
import org.keycloak.models.ClientModel;
import org.keycloak.models.GroupModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.provider.ProviderEvent;
import org.keycloak.provider.ProviderEventListener;
import org.keycloak.representations.AccessToken;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.fgap.AdminPermissions;

/**
 * Keeps a {@link DutyRole} in the hands of realm managers.
 *
 * <p>Keycloak lets an administrator with {@code manage-users} give any role that is not one of Keycloak's own admin
 * roles (it checks the role's name only), directly or through a group. Without this guard the helpdesk could give
 * itself the duty in one click. Provider events are delivered synchronously inside the change, so refusing here
 * answers 403 and rolls the change back. Refused, when the request carries a bearer token whose holder cannot manage
 * the realm:
 * <ul>
 *   <li>giving a user the role, or a composite role that contains it;</li>
 *   <li>a user joining a group that confers it (directly, through a composite, or from a parent group);</li>
 *   <li>any change to a group that then confers it (giving it the role, moving it under a group that has it, adding a
 *       subgroup, renaming it).</li>
 * </ul>
 * Changes without a bearer token are realm configuration at work (realm import, user federation and identity-provider
 * mappers, which only realm or identity-provider administrators configure) and are not refused.
 *
 * <p>It also creates the role in every new realm, at the end of its creation (after an import, which may bring its
 * own), so that a realm configured by hand has the role and only has to give it to someone.
 */
final class DutyRoleGuard implements ProviderEventListener {

    private static final Logger LOG = Logger.getLogger(DutyRoleGuard.class);
    /** Session attribute prefix marking a realm created by this very request (its creator becomes its administrator). */
    private static final String CREATING_REALM = "secure-access.creating-realm.";

    private final DutyRole duty;

    DutyRoleGuard(DutyRole duty) {
        this.duty = duty;
    }

    @Override
    public void onEvent(ProviderEvent event) {
        if (event instanceof RealmModel.RealmCreationEvent created) {
            created.getKeycloakSession().setAttribute(CREATING_REALM + created.getCreatedRealm().getId(), Boolean.TRUE);
        } else if (event instanceof RealmModel.RealmPostCreateEvent created) {
            ensureRole(created.getCreatedRealm());
        } else if (event instanceof RoleModel.RoleGrantedEvent granted) {
            RealmModel realm = realmOf(granted.getRole(), granted.getRealm());
            RoleModel role = dutyRoleIn(realm);
            if (role != null && granted.getRole().hasRole(role)) {
                requireRealmManager(granted.getKeycloakSession(), realm, "give " + describe(granted.getUser()));
            }
        } else if (event instanceof GroupModel.GroupMemberJoinEvent joined) {
            RoleModel role = dutyRoleIn(joined.getRealm());
            if (role != null && joined.getGroup().hasRole(role)) {
                requireRealmManager(joined.getKeycloakSession(), joined.getRealm(), "add " + describe(joined.getUser())
                        + " to group " + joined.getGroup().getId() + ", which gives");
            }
        } else if (event instanceof GroupModel.GroupUpdatedEvent || event instanceof GroupModel.GroupPathChangeEvent) {
            GroupModel.GroupEvent changed = (GroupModel.GroupEvent) event;
            RoleModel role = dutyRoleIn(changed.getRealm());
            if (role != null && changed.getGroup().hasRole(role)) {
                requireRealmManager(changed.getKeycloakSession(), changed.getRealm(), "change group " + changed.getGroup().getId()
                        + ", which gives");
            }
        }
    }

    private void ensureRole(RealmModel realm) {
        if (realm.getRole(duty.name()) == null) {
            RoleModel role = realm.addRole(duty.name());
            role.setDescription(duty.description());
            LOG.debugf("Created the realm role %s in new realm %s", duty.name(), realm.getName());
        }
    }

    private RoleModel dutyRoleIn(RealmModel realm) {
        return realm == null ? null : realm.getRole(duty.name());
    }

    private static RealmModel realmOf(RoleModel role, RealmModel fallback) {
        if (role.getContainer() instanceof RealmModel realm) {
            return realm;
        }
        if (role.getContainer() instanceof ClientModel client) {
            return client.getRealm();
        }
        return fallback;
    }

    private static String describe(UserModel user) {
        return user == null ? "a user" : "user " + user.getId();
    }

    private void requireRealmManager(KeycloakSession session, RealmModel realm, String what) {
        Token bearer = session.getContext().getBearerToken();
        if (!(bearer instanceof AccessToken token)) {
            return;
        }
        if (session.getAttribute(CREATING_REALM + realm.getId()) != null) {
            return;
        }
        AdminAuth admin = adminOf(session, token);
        if (admin != null && mayManage(session, realm, admin)) {
            return;
        }
        LOG.warnf("Refused: %s in realm %s tried to %s the role %s without the right to manage the realm",
                admin == null ? "an unknown caller" : "user " + admin.getUser().getId() + " of realm " + admin.getRealm().getName(),
                realm.getName(), what, duty.name());
        throw DutyRole.refusal("Only an administrator who can manage the realm may give the role " + duty.name() + ".");
    }

    private static boolean mayManage(KeycloakSession session, RealmModel realm, AdminAuth admin) {
        // Keycloak's evaluator refuses to be built for a caller from a third realm; such a caller manages nothing here.
        boolean sameOrAdministrationRealm = admin.getRealm().getId().equals(realm.getId())
                || Config.getAdminRealm().equals(admin.getRealm().getName());
        return sameOrAdministrationRealm && AdminPermissions.evaluator(session, realm, admin).realm().canManageRealm();
    }

    private static AdminAuth adminOf(KeycloakSession session, AccessToken token) {
        String issuer = token.getIssuer();
        if (issuer == null || token.getSubject() == null) {
            return null;
        }
        RealmModel adminRealm = session.realms().getRealmByName(issuer.substring(issuer.lastIndexOf('/') + 1));
        if (adminRealm == null) {
            return null;
        }
        UserModel user = session.users().getUserById(adminRealm, token.getSubject());
        ClientModel client = token.getIssuedFor() == null ? null : adminRealm.getClientByClientId(token.getIssuedFor());
        return user == null || client == null ? null : new AdminAuth(adminRealm, token, user, client);
    }
}
