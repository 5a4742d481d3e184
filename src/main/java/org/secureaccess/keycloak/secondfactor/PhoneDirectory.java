package org.secureaccess.keycloak.secondfactor;

import java.util.Optional;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.secureaccess.keycloak.shared.hashing.KeyedHashProvider;

/**
 * Finds who, if anyone, already receives codes at a number, without storing numbers in a searchable
 * form: each user with a verified phone carries a keyed hash of it in an internal attribute (not
 * part of the user profile, so neither the person nor the profile form sees it).
 */
final class PhoneDirectory {

    static final String LOOKUP_ATTRIBUTE = "secure-access.phone-lookup";
    private static final String HASH_PURPOSE = "phone-lookup";

    private PhoneDirectory() {
    }

    /**
     * The person whose verified phone this is. A lookup entry whose credential is gone (e.g. removed
     * in the admin console, which bypasses our provider) no longer counts.
     */
    static Optional<UserModel> ownerOf(KeycloakSession session, RealmModel realm, String e164) {
        String hash = session.getProvider(KeyedHashProvider.class).hash(HASH_PURPOSE, e164);
        return session.users().searchForUserByUserAttributeStream(realm, LOOKUP_ATTRIBUTE, hash)
                .filter(user -> user.credentialManager().getStoredCredentialsByTypeStream(PhoneCredentialModel.TYPE)
                        .map(PhoneCredentialModel::from)
                        .anyMatch(phone -> e164.equals(phone.getPhoneNumber())))
                .findFirst();
    }

    static void record(KeycloakSession session, UserModel user, String e164) {
        user.setSingleAttribute(LOOKUP_ATTRIBUTE, session.getProvider(KeyedHashProvider.class).hash(HASH_PURPOSE, e164));
    }

    static void forget(KeycloakSession session, RealmModel realm, UserModel user) {
        user.removeAttribute(LOOKUP_ATTRIBUTE);
    }
}
