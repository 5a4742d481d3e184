package org.secureaccess.keycloak.evidence.records;

import org.secureaccess.keycloak.evidence.FinancialAccountType;
import org.secureaccess.keycloak.evidence.IdentityClaim;
import org.secureaccess.keycloak.evidence.Normalizer;
import org.secureaccess.keycloak.evidence.TaxId;

/**
 * The keyed hashes of one realm's records: each fact normalised ({@link Normalizer}), prefixed with the realm id and
 * hashed for a purpose of its own, so that equal values in two realms, or in two columns, give unrelated hashes.
 * The same code hashes imported records and what a person types, so both sides always agree.
 */
final class RecordHashes {

    /** In the server: {@code KeyedHashProvider::hash} (HMAC-SHA256 with the server secret). */
    @FunctionalInterface
    interface Hasher {
        String hash(String purpose, String value);
    }

    /** The hashed identity facts; all must match. */
    record IdentityHashes(String taxId, String name, String dateOfBirth, String filingStatus, String address) {
    }

    static final String TAX_ID = "evidence-tax-id";
    static final String NAME = "evidence-name";
    static final String DATE_OF_BIRTH = "evidence-date-of-birth";
    static final String FILING_STATUS = "evidence-filing-status";
    static final String ADDRESS = "evidence-address";
    static final String ACCOUNT = "evidence-account";
    static final String PHONE = "evidence-phone";

    private final Hasher hasher;
    private final String realmId;

    RecordHashes(Hasher hasher, String realmId) {
        this.hasher = hasher;
        this.realmId = realmId;
    }

    private String hash(String purpose, String normalized) {
        return hasher.hash(purpose, realmId + "\n" + normalized);
    }

    String taxId(TaxId taxId) {
        return hash(TAX_ID, taxId.digits());
    }

    IdentityHashes identity(IdentityClaim claim) {
        return new IdentityHashes(
                taxId(claim.taxId()),
                hash(NAME, Normalizer.personName(claim.firstName(), claim.lastName(), claim.suffix())),
                hash(DATE_OF_BIRTH, Normalizer.date(claim.dateOfBirth())),
                hash(FILING_STATUS, claim.filingStatus().name()),
                hash(ADDRESS, Normalizer.address(claim.address())));
    }

    /** @param normalizedNumber from {@link FinancialAccountType#normalizeNumber(String)} */
    String account(FinancialAccountType type, String normalizedNumber) {
        return hash(ACCOUNT, type.name() + "\n" + normalizedNumber);
    }

    /** @param e164 from {@link RecordPhones#e164(String)} */
    String phone(String e164) {
        return hash(PHONE, e164);
    }
}
