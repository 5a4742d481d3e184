package org.secureaccess.keycloak.evidence.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.secureaccess.keycloak.evidence.EvidenceFields;

/** The columns (CSV) and fields (JSON) of an import file. */
final class ImportColumns {

    static final String ACCOUNTS = "accounts";
    static final String PHONES = "phones";

    /** Every column, in the documented order. */
    static final List<String> ALL;
    /** Columns a CSV header must have (their values may still be blank where the field is optional). */
    static final Set<String> REQUIRED = Set.of(EvidenceFields.FIRST_NAME, EvidenceFields.LAST_NAME, EvidenceFields.TAX_ID,
            EvidenceFields.DATE_OF_BIRTH, EvidenceFields.FILING_STATUS, EvidenceFields.ADDRESS_LINE1, EvidenceFields.CITY,
            EvidenceFields.STATE, EvidenceFields.ZIP);

    static {
        List<String> all = new ArrayList<>(EvidenceFields.IDENTITY);
        all.add(ACCOUNTS);
        all.add(PHONES);
        ALL = List.copyOf(all);
    }

    /** At most this many accounts and phones per person. */
    static final int MAX_ACCOUNTS = 20;
    static final int MAX_PHONES = 10;

    private ImportColumns() {
    }
}
