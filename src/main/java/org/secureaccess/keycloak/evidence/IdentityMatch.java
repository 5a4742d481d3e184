package org.secureaccess.keycloak.evidence;

import java.util.Objects;

/**
 * The answer to an identity claim: matched, with an opaque reference to the person of record for the next steps
 * (account, phone, letter), or not matched. A non-match never says which field differed.
 *
 * @param matched            whether one person of record matches every field
 * @param personReference    opaque, only meaningful to the verifier that issued it; null when not matched
 * @param hasPhoneOnRecord   whether that person's records include any phone number
 * @param hasAccountOnRecord whether that person's records include any financial account
 */
public record IdentityMatch(boolean matched, String personReference, boolean hasPhoneOnRecord, boolean hasAccountOnRecord) {

    private static final IdentityMatch NOT_MATCHED = new IdentityMatch(false, null, false, false);

    public IdentityMatch {
        if (matched) {
            Objects.requireNonNull(personReference, "personReference");
        } else if (personReference != null || hasPhoneOnRecord || hasAccountOnRecord) {
            throw new IllegalArgumentException("a non-match carries nothing about a person");
        }
    }

    public static IdentityMatch matched(String personReference, boolean hasPhoneOnRecord, boolean hasAccountOnRecord) {
        return new IdentityMatch(true, personReference, hasPhoneOnRecord, hasAccountOnRecord);
    }

    public static IdentityMatch notMatched() {
        return NOT_MATCHED;
    }
}
