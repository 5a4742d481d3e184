package org.secureaccess.keycloak.evidence;

import java.util.Optional;

import org.keycloak.models.RealmModel;
import org.secureaccess.keycloak.shared.address.MailingAddress;
import org.secureaccess.keycloak.shared.metrics.Meters;

/**
 * A verifier whose every call is counted and timed per provider, call and outcome ({@value Meters#VERIFIER_CALL}): a
 * verifier that slows down or stops answering shows on the dashboard before people call the help desk. The outcome says
 * whether the verifier answered, never what it answered (the proofing funnel counts matches). The session that made the
 * wrapped verifier closes it.
 */
public final class MeteredVerifier implements EvidenceVerifierProvider {

    private interface Call<T> {
        T run() throws VerifierUnavailableException;
    }

    private final EvidenceVerifierProvider verifier;
    private final String providerId;

    public MeteredVerifier(EvidenceVerifierProvider verifier, String providerId) {
        this.verifier = verifier;
        this.providerId = providerId;
    }

    @Override
    public IdentityMatch matchIdentity(RealmModel realm, IdentityClaim claim) throws VerifierUnavailableException {
        return timed("identity", () -> verifier.matchIdentity(realm, claim));
    }

    @Override
    public boolean matchFinancialAccount(RealmModel realm, String personReference, FinancialAccountType type, String number)
            throws VerifierUnavailableException {
        return timed("financial_account", () -> verifier.matchFinancialAccount(realm, personReference, type, number));
    }

    @Override
    public PhoneMatch matchPhone(RealmModel realm, String personReference, String e164) throws VerifierUnavailableException {
        return timed("phone", () -> verifier.matchPhone(realm, personReference, e164));
    }

    @Override
    public Optional<MailingAddress> addressOfRecord(RealmModel realm, String personReference) throws VerifierUnavailableException {
        return timed("address_of_record", () -> verifier.addressOfRecord(realm, personReference));
    }

    private <T> T timed(String call, Call<T> body) throws VerifierUnavailableException {
        String outcome = "error";
        long start = System.nanoTime();
        try {
            T answer = body.run();
            outcome = Meters.SUCCESS_ANSWERED;
            return answer;
        } catch (VerifierUnavailableException e) {
            outcome = e.eventValue();
            throw e;
        } finally {
            Meters.time(Meters.VERIFIER_CALL, start, "provider", providerId, "call", call, "outcome", outcome);
        }
    }
}
