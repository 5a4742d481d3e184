package org.secureaccess.keycloak.evidence;

import java.util.List;

/**
 * The names of the evidence fields, one vocabulary for the proofing pages' error maps, the import file's columns and
 * the import report: {@code {"row":3,"field":"tax_id","reason":"invalid"}}.
 */
public final class EvidenceFields {

    public static final String FIRST_NAME = "first_name";
    public static final String MIDDLE_NAME = "middle_name";
    public static final String LAST_NAME = "last_name";
    public static final String SUFFIX = "suffix";
    public static final String TAX_ID = "tax_id";
    public static final String DATE_OF_BIRTH = "date_of_birth";
    public static final String FILING_STATUS = "filing_status";
    public static final String ADDRESS_LINE1 = "address_line1";
    public static final String ADDRESS_LINE2 = "address_line2";
    public static final String CITY = "city";
    public static final String STATE = "state";
    public static final String ZIP = "zip";

    /** The identity fields in the order pages show them (and reports list their errors). */
    public static final List<String> IDENTITY = List.of(FIRST_NAME, MIDDLE_NAME, LAST_NAME, SUFFIX, TAX_ID, DATE_OF_BIRTH,
            FILING_STATUS, ADDRESS_LINE1, ADDRESS_LINE2, CITY, STATE, ZIP);

    private EvidenceFields() {
    }
}
