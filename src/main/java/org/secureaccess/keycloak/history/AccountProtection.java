package org.secureaccess.keycloak.history;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.services.managers.AuthenticationManager;

/**
 * What "Not you?" and "This wasn't me" do: sign the person out everywhere and make the next step
 * a new password, so a stranger who knows the old one loses access.
 */
final class AccountProtection {

    private AccountProtection() {
    }

    static void signOutEverywhereAndRequireNewPassword(KeycloakSession session, RealmModel realm, UserModel user) {
        for (UserSessionModel userSession : session.sessions().getUserSessionsStream(realm, user).toList()) {
            AuthenticationManager.backchannelLogout(session, realm, userSession, session.getContext().getUri(),
                    session.getContext().getConnection(), session.getContext().getRequestHeaders(), true);
        }
        user.addRequiredAction(UserModel.RequiredAction.UPDATE_PASSWORD);
        LoginHistory.record(session, realm, user.getId(), HistoryKind.NOT_ME_REPORTED, null, null);
    }
}
