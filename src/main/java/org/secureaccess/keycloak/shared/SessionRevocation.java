package org.secureaccess.keycloak.shared;

import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.services.managers.AuthenticationManager;

/**
 * Ends a person's sessions when something about their account can no longer be trusted (a new
 * password, "This wasn't me", a reset of their identity proofing): every browser session and every
 * offline session, and every token issued until now, the way Keycloak's own "Sign out" of a user
 * does for online sessions. Shared by the capabilities that need it (reset, login history, proofing).
 */
public final class SessionRevocation {

    private SessionRevocation() {
    }

    /**
     * Ends every online and offline session of {@code user} except {@code keepUserSessionId} (null keeps none), and
     * makes every token issued before now fail Keycloak's checks (refresh, introspection, userinfo).
     */
    public static void endEverySession(KeycloakSession session, RealmModel realm, UserModel user, String keepUserSessionId) {
        session.users().setNotBeforeForUser(realm, user, Time.currentTime());
        for (UserSessionModel userSession : session.sessions().getUserSessionsStream(realm, user).toList()) {
            if (!userSession.getId().equals(keepUserSessionId)) {
                AuthenticationManager.backchannelLogout(session, realm, userSession, session.getContext().getUri(),
                        session.getContext().getConnection(), session.getContext().getRequestHeaders(), true);
            }
        }
        for (UserSessionModel offline : session.sessions().getOfflineUserSessionsStream(realm, user).toList()) {
            if (!offline.getId().equals(keepUserSessionId)) {
                session.sessions().removeOfflineUserSession(realm, offline);
            }
        }
    }
}
