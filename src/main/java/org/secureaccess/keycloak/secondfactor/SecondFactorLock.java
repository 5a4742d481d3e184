package org.secureaccess.keycloak.secondfactor;

import org.keycloak.common.util.Time;
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
 *
 * <p>Every code check takes its attempt first ({@link #reserve}) and then reports what it was: wrong
 * ({@link #recordWrongCode}: the threshold-th wrong one starts the lock), right ({@link #recordSuccess}:
 * the run is over) or not evaluated ({@link #release}). Parallel requests therefore queue for their
 * attempts: twenty at once get ten evaluations, not twenty. The same row counts wrong codes in a row
 * across lock periods; at the cap (100, NIST SP 800-63B) the lock lasts until {@link #clear}.
 */
final class SecondFactorLock {

    private static final String COUNTER = "second-factor-wrong-codes";
    static final String LOCKED_ERROR = "second_factor_locked";
    /** Which lock started: {@code temporary}, or {@code until_cleared} (the long-window cap: an administrator or account recovery lifts it). */
    static final String LOCK_DETAIL = "second_factor_lock";

    private SecondFactorLock() {
    }

    /**
     * When the second factor unlocks for this user (epoch millis; {@link SecurityCounters#UNTIL_CLEARED} when only an
     * administrator or account recovery unlocks it), or 0 when it is not locked.
     */
    static long lockedUntil(KeycloakSession session, RealmModel realm, UserModel user) {
        long ours = SecurityCounters.lockedUntil(session, realm, COUNTER, user.getId());
        long keycloaks = bruteForceLockedUntil(session, realm, user);
        return Math.max(ours, keycloaks);
    }

    /** Takes one attempt before a code is evaluated; refused (with when to retry) while locked or when the run is used up. */
    static Outcome reserve(KeycloakSession session, RealmModel realm, UserModel user, Lockout lockout) {
        long keycloaks = bruteForceLockedUntil(session, realm, user);
        if (keycloaks > 0) {
            return new Outcome(false, 0, keycloaks, false);
        }
        return SecurityCounters.reserveAttempt(session, realm, COUNTER, user.getId(), lockout);
    }

    /** The reserved attempt was a wrong code; refused when the lock holds now ({@link Outcome#lockStarted()}: this one started it). */
    static Outcome recordWrongCode(KeycloakSession session, RealmModel realm, UserModel user, Lockout lockout) {
        return SecurityCounters.confirmFailure(session, realm, COUNTER, user.getId(), lockout);
    }

    /** The reserved attempt was not evaluated (no code, expired, refused by another limit): it does not count. */
    static void release(KeycloakSession session, RealmModel realm, UserModel user) {
        SecurityCounters.release(session, realm, COUNTER, user.getId());
    }

    /**
     * The event that records that the lock has just started (once, not for every attempt while it holds); one error
     * for both locks, so that everything that listens for a lockout (the login history, its notices) hears both.
     */
    static void reportLocked(EventBuilder event, UserModel user, Outcome outcome) {
        event.clone().user(user).detail(LOCK_DETAIL, outcome.untilCleared() ? "until_cleared" : "temporary").error(LOCKED_ERROR);
    }

    /** A right code: the run of wrong ones, long-window count included, is over. */
    static void recordSuccess(KeycloakSession session, RealmModel realm, UserModel user) {
        SecurityCounters.reset(session, realm, COUNTER, user.getId());
    }

    /** Lifts the lock and forgets every wrong code, the long-window count included (administrators, account recovery). */
    static void clear(KeycloakSession session, RealmModel realm, UserModel user) {
        SecurityCounters.reset(session, realm, COUNTER, user.getId());
    }

    /** Wrong codes in a row across lock periods (what the long-window cap counts). */
    static int wrongCodesInARow(KeycloakSession session, RealmModel realm, UserModel user) {
        return SecurityCounters.failuresInARow(session, realm, COUNTER, user.getId());
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
        return notBefore > Time.currentTimeMillis() ? notBefore : 0;
    }
}
