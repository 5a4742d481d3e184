package org.secureaccess.keycloak.secondfactor;

import java.util.Map;
import java.util.Optional;

import org.keycloak.events.EventBuilder;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.secureaccess.keycloak.secondfactor.SecondFactorSettings.SmsCodeRules;
import org.secureaccess.keycloak.shared.limits.SecurityCounters;
import org.secureaccess.keycloak.shared.limits.SecurityCounters.Lockout;
import org.secureaccess.keycloak.shared.limits.SecurityCounters.Outcome;

/**
 * What identity proofing needs from the second factor: the same texted codes, limits and lockout,
 * and making a number proven during proofing the person's verified second-factor phone.
 */
public final class SecondFactorPhones {

    private SecondFactorPhones() {
    }

    /** The realm's rules for texted codes (the phone-enrolment required action's settings). */
    public static SmsCodeRules rules(RealmModel realm) {
        Map<String, String> config = PhoneEnrollmentRequiredActionFactory.realmConfig(realm);
        return SmsCodeRules.from(config, PhoneEnrollmentRequiredActionFactory.ID);
    }

    /** Makes {@code e164} (already proven by a code) the person's one verified phone. */
    public static void enrollVerified(KeycloakSession session, RealmModel realm, UserModel user, AuthenticationSessionModel authSession,
                                      String e164) {
        PhoneEnrollment.enroll(session, realm, user, e164);
        // Setting up a phone for codes later in this sign-in would ask for what was just proven.
        user.removeRequiredAction(PhoneEnrollmentRequiredActionFactory.ID);
        authSession.removeRequiredAction(PhoneEnrollmentRequiredActionFactory.ID);
    }

    /**
     * When the second factor is locked for this person (epoch millis; {@link #LOCKED_UNTIL_CLEARED} when only an
     * administrator or account recovery lifts it), 0 when it is not.
     */
    public static long lockedUntil(KeycloakSession session, RealmModel realm, UserModel user) {
        return SecondFactorLock.lockedUntil(session, realm, user);
    }

    /** A {@link #lockedUntil} that no time ends. */
    public static final long LOCKED_UNTIL_CLEARED = SecurityCounters.UNTIL_CLEARED;

    /** The realm's wrong-code lock for texted codes outside a sign-in flow (the phone-enrolment required action's settings). */
    public static Lockout lockout(RealmModel realm) {
        return SecondFactorSettings.lockout(PhoneEnrollmentRequiredActionFactory.realmConfig(realm), PhoneEnrollmentRequiredActionFactory.ID);
    }

    /** Reports that a wrong texted code started the second-factor lock (call when {@link Outcome#lockStarted()}). */
    public static void reportLocked(EventBuilder event, UserModel user, Outcome lock) {
        SecondFactorLock.reportLocked(event, user, lock);
    }

    /**
     * Why {@code typed} can't be this person's texted-code number: {@code invalid}, {@code country}, {@code type},
     * {@code in_use} (another account's) or {@code in_use_limit} (told "in use" too often today: nothing was looked up);
     * empty with the E.164 form when it can.
     */
    public static PhoneCheck check(KeycloakSession session, RealmModel realm, UserModel user, String typed) {
        Map<String, String> config = PhoneEnrollmentRequiredActionFactory.realmConfig(realm);
        PhoneEnrollment.Candidate candidate = PhoneEnrollment.checkForPerson(session, realm, user, typed,
                PhoneEnrollmentRequiredActionFactory.policy(config),
                SecondFactorSettings.inUseAnswers(config, PhoneEnrollmentRequiredActionFactory.ID));
        if (candidate.accepted()) {
            return new PhoneCheck(candidate.e164(), null, 0);
        }
        String refusal = switch (candidate.refusal()) {
            case INVALID -> "invalid";
            case COUNTRY_NOT_ALLOWED -> "country";
            case TYPE_NOT_ALLOWED -> "type";
            case IN_USE_BY_ANOTHER_ACCOUNT -> "in_use";
            case TOO_MANY_IN_USE_ANSWERS -> "in_use_limit";
        };
        return new PhoneCheck(null, refusal, PhoneEnrollment.hoursUntil(candidate.retryAt()));
    }

    /**
     * @param e164       the number when acceptable
     * @param refusal    why not, else null
     * @param retryHours for {@code in_use_limit}: in how many hours numbers are checked again
     */
    public record PhoneCheck(String e164, String refusal, long retryHours) {
    }

    /** The person's verified second-factor number in E.164 form, if they have one (for notices to the phone on record). */
    public static Optional<String> verifiedNumber(KeycloakSession session, UserModel user) {
        return PhoneEnrollment.current(session, user).map(PhoneCredentialModel::getPhoneNumber);
    }

    /** The number with only its last four digits shown. */
    public static String mask(String e164) {
        return PhoneNumbers.mask(e164);
    }

}
