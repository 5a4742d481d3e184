package org.secureaccess.keycloak.evidence.records;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * Example people for the unit tests. Tax ids are the SSA's advertising numbers (987-65-432x, ITINs by our rules) or
 * 9XX-7X-XXXX ITINs; phone numbers are 555-01XX; account numbers are made up.
 */
final class TestRecords {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

    static final String HEADER = "first_name,middle_name,last_name,suffix,tax_id,date_of_birth,filing_status,address_line1,"
            + "address_line2,city,state,zip,accounts,phones";

    static final String ZOE = "Zoë,Ann,O'Brien-Núñez,Jr.,987-65-4320,1961-02-17,SINGLE,\"123 North Main Street, Apartment 4\",,"
            + "Springfield,IL,62704,CREDIT_CARD:4012 8888;MORTGAGE:EX-MTG-0042,+1 202 555 0150:MOBILE;(202) 555-0151:VOIP";
    static final String MARCUS = "Marcus,,Lee,,987654321,1975-03-14,MFJ,742 Evergreen Terrace,,Springfield,IL,62704-1234,,";
    static final String PRIYA = "Priya,,Raman,,912-78-1234,1988-11-30,HEAD_OF_HOUSEHOLD,PO Box 17,,Portland,OR,97201,"
            + "STUDENT_LOAN:EXSL55501234,+12025550152:LANDLINE";

    /** Values that must never appear in a report, a log line, or anywhere but as hashes. */
    static final List<String> SECRETS = List.of("987-65-4320", "987654320", "987654321", "912781234", "912-78-1234",
            "1961-02-17", "1975-03-14", "1988-11-30", "40128888", "4012 8888", "EX-MTG-0042", "EXMTG0042", "EXSL55501234");

    private TestRecords() {
    }

    static String csv(String... rows) {
        return HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n";
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A keyed hash stand-in: SHA-256 of purpose and value, 64 hex characters like the real one. */
    static String hash(String purpose, String value) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("test-key|" + purpose + "|").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static RecordHashes hashes(String realmId) {
        return new RecordHashes(TestRecords::hash, realmId);
    }
}
