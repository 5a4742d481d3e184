package org.secureaccess.keycloak.secondfactor;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.secureaccess.keycloak.secondfactor.SecondFactorSettings.SmsCodeRules;
import org.secureaccess.keycloak.shared.AuthSessionCode;
import org.secureaccess.keycloak.shared.AuthSessionCode.Verification;
import org.secureaccess.keycloak.shared.OneTimeCodes;
import org.secureaccess.keycloak.shared.limits.SecurityCounters;
import org.secureaccess.keycloak.shared.limits.SecurityCounters.Lockout;
import org.secureaccess.keycloak.shared.limits.SecurityCounters.Outcome;
import org.secureaccess.keycloak.sms.SmsDelivery;
import org.secureaccess.keycloak.sms.SmsDeliveryException;
import org.secureaccess.keycloak.sms.SmsMessage;

/**
 * One texted code, bound to one sign-in and to the number it was texted to: the code exists only in
 * the text message; the authentication session keeps its keyed hash (of the number and the code) and
 * expiry, the database its wrong-entry count. Sending is limited per person and per number across
 * sign-ins, and between two texts of one sign-in (database counters, taken before the text goes out).
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

    /**
     * Texts a new code to {@code e164}, voiding the previous one. Each limit takes its unit before the text goes out,
     * so parallel requests can not all slip under it: the wait between texts of this sign-in, then the texts per
     * person and per number (a refusal of the second gives the first back).
     */
    public SendOutcome send(RealmModel realm, UserModel user, String e164, SmsCodeRules rules) {
        Outcome wait = code.reserveSend(rules.resendCooldown());
        if (!wait.allowed()) {
            return new SendOutcome(SendStatus.COOLDOWN, Math.max(wait.retryAt(), resendAvailableAt(rules)), null);
        }
        // Past the limit, the refused attempt is what starts (or extends) the lockout.
        Outcome perUser = SecurityCounters.consume(session, realm, SEND_COUNTER_USER, user.getId(), rules.sendQuota());
        if (!perUser.allowed()) {
            return new SendOutcome(SendStatus.LIMIT_REACHED, perUser.retryAt(), null);
        }
        Outcome perNumber = SecurityCounters.consume(session, realm, SEND_COUNTER_NUMBER, e164, rules.sendQuota());
        if (!perNumber.allowed()) {
            SecurityCounters.release(session, realm, SEND_COUNTER_USER, user.getId());
            return new SendOutcome(SendStatus.LIMIT_REACHED, perNumber.retryAt(), null);
        }

        // A new code voids the previous one.
        code.clearCode();
        String fresh = OneTimeCodes.numeric(rules.codeLength());
        String text = SmsText.securityCode(session, realm, user, fresh, rules.lifetime().toMinutes());
        try {
            SmsDelivery.send(session, new SmsMessage(e164, text, realm.getName()), SmsDelivery.Purpose.SECURITY_CODE);
        } catch (SmsDeliveryException e) {
            // The resend wait starts with a text that actually left; a failed attempt may be retried at once.
            code.cancelSend();
            return new SendOutcome(SendStatus.FAILED, 0, e);
        }
        code.issue(fresh, e164, rules.lifetime(), rules.maxWrongPerCode());
        return new SendOutcome(SendStatus.SENT, 0, null);
    }

    /**
     * The result of checking a typed code inside the person's run of wrong codes.
     *
     * @param verification what the code was; null when it was not compared because the second factor is locked
     * @param entriesLeft  entries the code still allows (after a wrong one)
     * @param lock         the second-factor lock after this check: refused when it holds (and then
     *                     {@link Outcome#lockStarted()} says whether this very code started it); null when no code was compared
     */
    public record Check(Verification verification, int entriesLeft, Outcome lock) {

        public boolean locked() {
            return lock != null && !lock.allowed();
        }
    }

    /**
     * Checks a typed code for the number it was texted to. The order holds under parallel requests: one of the
     * code's entries is taken first (a void code is refused unchecked), then an attempt of the person's run of wrong
     * codes (refused while locked), and only then is the code compared; an attempt that compared nothing is given back.
     */
    public Check verify(RealmModel realm, UserModel user, String typed, String e164, Lockout lockout) {
        AuthSessionCode.Entry entry = code.enter();
        if (entry.refusal() != null) {
            return new Check(entry.refusal(), 0, null);
        }
        Outcome attempt = SecondFactorLock.reserve(session, realm, user, lockout);
        if (!attempt.allowed()) {
            entry.giveBack();
            return new Check(null, 0, attempt);
        }
        Verification verification = entry.check(OneTimeCodes.normalizeNumeric(typed), e164);
        Outcome lock = switch (verification) {
            case CORRECT -> {
                SecondFactorLock.recordSuccess(session, realm, user);
                yield attempt;
            }
            case WRONG, WRONG_AND_VOID -> SecondFactorLock.recordWrongCode(session, realm, user, lockout);
            case EXPIRED, NO_CODE -> {
                SecondFactorLock.release(session, realm, user);
                yield attempt;
            }
        };
        if (!lock.allowed()) {
            code.clearCode();
        }
        return new Check(verification, entry.entriesLeft(), lock);
    }

    /** Forgets the code but keeps the time of the last text (the resend wait still applies). */
    public void clearCode() {
        code.clearCode();
    }
}
