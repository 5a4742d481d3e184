package org.secureaccess.keycloak.proofing;

import java.util.Optional;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Whether and how a person's identity was verified: by this extension (the proofing record) or by
 * an earlier process the realm accepts (a user attribute named in the required action's settings).
 */
public final class ProofingState {

    /** The level names are honest: a records match is not NIST IAL2. */
    public static final String LEVEL_RECORDS_MATCH = "records-match";
    public static final String LEVEL_EXCEPTION = "exception";
    public static final String LEVEL_PRIOR = "prior-process";

    /**
     * @param verifiedAt epoch millis; null for an earlier process whose time we do not know
     */
    public record Verification(ProofingMethod method, String level, Long verifiedAt, String givenName, String familyName) {
    }

    private ProofingState() {
    }

    public static Optional<Verification> verification(KeycloakSession session, RealmModel realm, UserModel user) {
        Optional<ProofingRecordEntity> record = ProofingRecords.find(session, realm, user)
                .filter(r -> r.getStatus() == ProofingStatus.VERIFIED);
        if (record.isPresent()) {
            ProofingRecordEntity r = record.get();
            return Optional.of(new Verification(r.getMethod(), r.getLevel(), r.getVerifiedAt(), r.getGivenName(), r.getFamilyName()));
        }
        if (ProofingSettings.of(realm).provedEarlier(user)) {
            return Optional.of(new Verification(ProofingMethod.PRIOR, LEVEL_PRIOR, null, null, null));
        }
        return Optional.empty();
    }

    public static boolean isVerified(KeycloakSession session, RealmModel realm, UserModel user) {
        return verification(session, realm, user).isPresent();
    }
}
