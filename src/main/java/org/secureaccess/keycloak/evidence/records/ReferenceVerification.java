package org.secureaccess.keycloak.evidence.records;

import java.util.List;
import java.util.Optional;

import org.jboss.logging.Logger;
import org.secureaccess.keycloak.evidence.FinancialAccountType;
import org.secureaccess.keycloak.evidence.IdentityClaim;
import org.secureaccess.keycloak.evidence.IdentityMatch;
import org.secureaccess.keycloak.evidence.PhoneLineType;
import org.secureaccess.keycloak.evidence.PhoneMatch;
import org.secureaccess.keycloak.evidence.records.RecordHashes.IdentityHashes;
import org.secureaccess.keycloak.shared.address.MailingAddress;

/**
 * The answers of the {@code reference-records} verifier for one realm: the claimed tax id's keyed hash finds at most
 * one person, whose other hashes are then compared in constant time ({@link ReferenceMatcher}). The person reference
 * is the record's id; one from another realm, or of a person removed since, finds nobody.
 */
final class ReferenceVerification {

    private static final Logger LOG = Logger.getLogger(ReferenceVerification.class);

    private final ReferenceRecordStore store;
    private final RecordHashes hashes;
    private final String realmId;

    ReferenceVerification(ReferenceRecordStore store, RecordHashes hashes, String realmId) {
        this.store = store;
        this.hashes = hashes;
        this.realmId = realmId;
    }

    IdentityMatch matchIdentity(IdentityClaim claim) {
        IdentityHashes claimed = hashes.identity(claim);
        ReferencePersonEntity person = store.personByTaxIdHash(realmId, claimed.taxId());
        boolean matched = ReferenceMatcher.sameIdentity(claimed, person == null ? null : ReferenceRecordStore.hashesOf(person));
        if (!matched) {
            return IdentityMatch.notMatched();
        }
        return IdentityMatch.matched(person.getId(), store.hasPhones(person.getId()), store.hasAccounts(person.getId()));
    }

    boolean matchFinancialAccount(String personReference, FinancialAccountType type, String number) {
        Optional<String> normalized = type.normalizeNumber(number);
        ReferencePersonEntity person = store.person(realmId, personReference);
        if (person == null || normalized.isEmpty()) {
            return false;
        }
        List<String> recorded = store.accountHashes(person.getId(), type.name());
        return ReferenceMatcher.anyEqual(hashes.account(type, normalized.get()), recorded);
    }

    PhoneMatch matchPhone(String personReference, String e164) {
        Optional<String> normalized = RecordPhones.e164(e164);
        ReferencePersonEntity person = store.person(realmId, personReference);
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
    }

    Optional<MailingAddress> addressOfRecord(String personReference) {
        ReferencePersonEntity person = store.person(realmId, personReference);
        if (person == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new MailingAddress(person.getMailName(), person.getMailLine1(), person.getMailLine2(), person.getMailCity(),
                    person.getMailState(), person.getMailZip()));
        } catch (IllegalArgumentException e) {
            LOG.warnf("The address of record of reference person %s is not usable: %s", person.getId(), e.getMessage());
            return Optional.empty();
        }
    }
}
