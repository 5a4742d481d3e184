package org.secureaccess.keycloak.evidence;

import java.util.Optional;

import org.keycloak.models.RealmModel;
import org.keycloak.provider.Provider;
import org.secureaccess.keycloak.shared.address.MailingAddress;

/**
 * Checks identity-proofing evidence against records of record. Every answer is a plain yes or no (or one of
 * {@link PhoneMatch}'s three outcomes): never which field differed, never anything from the records except the
 * address a letter may go to. Implementations never log what they are asked to verify.
 *
 * <p>{@link VerifierUnavailableException} means the verifier could not answer (down, timeout, failing,
 * misconfigured): the page tells the person exactly that, and the attempt is not counted.
 */
public interface EvidenceVerifierProvider extends Provider {

    /**
     * Whether name (first, last, suffix), tax id, date of birth, filing status and address all match one person of
     * record.
     */
    IdentityMatch matchIdentity(RealmModel realm, IdentityClaim claim) throws VerifierUnavailableException;

    /**
     * Whether that person's records include this account.
     *
     * @param personReference from a {@linkplain IdentityMatch#matched() match} by this verifier
     * @param number          as typed; one that is not a possible number for {@code type} does not match
     */
    boolean matchFinancialAccount(RealmModel realm, String personReference, FinancialAccountType type, String number)
            throws VerifierUnavailableException;

    /**
     * Whether this number is a mobile on that person's records.
     *
     * @param e164 the number in E.164 form, e.g. {@code +12025550143}
     */
    PhoneMatch matchPhone(RealmModel realm, String personReference, String e164) throws VerifierUnavailableException;

    /** Where an activation letter for that person may be mailed: their address of record, never one they typed. */
    Optional<MailingAddress> addressOfRecord(RealmModel realm, String personReference) throws VerifierUnavailableException;

    @Override
    default void close() {
    }
}
