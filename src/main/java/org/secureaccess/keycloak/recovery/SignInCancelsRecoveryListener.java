package org.secureaccess.keycloak.recovery;

import java.util.Optional;

import org.jboss.logging.Logger;
import org.keycloak.events.Event;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.secureaccess.keycloak.history.LoginHistory;

/**
 * A sign-in with a working second factor cancels the person's pending recovery request: whoever
 * asked, the person still has a way in, and the request would remove it.
 */
class SignInCancelsRecoveryListener implements EventListenerProvider {

    private static final Logger LOG = Logger.getLogger(SignInCancelsRecoveryListener.class);

    private final KeycloakSession session;

    SignInCancelsRecoveryListener(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public void onEvent(Event event) {
        if (event.getType() != EventType.LOGIN || event.getUserId() == null || event.getSessionId() == null) {
            return;
        }
        try {
            RealmModel realm = session.realms().getRealm(event.getRealmId());
            // The usual sign-in has no pending request: settled by one indexed read, nothing written.
            if (realm == null || secondFactorOfSession(realm, event.getSessionId()) == null
                    || RecoveryRequests.pending(session, realm, event.getUserId()).isEmpty()) {
                return;
            }
            String realmId = realm.getId();
            String userId = event.getUserId();
            // In a transaction of its own: whatever happens here never undoes the sign-in.
            Optional<RecoveryRequestEntity> cancelled = KeycloakModelUtils.runJobInTransactionWithResult(session.getKeycloakSessionFactory(),
                    own -> RecoveryRequests.cancelPending(own, own.realms().getRealm(realmId), userId, RecoveryCancellation.BY_SIGN_IN));
            if (cancelled.isPresent()) {
                UserModel user = session.users().getUserById(realm, userId);
                RecoveryCancellation.cancelled(session, realm, user, cancelled.get(), RecoveryCancellation.BY_SIGN_IN,
                        new EventBuilder(realm, session, session.getContext().getConnection()));
            }
        } catch (RuntimeException e) {
            LOG.warnf("Recovery: pending request of user %s not checked after sign-in: %s", event.getUserId(), e.getClass().getSimpleName());
        }
    }

    private String secondFactorOfSession(RealmModel realm, String sessionId) {
        UserSessionModel userSession = session.sessions().getUserSession(realm, sessionId);
        return userSession == null ? null : userSession.getNote(LoginHistory.SECOND_FACTOR_NOTE);
    }

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {
    }

    @Override
    public void close() {
    }
}
