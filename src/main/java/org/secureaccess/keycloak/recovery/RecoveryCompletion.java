package org.secureaccess.keycloak.recovery;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.events.EventBuilder;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.models.credential.RecoveryAuthnCodesCredentialModel;
import org.keycloak.models.credential.WebAuthnCredentialModel;
import org.secureaccess.keycloak.history.HistoryKind;
import org.secureaccess.keycloak.history.LoginHistory;
import org.secureaccess.keycloak.secondfactor.PhoneCredentialModel;
import org.secureaccess.keycloak.secondfactor.PhoneCredentialProviderFactory;
import org.secureaccess.keycloak.secondfactor.SecondFactorLocks;
import org.secureaccess.keycloak.shared.SessionRevocation;

/**
 * The end of a recovery request that was not cancelled: the person's second factors are removed and
 * they sign in again like a new account, with their password, then set up a new phone or app. The
 * recovery itself never signs anyone in, so no token ever claims a second factor that was not used.
 */
final class RecoveryCompletion {

    /** Every credential that serves as a second factor in Secure Access flows. */
    static final Set<String> SECOND_FACTOR_TYPES = Set.of(PhoneCredentialModel.TYPE, OTPCredentialModel.TYPE,
            WebAuthnCredentialModel.TYPE_TWOFACTOR, RecoveryAuthnCodesCredentialModel.TYPE);

    private RecoveryCompletion() {
    }

    /**
     * Everything completion does, in one place. Call only after the request was closed as completed
     * by this caller (see {@link RecoveryRequests#close}), in the same transaction.
     */
    static void complete(KeycloakSession session, RealmModel realm, UserModel user, RecoveryRequestEntity request, EventBuilder event) {
        Set<String> removed = removeSecondFactors(session, realm, user);
        clearSecondFactorLocks(session, realm, user);
        // Sessions opened with the removed factors end with them, offline ones included.
        SessionRevocation.endEverySession(session, realm, user, null);
        String route = request.getRoute().name().toLowerCase();
        LoginHistory.record(session, realm, user.getId(), HistoryKind.SECOND_FACTORS_REMOVED, route, null);
        RecoveryNotices.email(session, realm, user, request, RecoveryNotices.Email.COMPLETED);
        RecoveryEvents.step(event, user, RecoveryEvents.COMPLETED, request)
                .detail(RecoveryEvents.REMOVED_DETAIL, String.join(",", removed)).success();
    }

    /** Removes every second-factor credential; returns the types removed. The phone goes through its provider, which also frees the number. */
    private static Set<String> removeSecondFactors(KeycloakSession session, RealmModel realm, UserModel user) {
        Set<String> removed = new TreeSet<>();
        CredentialProvider<?> phones = session.getProvider(CredentialProvider.class, PhoneCredentialProviderFactory.ID);
        List<CredentialModel> credentials = user.credentialManager().getStoredCredentialsStream()
                .filter(credential -> SECOND_FACTOR_TYPES.contains(credential.getType())).toList();
        for (CredentialModel credential : credentials) {
            boolean gone = PhoneCredentialModel.TYPE.equals(credential.getType()) && phones != null
                    ? phones.deleteCredential(realm, user, credential.getId())
                    : user.credentialManager().removeStoredCredentialById(credential.getId());
            if (gone) {
                removed.add(credential.getType());
            }
        }
        return removed;
    }

    /** The lock after wrong second-factor codes (the one without end included) would otherwise greet the new phone or app. */
    private static void clearSecondFactorLocks(KeycloakSession session, RealmModel realm, UserModel user) {
        SecondFactorLocks.clearAll(session, realm, user);
    }
}
