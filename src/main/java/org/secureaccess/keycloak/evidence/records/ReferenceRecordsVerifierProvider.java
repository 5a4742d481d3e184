package org.secureaccess.keycloak.evidence.records;

import java.util.List;
import java.util.Optional;

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
import org.secureaccess.keycloak.evidence.PhoneLineType;
import org.secureaccess.keycloak.evidence.PhoneMatch;
import org.secureaccess.keycloak.evidence.VerifierUnavailableException;
import org.secureaccess.keycloak.evidence.VerifierUnavailableException.Reason;
import org.secureaccess.keycloak.evidence.records.RecordHashes.IdentityHashes;
import org.secureaccess.keycloak.letters.MailingAddress;
import org.secureaccess.keycloak.shared.hashing.KeyedHashProvider;
import org.secureaccess.keycloak.shared.hashing.KeyedHashUnavailableException;

/**
 * Verifies evidence against the realm's reference records: the claimed tax id's keyed hash finds at most one person,
 * whose other hashes are then compared in constant time ({@link ReferenceMatcher}). The person reference is the
 * record's id.
 */
final class ReferenceRecordsVerifierProvider implements EvidenceVerifierProvider {

    private static final Logger LOG = Logger.getLogger(ReferenceRecordsVerifierProvider.class);

    private final KeycloakSession session;

    ReferenceRecordsVerifierProvider(KeycloakSession session) {
        this.session = session;
    }

    private interface Lookup<T> {
        T run(ReferenceRecordStore store, RecordHashes hashes) throws VerifierUnavailableException;
    }

    private <T> T lookup(RealmModel realm, String what, Lookup<T> lookup) throws VerifierUnavailableException {
        try {
            EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
            KeyedHashProvider hash = session.getProvider(KeyedHashProvider.class);
            return lookup.run(new ReferenceRecordStore(em), new RecordHashes(hash::hash, realm.getId()));
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
        return lookup(realm, "match an identity", (store, hashes) -> {
            IdentityHashes claimed = hashes.identity(claim);
            ReferencePersonEntity person = store.personByTaxIdHash(realm.getId(), claimed.taxId());
            boolean matched = ReferenceMatcher.sameIdentity(claimed, person == null ? null : ReferenceRecordStore.hashesOf(person));
            if (!matched) {
                return IdentityMatch.notMatched();
            }
            return IdentityMatch.matched(person.getId(), store.hasPhones(person.getId()), store.hasAccounts(person.getId()));
        });
    }

    @Override
    public boolean matchFinancialAccount(RealmModel realm, String personReference, FinancialAccountType type, String number)
            throws VerifierUnavailableException {
        Optional<String> normalized = type.normalizeNumber(number);
        return lookup(realm, "match an account", (store, hashes) -> {
            ReferencePersonEntity person = store.person(realm.getId(), personReference);
            if (person == null || normalized.isEmpty()) {
                return false;
            }
            List<String> recorded = store.accountHashes(person.getId(), type.name());
            return ReferenceMatcher.anyEqual(hashes.account(type, normalized.get()), recorded);
        });
    }

    @Override
    public PhoneMatch matchPhone(RealmModel realm, String personReference, String e164) throws VerifierUnavailableException {
        Optional<String> normalized = RecordPhones.e164(e164);
        return lookup(realm, "match a phone", (store, hashes) -> {
            ReferencePersonEntity person = store.person(realm.getId(), personReference);
            if (person == null || normalized.isEmpty()) {
                return PhoneMatch.NOT_ON_RECORD;
            }
            String candidate = hashes.phone(normalized.get());
            PhoneLineType found = null;
            for (ReferencePhoneEntity phone : store.phones(person.getId())) {
                if (ReferenceMatcher.equal(candidate, phone.getNumberHash()) && found == null) {
                    found = PhoneLineType.parse(phone.getLineType()).orElse(PhoneLineType.VOIP);
                }
            }
            if (found == null) {
                return PhoneMatch.NOT_ON_RECORD;
            }
            return found == PhoneLineType.MOBILE ? PhoneMatch.MATCHED : PhoneMatch.NOT_MOBILE;
        });
    }

    @Override
    public Optional<MailingAddress> addressOfRecord(RealmModel realm, String personReference) throws VerifierUnavailableException {
        return lookup(realm, "read an address of record", (store, hashes) -> {
            ReferencePersonEntity person = store.person(realm.getId(), personReference);
            if (person == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(new MailingAddress(person.getMailName(), person.getMailLine1(), person.getMailLine2(),
                        person.getMailCity(), person.getMailState(), person.getMailZip()));
            } catch (IllegalArgumentException e) {
                LOG.warnf("The address of record of reference person %s is not usable: %s", person.getId(), e.getMessage());
                return Optional.empty();
            }
        });
    }
}
