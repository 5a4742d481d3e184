package org.secureaccess.keycloak.shared;

import java.time.Duration;

import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.secureaccess.keycloak.shared.hashing.KeyedHashProvider;

/**
 * A one-time code bound to one sign-in: the authentication session keeps only its keyed hash, its
 * expiry, how many wrong entries it allows and how many it got, and when it was sent. The code
 * itself exists only in the message that carried it. Shared by every code we send (text, email).
 */
public final class AuthSessionCode {

    public enum Verification {
        CORRECT,
        WRONG,
        /** Wrong, and that was the last entry this code allowed: a new code is needed. */
        WRONG_AND_VOID,
        EXPIRED,
        NO_CODE
    }

    private final KeycloakSession session;
    private final AuthenticationSessionModel authSession;
    private final String prefix;
    private final String hashPurpose;

    /**
     * @param prefix      auth-note prefix that keeps codes for different purposes apart
     * @param hashPurpose keyed-hash domain for this kind of code
     */
    public AuthSessionCode(KeycloakSession session, AuthenticationSessionModel authSession, String prefix, String hashPurpose) {
        this.session = session;
        this.authSession = authSession;
        this.prefix = prefix;
        this.hashPurpose = hashPurpose;
    }

    /** Stores a freshly sent code (replacing any previous one) and starts its resend wait. */
    public void issue(String code, Duration lifetime, int maxWrongEntries) {
        long now = Time.currentTimeMillis();
        setNote("hash", hash(code));
        setNote("expiresAt", String.valueOf(now + lifetime.toMillis()));
        setNote("wrong", "0");
        setNote("maxWrong", String.valueOf(maxWrongEntries));
        setNote("sentAt", String.valueOf(now));
    }

    /** A code was sent in this sign-in and can still be used. */
    public boolean hasUsableCode() {
        return note("hash") != null && Time.currentTimeMillis() < longNote("expiresAt");
    }

    /** When the last code was sent (epoch millis), 0 when none was. */
    public long sentAt() {
        return longNote("sentAt");
    }

    public long expiresAt() {
        return longNote("expiresAt");
    }

    public int wrongEntries() {
        return (int) longNote("wrong");
    }

    /** Checks a typed code (already normalised); a wrong one counts, and the last allowed wrong one voids the code. */
    public Verification verify(String typed) {
        String expected = note("hash");
        if (expected == null) {
            return Verification.NO_CODE;
        }
        if (Time.currentTimeMillis() >= longNote("expiresAt")) {
            clearCode();
            return Verification.EXPIRED;
        }
        if (OneTimeCodes.sameHash(expected, hash(typed == null ? "" : typed))) {
            clearCode();
            return Verification.CORRECT;
        }
        int wrong = wrongEntries() + 1;
        setNote("wrong", String.valueOf(wrong));
        if (wrong >= longNote("maxWrong")) {
            clearCode();
            return Verification.WRONG_AND_VOID;
        }
        return Verification.WRONG;
    }

    /** Forgets the code but keeps when it was sent (the resend wait still applies). */
    public void clearCode() {
        authSession.removeAuthNote(prefix + "hash");
        authSession.removeAuthNote(prefix + "expiresAt");
        authSession.removeAuthNote(prefix + "wrong");
        authSession.removeAuthNote(prefix + "maxWrong");
    }

    private String hash(String code) {
        String binding = authSession.getParentSession().getId() + "." + authSession.getTabId() + "." + prefix;
        return session.getProvider(KeyedHashProvider.class).hash(hashPurpose, binding + "|" + code);
    }

    private String note(String name) {
        return authSession.getAuthNote(prefix + name);
    }

    private long longNote(String name) {
        String value = note(name);
        try {
            return value == null ? 0 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void setNote(String name, String value) {
        authSession.setAuthNote(prefix + name, value);
    }
}
