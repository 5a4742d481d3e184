package org.secureaccess.keycloak.proofing;

import java.util.Optional;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.secureaccess.keycloak.evidence.VerifierUnavailableException;
import org.secureaccess.keycloak.shared.address.MailingAddress;
import org.secureaccess.keycloak.shared.limits.SecurityCounters;
import org.secureaccess.keycloak.shared.limits.SecurityCounters.Outcome;

/**
 * Letters to the address of record of a person this extension verified, for identity proofing and
 * for other capabilities (a new activation code for someone who lost every second factor). Every
 * kind of letter goes through the realm's verifier to the address of record (never one typed in) and
 * counts against one quota and one minimum gap, set by the "Verify your identity" required action:
 * a person never gets more letters, or letters closer together, by asking for them for different reasons.
 */
public final class AddressOfRecordLetters {

    static final String LETTER_COUNTER = "proofing-letters";

    private AddressOfRecordLetters() {
    }

    /**
     * The verifier's reference to the person of record whose records this account was verified
     * against (by phone or by letter); empty for anyone else, including people verified by an
     * administrator's exception or an earlier process, for whom we know no address of record.
     */
    public static Optional<String> personOfRecord(KeycloakSession session, RealmModel realm, UserModel user) {
        return ProofingRecords.find(session, realm, user)
                .filter(record -> record.getStatus() == ProofingStatus.VERIFIED)
                .map(ProofingRecordEntity::getVerifiedPersonRef);
    }

    /** The address of record of a person of record, from the realm's verifier. */
    public static Optional<MailingAddress> addressOfRecord(KeycloakSession session, RealmModel realm, String personRef)
            throws VerifierUnavailableException {
        return ProofingFlow.verifier(session, ProofingSettings.of(realm)).addressOfRecord(realm, personRef);
    }

    /** When the next letter of any kind may go out (epoch millis): the gap after the last one, and the letters per period. */
    public static long nextLetterAllowedAt(KeycloakSession session, RealmModel realm, UserModel user) {
        ProofingSettings settings = ProofingSettings.of(realm);
        Long lastSent = ProofingRecords.find(session, realm, user).map(ProofingRecordEntity::getLetterSentAt).orElse(null);
        long afterGap = lastSent == null ? 0 : lastSent + settings.letterMinimumGap().toMillis();
        Outcome quota = SecurityCounters.peek(session, realm, LETTER_COUNTER, user.getId(), settings.letters());
        return Math.max(afterGap, quota.allowed() ? 0 : quota.retryAt());
    }

    /**
     * Takes one letter of the quota before a letter goes out, so parallel requests cannot all slip
     * under it; returns when the quota allows one again if none is left, else 0. Give it back with
     * {@link #release} when no letter went out.
     */
    public static long reserve(KeycloakSession session, RealmModel realm, UserModel user) {
        Outcome reserved = SecurityCounters.consume(session, realm, LETTER_COUNTER, user.getId(), ProofingSettings.of(realm).letters());
        return reserved.allowed() ? 0 : reserved.retryAt();
    }

    public static void release(KeycloakSession session, RealmModel realm, UserModel user) {
        SecurityCounters.release(session, realm, LETTER_COUNTER, user.getId());
    }

    /** Notes that a letter went out at {@code sentAt} to a verified person, so that the gap to the next one counts from it. */
    public static void recordSent(KeycloakSession session, RealmModel realm, UserModel user, long sentAt) {
        ProofingRecords.find(session, realm, user).ifPresent(record -> {
            record.setLetterSentAt(sentAt);
            ProofingRecords.touch(record);
        });
    }
}
