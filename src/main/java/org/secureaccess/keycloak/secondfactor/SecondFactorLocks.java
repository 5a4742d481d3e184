package org.secureaccess.keycloak.secondfactor;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.secureaccess.keycloak.shared.limits.SecurityCounters;

/**
 * What other capabilities may do with a person's second-factor locks: lift them all. For an administrator who has
 * confirmed who is asking, and for the end of the lost-second-factor recovery route, which proves the person some
 * other way; both are the only ways out of the lock that the long-window cap (100 wrong codes in a row) starts.
 */
public final class SecondFactorLocks {

    private SecondFactorLocks() {
    }

    /**
     * Lifts every second-factor lock of {@code user} and forgets what led to them: the wrong-code lock, temporary or
     * until cleared, with its run and long-window count, and the lock on texting the person more codes. Limits that
     * protect others stay (texts per phone number, answers about numbers in use); so does Keycloak's own brute-force
     * lockout of the account, which its administrators lift in Keycloak. The caller records the event.
     */
    public static void clearAll(KeycloakSession session, RealmModel realm, UserModel user) {
        SecondFactorLock.clear(session, realm, user);
        SecurityCounters.reset(session, realm, SmsChallenge.SEND_COUNTER_USER, user.getId());
    }
}
