package org.secureaccess.keycloak.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.models.light.LightweightUserAdapter;
import org.keycloak.services.managers.AuthenticationManager;

/**
 * Ends a person's sessions when something about their account can no longer be trusted: a new
 * password, "This wasn't me", a reset of their identity proofing, the removal of every second
 * factor. Shared by the capabilities that need it (password reset, login history, proofing, recovery).
 */
public final class SessionRevocation {

    private static final Logger LOG = Logger.getLogger(SessionRevocation.class);

    private SessionRevocation() {
    }

    /**
     * Ends every session of the person, online and offline, except {@code keepUserSessionId} (the session in which
     * the change was just made; null keeps none), with a back-channel logout to the applications that asked for one.
     * Refresh tokens of the ended sessions, offline ones included, are refused from then on, and their access tokens
     * fail introspection and userinfo. When no session is kept, the person's not-before is also set to now, so that
     * every token issued until now is refused even where no session is looked up. Safe to call more than once in a
     * request; sends no notice.
     */
    public static void endEverySession(KeycloakSession session, RealmModel realm, UserModel user, String keepUserSessionId) {
        if (keepUserSessionId == null) {
            revokeTokensIssuedUntilNow(session, realm, user);
        }
        List<UserSessionModel> toEnd = new ArrayList<>();
        // Collected first: a logout removes sessions from the streams being read.
        session.sessions().getUserSessionsStream(realm, user).filter(s -> !Objects.equals(s.getId(), keepUserSessionId)).forEach(toEnd::add);
        session.sessions().getOfflineUserSessionsStream(realm, user).filter(s -> !Objects.equals(s.getId(), keepUserSessionId)).forEach(toEnd::add);
        for (UserSessionModel userSession : toEnd) {
            AuthenticationManager.backchannelLogout(session, realm, userSession, session.getContext().getUri(),
                    session.getContext().getConnection(), session.getContext().getRequestHeaders(), true);
        }
        LOG.debugf("Ended %s sessions of user %s (one kept: %s)", String.valueOf(toEnd.size()), user.getId(), keepUserSessionId != null);
    }

    /** Tokens issued before this second (any session) are refused at refresh, introspection and userinfo. */
    public static void revokeTokensIssuedUntilNow(KeycloakSession session, RealmModel realm, UserModel user) {
        if (!LightweightUserAdapter.isLightweightUser(user)) {
            session.users().setNotBeforeForUser(realm, user, Time.currentTime());
        }
    }
}
