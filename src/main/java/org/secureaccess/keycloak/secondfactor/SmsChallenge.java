package org.secureaccess.keycloak.secondfactor;

import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.secureaccess.keycloak.secondfactor.SecondFactorSettings.SmsCodeRules;
import org.secureaccess.keycloak.shared.AuthSessionCode;
import org.secureaccess.keycloak.shared.AuthSessionCode.Verification;
import org.secureaccess.keycloak.shared.OneTimeCodes;
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
public final class SmsChallenge {

    public enum SendStatus {
        SENT,
        /** Too soon after the previous text of this sign-in. */
        COOLDOWN,
        /** The person or the number has used up its texts for now. */
        LIMIT_REACHED,
        /** The gateway did not take the message. */
        FAILED
    }

    public record SendOutcome(SendStatus status, long retryAt, SmsDeliveryException failure) {
    }

    static final String SEND_COUNTER_USER = "sms-sends-per-user";
    static final String SEND_COUNTER_NUMBER = "sms-sends-per-number";
    private static final String CODE_HASH_PURPOSE = "sms-code";

    private final KeycloakSession session;
    private final AuthSessionCode code;

    private SmsChallenge(KeycloakSession session, AuthenticationSessionModel authSession, String prefix) {
        this.session = session;
        this.code = new AuthSessionCode(session, authSession, prefix, CODE_HASH_PURPOSE);
    }

    /** The code of the sign-in itself. */
    static SmsChallenge forLogin(KeycloakSession session, AuthenticationSessionModel authSession) {
        return new SmsChallenge(session, authSession, "sa.sms.login.");
    }

    /** The code that proves a person receives texts at a number they are enrolling. */
    static SmsChallenge forEnrollment(KeycloakSession session, AuthenticationSessionModel authSession) {
        return new SmsChallenge(session, authSession, "sa.sms.enroll.");
    }

    /** The activation code of identity proofing's phone step. */
    public static SmsChallenge forProofing(KeycloakSession session, AuthenticationSessionModel authSession) {
        return new SmsChallenge(session, authSession, "sa.sms.proofing.");
    }

    /** A usable code has been sent in this sign-in (so a page refresh must not send another). */
    public boolean hasUsableCode() {
        return code.hasUsableCode();
    }

    /** When another text may be sent in this sign-in (epoch millis); 0 when nothing was sent yet. */
    public long resendAvailableAt(SmsCodeRules rules) {
        long sentAt = code.sentAt();
        return sentAt == 0 ? 0 : sentAt + rules.resendCooldown().toMillis();
    }

    long expiresAt() {
        return code.expiresAt();
    }

    public int wrongEntries() {
        return code.wrongEntries();
    }

    public SendOutcome send(RealmModel realm, UserModel user, String e164, SmsCodeRules rules) {
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
        code.clearCode();
        String fresh = OneTimeCodes.numeric(rules.codeLength());
        String text = SmsText.securityCode(session, realm, user, fresh, rules.lifetime().toMinutes());
        try {
            session.getProvider(SmsSenderProvider.class).send(new SmsMessage(e164, text, realm.getName()));
        } catch (SmsDeliveryException e) {
            return new SendOutcome(SendStatus.FAILED, 0, e);
        }
        // The resend wait starts with a text that actually left; a failed attempt may be retried at once.
        code.issue(fresh, rules.lifetime(), rules.maxWrongPerCode());
        return new SendOutcome(SendStatus.SENT, 0, null);
    }

    /** Checks a typed code; a wrong one counts against this code, and the last allowed wrong one voids it. */
    public Verification verify(String typed) {
        return code.verify(OneTimeCodes.normalizeNumeric(typed));
    }

    /** Forgets the code but keeps the time of the last text (the resend wait still applies). */
    public void clearCode() {
        code.clearCode();
    }
}
