package org.secureaccess.keycloak.secondfactor;

import java.util.List;
import java.util.Optional;

import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.secureaccess.keycloak.secondfactor.PhoneNumbers.Check;
import org.secureaccess.keycloak.secondfactor.PhoneNumbers.Policy;

/** Checks a number for enrolment and makes it a person's one verified second-factor phone. */
final class PhoneEnrollment {

    enum Refusal {
        INVALID, COUNTRY_NOT_ALLOWED, TYPE_NOT_ALLOWED, IN_USE_BY_ANOTHER_ACCOUNT
    }

    record Candidate(String e164, Refusal refusal) {

        boolean accepted() {
            return refusal == null;
        }
    }

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
