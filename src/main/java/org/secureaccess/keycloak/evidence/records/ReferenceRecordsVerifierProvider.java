package org.secureaccess.keycloak.evidence.records;

import java.util.Optional;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.jboss.logging.Logger;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.secureaccess.keycloak.evidence.EvidenceVerifierProvider;
import org.secureaccess.keycloak.evidence.FinancialAccountType;
import org.secureaccess.keycloak.evidence.IdentityClaim;
import org.secureaccess.keycloak.evidence.IdentityMatch;
import org.secureaccess.keycloak.evidence.PhoneMatch;
import org.secureaccess.keycloak.evidence.VerifierUnavailableException;
import org.secureaccess.keycloak.evidence.VerifierUnavailableException.Reason;
import org.secureaccess.keycloak.shared.address.MailingAddress;
import org.secureaccess.keycloak.shared.hashing.KeyedHashProvider;
import org.secureaccess.keycloak.shared.hashing.KeyedHashUnavailableException;

/**
 * Keycloak glue for {@link ReferenceVerification}: this session's entity manager and keyed hashes; no hashing secret
 * or a database failure makes the verifier unavailable.
 */
final class ReferenceRecordsVerifierProvider implements EvidenceVerifierProvider {

    private static final Logger LOG = Logger.getLogger(ReferenceRecordsVerifierProvider.class);

    private final KeycloakSession session;

    ReferenceRecordsVerifierProvider(KeycloakSession session) {
        this.session = session;
    }

    private <T> T verify(RealmModel realm, String what, Function<ReferenceVerification, T> question) throws VerifierUnavailableException {
        try {
            EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
            KeyedHashProvider hash = session.getProvider(KeyedHashProvider.class);
            return question.apply(new ReferenceVerification(new ReferenceRecordStore(em), new RecordHashes(hash::hash, realm.getId()),
                    realm.getId()));
        } catch (KeyedHashUnavailableException e) {
            LOG.warnf("Reference records cannot %s: %s", what, e.getMessage());
            throw new VerifierUnavailableException(Reason.MISCONFIGURED, "reference records: " + e.getMessage(), e);
        } catch (PersistenceException e) {
            LOG.warnf("Reference records cannot %s: %s", what, e.getClass().getSimpleName());
            throw new VerifierUnavailableException(Reason.SERVICE_ERROR, "reference records could not be read", e);
        }
    }

    @Override
    public IdentityMatch matchIdentity(RealmModel realm, IdentityClaim claim) throws VerifierUnavailableException {
        return verify(realm, "match an identity", v -> v.matchIdentity(claim));
    }

    @Override
    public boolean matchFinancialAccount(RealmModel realm, String personReference, FinancialAccountType type, String number)
            throws VerifierUnavailableException {
        return verify(realm, "match an account", v -> v.matchFinancialAccount(personReference, type, number));
    }

    @Override
    public PhoneMatch matchPhone(RealmModel realm, String personReference, String e164) throws VerifierUnavailableException {
        return verify(realm, "match a phone", v -> v.matchPhone(personReference, e164));
    }

    @Override
    public Optional<MailingAddress> addressOfRecord(RealmModel realm, String personReference) throws VerifierUnavailableException {
        return verify(realm, "read an address of record", v -> v.addressOfRecord(personReference));
    }
}
