package org.secureaccess.keycloak.secondfactor;

import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.secureaccess.keycloak.secondfactor.SecondFactorSettings.SmsCodeRules;
import org.secureaccess.keycloak.shared.OneTimeCodes;
import org.secureaccess.keycloak.shared.hashing.KeyedHashProvider;
import org.secureaccess.keycloak.shared.limits.SecurityCounters;
import org.secureaccess.keycloak.shared.limits.SecurityCounters.Outcome;
import org.secureaccess.keycloak.sms.SmsDeliveryException;
import org.secureaccess.keycloak.sms.SmsMessage;
import org.secureaccess.keycloak.sms.SmsSenderProvider;

/**
 * One texted code, bound to one sign-in: the code exists only in the text message; the
 * authentication session keeps its keyed hash, expiry and wrong-entry count. Sending is limited per
 * person and per number across sign-ins (database counters), and between two texts of one sign-in.
 */
final class SmsChallenge {

    enum Verification {
        CORRECT,
        WRONG,
        /** Wrong, and that was the last entry this code allowed: a new code is needed. */
        WRONG_AND_VOID,
        EXPIRED,
        NO_CODE
    }

    enum SendStatus {
        SENT,
        /** Too soon after the previous text of this sign-in. */
        COOLDOWN,
        /** The person or the number has used up its texts for now. */
        LIMIT_REACHED,
        /** The gateway did not take the message. */
        FAILED
    }

    record SendOutcome(SendStatus status, long retryAt, SmsDeliveryException failure) {
    }

    static final String SEND_COUNTER_USER = "sms-sends-per-user";
    static final String SEND_COUNTER_NUMBER = "sms-sends-per-number";
    private static final String CODE_HASH_PURPOSE = "sms-code";

    private final KeycloakSession session;
    private final AuthenticationSessionModel authSession;
    private final String prefix;

    private SmsChallenge(KeycloakSession session, AuthenticationSessionModel authSession, String prefix) {
        this.session = session;
        this.authSession = authSession;
        this.prefix = prefix;
    }

    /** The code of the sign-in itself. */
    static SmsChallenge forLogin(KeycloakSession session, AuthenticationSessionModel authSession) {
        return new SmsChallenge(session, authSession, "sa.sms.login.");
    }

    /** The code that proves a person receives texts at a number they are enrolling. */
    static SmsChallenge forEnrollment(KeycloakSession session, AuthenticationSessionModel authSession) {
        return new SmsChallenge(session, authSession, "sa.sms.enroll.");
    }

    /** A usable code has been sent in this sign-in (so a page refresh must not send another). */
    boolean hasUsableCode() {
        return note("hash") != null && Time.currentTimeMillis() < longNote("expiresAt");
    }

    /** When another text may be sent in this sign-in (epoch millis); 0 when nothing was sent yet. */
    long resendAvailableAt(SmsCodeRules rules) {
        long sentAt = longNote("sentAt");
        return sentAt == 0 ? 0 : sentAt + rules.resendCooldown().toMillis();
    }

    long expiresAt() {
        return longNote("expiresAt");
    }

    int wrongEntries() {
        return (int) longNote("wrong");
    }

    SendOutcome send(RealmModel realm, UserModel user, String e164, SmsCodeRules rules) {
        long now = Time.currentTimeMillis();
        long resendAt = resendAvailableAt(rules);
        if (resendAt > now) {
            return new SendOutcome(SendStatus.COOLDOWN, resendAt, null);
        }
        Outcome perUser = SecurityCounters.peek(session, realm, SEND_COUNTER_USER, user.getId(), rules.sendQuota());
        Outcome perNumber = SecurityCounters.peek(session, realm, SEND_COUNTER_NUMBER, e164, rules.sendQuota());
        if (perUser.allowed() && perNumber.allowed()) {
            perUser = SecurityCounters.consume(session, realm, SEND_COUNTER_USER, user.getId(), rules.sendQuota());
            perNumber = perUser.allowed() ? SecurityCounters.consume(session, realm, SEND_COUNTER_NUMBER, e164, rules.sendQuota()) : perNumber;
        } else {
            // Past the limit: this attempt is what starts (or extends) the lockout.
            perUser = SecurityCounters.consume(session, realm, SEND_COUNTER_USER, user.getId(), rules.sendQuota());
            perNumber = SecurityCounters.consume(session, realm, SEND_COUNTER_NUMBER, e164, rules.sendQuota());
        }
        if (!perUser.allowed() || !perNumber.allowed()) {
            return new SendOutcome(SendStatus.LIMIT_REACHED, Math.max(perUser.retryAt(), perNumber.retryAt()), null);
        }

        // A new code voids the previous one.
        clearCode();
        String code = OneTimeCodes.numeric(rules.codeLength());
        String text = SmsText.securityCode(session, realm, user, code, rules.lifetime().toMinutes());
        try {
            session.getProvider(SmsSenderProvider.class).send(new SmsMessage(e164, text, realm.getName()));
        } catch (SmsDeliveryException e) {
            return new SendOutcome(SendStatus.FAILED, 0, e);
        }
        // The resend wait starts with a text that actually left; a failed attempt may be retried at once.
        setNote("sentAt", String.valueOf(now));
        setNote("hash", hash(code));
        setNote("expiresAt", String.valueOf(now + rules.lifetime().toMillis()));
        setNote("wrong", "0");
        setNote("maxWrong", String.valueOf(rules.maxWrongPerCode()));
        return new SendOutcome(SendStatus.SENT, 0, null);
    }

    /** Checks a typed code; a wrong one counts against this code, and the last allowed wrong one voids it. */
    Verification verify(String typed) {
        String expected = note("hash");
        if (expected == null) {
            return Verification.NO_CODE;
        }
        if (Time.currentTimeMillis() >= longNote("expiresAt")) {
            clearCode();
            return Verification.EXPIRED;
        }
        if (OneTimeCodes.sameHash(expected, hash(OneTimeCodes.normalizeNumeric(typed)))) {
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

    /** Forgets the code but keeps the time of the last text (the resend wait still applies). */
    void clearCode() {
        authSession.removeAuthNote(prefix + "hash");
        authSession.removeAuthNote(prefix + "expiresAt");
        authSession.removeAuthNote(prefix + "wrong");
        authSession.removeAuthNote(prefix + "maxWrong");
    }

    private String hash(String code) {
        String binding = authSession.getParentSession().getId() + "." + authSession.getTabId() + "." + prefix;
        return session.getProvider(KeyedHashProvider.class).hash(CODE_HASH_PURPOSE, binding + "|" + code);
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
