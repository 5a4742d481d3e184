package org.secureaccess.keycloak.secondfactor;

import java.util.List;
import java.util.Optional;

import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.secureaccess.keycloak.secondfactor.PhoneNumbers.Check;
import org.secureaccess.keycloak.secondfactor.PhoneNumbers.Policy;
import org.secureaccess.keycloak.shared.limits.SecurityCounters;
import org.secureaccess.keycloak.shared.limits.SecurityCounters.Outcome;
import org.secureaccess.keycloak.shared.limits.SecurityCounters.Quota;

/** Checks a number for enrolment and makes it a person's one verified second-factor phone. */
final class PhoneEnrollment {

    enum Refusal {
        INVALID, COUNTRY_NOT_ALLOWED, TYPE_NOT_ALLOWED, IN_USE_BY_ANOTHER_ACCOUNT,
        /** The person has been told "in use" as often as the quota allows: no number is looked up for now. */
        TOO_MANY_IN_USE_ANSWERS
    }

    /** @param retryAt for {@link Refusal#TOO_MANY_IN_USE_ANSWERS}: when numbers are looked up again (epoch millis) */
    record Candidate(String e164, Refusal refusal, long retryAt) {

        Candidate(String e164, Refusal refusal) {
            this(e164, refusal, 0);
        }

        boolean accepted() {
            return refusal == null;
        }
    }

    /** Counts, per person, the answers "this number is used by another account". */
    static final String IN_USE_ANSWER_COUNTER = "phone-in-use-answers";

    private PhoneEnrollment() {
    }

    static Candidate check(KeycloakSession session, RealmModel realm, UserModel user, String typed, Policy policy) {
        Check check = PhoneNumbers.check(typed, policy);
        if (!check.accepted()) {
            return new Candidate(check.e164(), Refusal.valueOf(check.problem().name()));
        }
        Optional<UserModel> owner = PhoneDirectory.ownerOf(session, realm, check.e164());
        if (owner.isPresent() && !owner.get().getId().equals(user.getId())) {
            return new Candidate(check.e164(), Refusal.IN_USE_BY_ANOTHER_ACCOUNT);
        }
        return new Candidate(check.e164(), null);
    }

    /**
     * {@link #check} for a person choosing their own number (enrolment, identity proofing). "Used by another account"
     * tells them something about someone else, so it is rationed: each such answer takes a unit of
     * {@code inUseAnswers} first (atomically, so parallel requests get no more answers than the quota), and an answer
     * that finds no unit left is the same as for a person past the quota. Once the quota is used up no number is
     * looked up at all, so that free and taken numbers get the same answer.
     */
    static Candidate checkForPerson(KeycloakSession session, RealmModel realm, UserModel user, String typed, Policy policy, Quota inUseAnswers) {
        Check check = PhoneNumbers.check(typed, policy);
        if (!check.accepted()) {
            return new Candidate(check.e164(), Refusal.valueOf(check.problem().name()));
        }
        Outcome left = SecurityCounters.peek(session, realm, IN_USE_ANSWER_COUNTER, user.getId(), inUseAnswers);
        if (!left.allowed()) {
            return new Candidate(null, Refusal.TOO_MANY_IN_USE_ANSWERS, left.retryAt());
        }
        Candidate candidate = check(session, realm, user, typed, policy);
        if (candidate.refusal() == Refusal.IN_USE_BY_ANOTHER_ACCOUNT) {
            Outcome answer = SecurityCounters.consume(session, realm, IN_USE_ANSWER_COUNTER, user.getId(), inUseAnswers);
            if (!answer.allowed()) {
                return new Candidate(null, Refusal.TOO_MANY_IN_USE_ANSWERS, answer.retryAt());
            }
        }
        return candidate;
    }

    /** Whole hours from now until {@code epochMillis}, at least 1. */
    static long hoursUntil(long epochMillis) {
        return Math.max(1, (epochMillis - Time.currentTimeMillis() + 3_599_999) / 3_600_000);
    }

    /** The person's current verified number, if any. */
    static Optional<PhoneCredentialModel> current(KeycloakSession session, UserModel user) {
        return provider(session).phoneOf(user);
    }

    /** Replaces whatever number the person had with {@code e164} (already checked and verified). */
    static PhoneCredentialModel enroll(KeycloakSession session, RealmModel realm, UserModel user, String e164) {
        PhoneCredentialProvider provider = provider(session);
        List<CredentialModel> previous = user.credentialManager().getStoredCredentialsByTypeStream(PhoneCredentialModel.TYPE).toList();
        for (CredentialModel old : previous) {
            user.credentialManager().removeStoredCredentialById(old.getId());
        }
        CredentialModel created = provider.createCredential(realm, user, PhoneCredentialModel.create(e164));
        PhoneDirectory.record(session, user, e164);
        return PhoneCredentialModel.from(created);
    }

    /** Removes the person's number; true when there was one. */
    static boolean remove(KeycloakSession session, RealmModel realm, UserModel user) {
        List<CredentialModel> phones = user.credentialManager().getStoredCredentialsByTypeStream(PhoneCredentialModel.TYPE).toList();
        for (CredentialModel phone : phones) {
            user.credentialManager().removeStoredCredentialById(phone.getId());
        }
        PhoneDirectory.forget(session, realm, user);
        return !phones.isEmpty();
    }

    static PhoneCredentialProvider provider(KeycloakSession session) {
        return (PhoneCredentialProvider) session.getProvider(CredentialProvider.class, PhoneCredentialProviderFactory.ID);
    }
}
