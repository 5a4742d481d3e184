package org.secureaccess.keycloak.secondfactor;

import java.util.Map;

import org.keycloak.events.EventBuilder;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.secureaccess.keycloak.secondfactor.SecondFactorSettings.SmsCodeRules;
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
    public static void enrollVerified(KeycloakSession session, RealmModel realm, UserModel user, String e164) {
        PhoneEnrollment.enroll(session, realm, user, e164);
        user.removeRequiredAction(PhoneEnrollmentRequiredActionFactory.ID);
    }

    /** When the second factor is locked for this person (epoch millis), 0 when it is not. */
    public static long lockedUntil(KeycloakSession session, RealmModel realm, UserModel user) {
        return SecondFactorLock.lockedUntil(session, realm, user);
    }

    /** Counts a wrong texted code towards the shared lockout; refused when this one started it. */
    public static Outcome recordWrongCode(KeycloakSession session, RealmModel realm, UserModel user, EventBuilder event) {
        Outcome outcome = SecondFactorLock.recordWrongCode(session, realm, user,
                SecondFactorSettings.lockout(PhoneEnrollmentRequiredActionFactory.realmConfig(realm), PhoneEnrollmentRequiredActionFactory.ID));
        if (!outcome.allowed()) {
            SecondFactorLock.reportLocked(event, user);
        }
        return outcome;
    }

    public static void recordSuccess(KeycloakSession session, RealmModel realm, UserModel user) {
        SecondFactorLock.recordSuccess(session, realm, user);
    }

    /** The number with only its last four digits shown. */
    public static String mask(String e164) {
        return PhoneNumbers.mask(e164);
    }

    /** The number as E.164 when it is one the realm accepts for texts, else null. */
    public static String acceptableNumber(RealmModel realm, String typed) {
        PhoneNumbers.Check check = PhoneNumbers.check(typed, PhoneEnrollmentRequiredActionFactory.policy(PhoneEnrollmentRequiredActionFactory.realmConfig(realm)));
        return check.accepted() ? check.e164() : null;
    }
}
