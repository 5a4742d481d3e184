package org.secureaccess.keycloak.recovery;

import org.keycloak.events.EventBuilder;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.secureaccess.keycloak.history.HistoryKind;
import org.secureaccess.keycloak.history.LoginHistory;

/** What follows a cancelled request, however it was cancelled: an email, a history row and an event. */
final class RecoveryCancellation {

    /** Cancelled on the recovery page by the person signing in. */
    static final String BY_PAGE = "page";
    static final String BY_EMAIL_LINK = "email_link";
    static final String BY_TEXT_LINK = "text_link";
    /** A sign-in with a working second factor: whoever asked, the person still has one. */
    static final String BY_SIGN_IN = "sign_in";

    private RecoveryCancellation() {
    }

    static void cancelled(KeycloakSession session, RealmModel realm, UserModel user, RecoveryRequestEntity request, String by,
                          EventBuilder event) {
        if (user == null) {
            return;
        }
        RecoveryNotices.email(session, realm, user, request, RecoveryNotices.Email.CANCELLED);
        LoginHistory.record(session, realm, user.getId(), HistoryKind.RECOVERY_CANCELLED, request.getRoute().name().toLowerCase(), by);
        RecoveryEvents.step(event, user, RecoveryEvents.CANCELLED, request).detail(RecoveryEvents.BY_DETAIL, by).success();
    }
}
