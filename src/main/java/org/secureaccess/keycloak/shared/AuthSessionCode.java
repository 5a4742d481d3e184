package org.secureaccess.keycloak.shared;

import java.time.Duration;
import java.util.UUID;

import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.secureaccess.keycloak.shared.hashing.KeyedHashProvider;
import org.secureaccess.keycloak.shared.limits.SecurityCounters;
import org.secureaccess.keycloak.shared.limits.SecurityCounters.Outcome;
import org.secureaccess.keycloak.shared.limits.SecurityCounters.Quota;

/**
 * A one-time code bound to one sign-in and to what it was sent to (a phone number, an email address): the
 * authentication session keeps only its keyed hash, its expiry, how many wrong entries it allows and when it was
 * sent. The code itself exists only in the message that carried it. Shared by every code we send (text, email).
 *
 * <p>Authentication-session notes are last-write-wins under parallel requests, so nothing that limits guessing lives
 * only there: each entry takes a unit of the code's wrong-entry quota in the database before the code is compared
 * ({@link #enter()}), the wait between two sends is taken the same way ({@link #reserveSend}), and a right code is
 * used once through Keycloak's single-use store, whichever of two parallel requests gets there first.
 */
public final class AuthSessionCode {

    public enum Verification {
        CORRECT,
        WRONG,
        /** Wrong, and that was the last entry this code allowed: a new code is needed. */
        WRONG_AND_VOID,
        EXPIRED,
        /** No code to compare: none was sent, a new code or a change of number voided it, or it has no entries left. */
        NO_CODE
    }

    /** Wrong entries per issued code, keyed by the code's random issue id (only its keyed hash reaches the table). */
    static final String WRONG_ENTRY_COUNTER = "one-time-code-entries";
    /** The wait between two codes of one sign-in. */
    static final String SEND_WAIT_COUNTER = "one-time-code-send-wait";
    private static final String USE_PURPOSE = "one-time-code-use";

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

    /**
     * Stores a freshly sent code (replacing any previous one, whose entries then no longer count for anything).
     *
     * @param boundTo what the code was sent to: the code proves that and nothing else
     */
    public void issue(String code, String boundTo, Duration lifetime, int maxWrongEntries) {
        long now = Time.currentTimeMillis();
        setNote("issue", UUID.randomUUID().toString());
        setNote("hash", hash(code, boundTo));
        setNote("expiresAt", String.valueOf(now + lifetime.toMillis()));
        setNote("maxWrong", String.valueOf(maxWrongEntries));
        setNote("sentAt", String.valueOf(now));
    }

    /**
     * Takes the wait between two codes of this sign-in before a code goes out, so that parallel "send again"
     * requests send one text, not one each. Refused (with when the next may go) within the wait.
     */
    public Outcome reserveSend(Duration wait) {
        return SecurityCounters.consume(session, realm(), SEND_WAIT_COUNTER, binding(), new Quota(1, wait, Duration.ZERO));
    }

    /** The code reserved with {@link #reserveSend} did not leave: the person may try again at once. */
    public void cancelSend() {
        SecurityCounters.reset(session, realm(), SEND_WAIT_COUNTER, binding());
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

    /**
     * The first half of checking a typed code: takes one of the code's entries before anything is compared. Refused
     * ({@link Entry#refusal()}) when there is no code, it has expired, or its entries are used up (then it is void).
     */
    public Entry enter() {
        String issue = note("issue");
        String expected = note("hash");
        if (issue == null || expected == null) {
            return new Entry(Verification.NO_CODE, null, null, 0, 0);
        }
        long now = Time.currentTimeMillis();
        long expiresAt = longNote("expiresAt");
        if (now >= expiresAt) {
            clearCode();
            return new Entry(Verification.EXPIRED, null, null, 0, 0);
        }
        int maxWrong = (int) Math.max(1, longNote("maxWrong"));
        // The window covers the code's whole life: its entries can not come back before it has expired.
        Duration lifetime = Duration.ofMillis(Math.max(1, expiresAt - longNote("sentAt")));
        Outcome entry = SecurityCounters.consume(session, realm(), WRONG_ENTRY_COUNTER, issue, new Quota(maxWrong, lifetime, Duration.ZERO));
        if (!entry.allowed()) {
            clearCode();
            return new Entry(Verification.NO_CODE, null, null, entry.hits(), maxWrong);
        }
        return new Entry(null, issue, expected, entry.hits(), maxWrong);
    }

    /** Checks a typed code (already normalised) in one go, for callers without a limit of their own around it. */
    public Verification verify(String typed, String boundTo) {
        Entry entry = enter();
        return entry.refusal() != null ? entry.refusal() : entry.check(typed, boundTo);
    }

    /** Forgets the code but keeps when it was sent (the resend wait still applies). */
    public void clearCode() {
        authSession.removeAuthNote(prefix + "issue");
        authSession.removeAuthNote(prefix + "hash");
        authSession.removeAuthNote(prefix + "expiresAt");
        authSession.removeAuthNote(prefix + "maxWrong");
    }

    /** One entry of a code, taken by {@link #enter()}: compare it once, or give it back unchecked. */
    public final class Entry {

        private final Verification refusal;
        private final String issue;
        private final String expected;
        private final int number;
        private final int maxWrong;

        private Entry(Verification refusal, String issue, String expected, int number, int maxWrong) {
            this.refusal = refusal;
            this.issue = issue;
            this.expected = expected;
            this.number = number;
            this.maxWrong = maxWrong;
        }

        /** Why nothing may be compared ({@link Verification#NO_CODE} or {@link Verification#EXPIRED}), or null. */
        public Verification refusal() {
            return refusal;
        }

        /** Entries counted against this code, this one included. */
        public int wrongEntries() {
            return number;
        }

        /** Entries this code still allows after this one, if this one is wrong. */
        public int entriesLeft() {
            return Math.max(0, maxWrong - number);
        }

        /** Compares the typed code (already normalised) with the one sent to {@code boundTo}. */
        public Verification check(String typed, String boundTo) {
            if (refusal != null) {
                return refusal;
            }
            if (OneTimeCodes.sameHash(expected, hash(typed == null ? "" : typed, boundTo))) {
                long lifespan = Math.max(1, (longNote("expiresAt") - Time.currentTimeMillis() + 999) / 1000);
                if (!session.singleUseObjects().putIfAbsent(useKey(issue), lifespan)) {
                    // A parallel request used this very code a moment ago.
                    return Verification.NO_CODE;
                }
                clearCode();
                return Verification.CORRECT;
            }
            if (number >= maxWrong) {
                clearCode();
                return Verification.WRONG_AND_VOID;
            }
            return Verification.WRONG;
        }

        /** The entry was not compared (a limit around it refused): it does not count against the code. */
        public void giveBack() {
            if (refusal == null) {
                SecurityCounters.release(session, realm(), WRONG_ENTRY_COUNTER, issue);
            }
        }
    }

    private String useKey(String issue) {
        return "sa-code-used." + session.getProvider(KeyedHashProvider.class).hash(USE_PURPOSE, issue);
    }

    private String hash(String code, String boundTo) {
        return session.getProvider(KeyedHashProvider.class).hash(hashPurpose, binding() + "|" + (boundTo == null ? "" : boundTo) + "|" + code);
    }

    /** This sign-in (browser session, tab) and this kind of code. */
    private String binding() {
        return authSession.getParentSession().getId() + "." + authSession.getTabId() + "." + prefix;
    }

    private RealmModel realm() {
        return authSession.getRealm();
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
