package org.secureaccess.keycloak.evidence.records;

import java.util.List;

import org.secureaccess.keycloak.evidence.records.RecordHashes.IdentityHashes;
import org.secureaccess.keycloak.shared.address.MailingAddress;

/**
 * One valid import row, ready to store: hashes, last-four digits and the mailing address; nothing else of it is
 * kept.
 *
 * @param row  the row's number in the file (the first data row is 1)
 * @param line where the row starts in a CSV file, or null
 */
record PreparedRecord(long row, Long line, IdentityHashes hashes, String taxIdLast4, MailingAddress address,
        List<HashedAccount> accounts, List<HashedPhone> phones) {

    record HashedAccount(String type, String numberHash, String last4) {
    }

    record HashedPhone(String numberHash, String last4, String lineType) {
    }

    PreparedRecord {
        accounts = List.copyOf(accounts);
        phones = List.copyOf(phones);
    }
}
