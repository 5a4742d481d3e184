package org.secureaccess.keycloak.secondfactor;

import org.keycloak.events.EventBuilder;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserLoginFailureModel;
import org.keycloak.models.UserModel;
import org.secureaccess.keycloak.shared.limits.SecurityCounters;
import org.secureaccess.keycloak.shared.limits.SecurityCounters.Lockout;
import org.secureaccess.keycloak.shared.limits.SecurityCounters.Outcome;

/**
 * The lock after too many wrong codes in a row, shared by every second-factor method and kept in
 * the database, so that neither a new code, a new sign-in nor another cluster node resets it. The
 * time it lifts also takes Keycloak's own brute-force lockout into account.
 */
final class SecondFactorLock {

    private static final String COUNTER = "second-factor-wrong-codes";
    static final String LOCKED_ERROR = "second_factor_locked";

    private SecondFactorLock() {
    }

    /** When the second factor unlocks for this user (epoch millis), or 0 when it is not locked. */
    static long lockedUntil(KeycloakSession session, RealmModel realm, UserModel user) {
        long ours = SecurityCounters.lockedUntil(session, realm, COUNTER, user.getId());
        long keycloaks = bruteForceLockedUntil(session, realm, user);
        return Math.max(ours, keycloaks);
    }

    /** Counts a wrong code; the result is refused when this failure started the lock. */
    static Outcome recordWrongCode(KeycloakSession session, RealmModel realm, UserModel user, Lockout lockout) {
        return SecurityCounters.recordFailure(session, realm, COUNTER, user.getId(), lockout);
    }

    /** The event that records that the lock has just started (once, not for every attempt while it holds). */
    static void reportLocked(EventBuilder event, UserModel user) {
        event.clone().user(user).error(LOCKED_ERROR);
    }

    static void recordSuccess(KeycloakSession session, RealmModel realm, UserModel user) {
        SecurityCounters.reset(session, realm, COUNTER, user.getId());
    }

    private static long bruteForceLockedUntil(KeycloakSession session, RealmModel realm, UserModel user) {
        if (!realm.isBruteForceProtected()) {
            return 0;
        }
        UserLoginFailureModel failures = session.loginFailures().getUserLoginFailure(realm, user.getId());
        if (failures == null) {
            return 0;
        }
        long notBefore = failures.getFailedLoginNotBefore() * 1000L;
        return notBefore > org.keycloak.common.util.Time.currentTimeMillis() ? notBefore : 0;
    }
}
