package org.secureaccess.keycloak.evidence.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.secureaccess.keycloak.evidence.FilingStatus;
import org.secureaccess.keycloak.evidence.FinancialAccountType;
import org.secureaccess.keycloak.evidence.PhoneLineType;
import org.secureaccess.keycloak.evidence.records.ImportReport.RowError;

/** Import rows: good ones become records, bad ones are refused with every row / field / item and reason. */
class ImportRowParserTest {

    private final ImportRowParser parser = new ImportRowParser(TestRecords.TODAY);

    private ImportRowParser.Parsed parseCsvRow(String row) throws Exception {
        CsvRecordSource source = new CsvRecordSource(new ByteArrayInputStream(TestRecords.utf8(TestRecords.csv(row))));
        return parser.parse(source.next());
    }

    private static RowError error(String field, Integer item, String reason) {
        return RowError.of(1, 2L, field, item, reason);
    }

    @Test
    void aGoodRowBecomesARecord() throws Exception {
        ImportRowParser.Parsed parsed = parseCsvRow(TestRecords.ZOE);
        assertTrue(parsed.valid(), parsed.errors().toString());
        ReferenceRecord record = parsed.record();
        assertEquals("4320", record.identity().taxId().last4());
        assertEquals(FilingStatus.SINGLE, record.identity().filingStatus());
        assertEquals("Zoë Ann O'Brien-Núñez Jr.", record.identity().address().name());
        assertEquals(List.of(new ReferenceRecord.Account(FinancialAccountType.CREDIT_CARD, "40128888"),
                new ReferenceRecord.Account(FinancialAccountType.MORTGAGE, "EXMTG0042")), record.accounts());
        assertEquals(List.of(new ReferenceRecord.Phone("+12025550150", PhoneLineType.MOBILE),
                new ReferenceRecord.Phone("+12025550151", PhoneLineType.VOIP)), record.phones());
        String text = record.toString();
        for (String secret : TestRecords.SECRETS) {
            assertFalse(text.contains(secret), secret + " in " + text);
        }
        assertTrue(parseCsvRow(TestRecords.MARCUS).valid());
        assertTrue(parseCsvRow(TestRecords.PRIYA).valid());
    }

    @Test
    void badFieldsAreEachNamed() throws Exception {
        ImportRowParser.Parsed parsed = parseCsvRow(",,Lee,,987-12-4320,2027-01-01,married,742 Evergreen Terrace,,Springfield,Illinois,6270,,");
        assertFalse(parsed.valid());
        assertNull(parsed.record());
        assertEquals(List.of(error("first_name", null, "required"), error("tax_id", null, "invalid"),
                error("date_of_birth", null, "future"), error("filing_status", null, "invalid"), error("state", null, "invalid"),
                error("zip", null, "invalid")), parsed.errors());
    }

    @Test
    void childrenMayBeOnRecordButNotTheVeryOld() throws Exception {
        assertTrue(parseCsvRow("Kid,,Lee,,987-65-4322,2020-06-01,SINGLE,1 Elm St,,Springfield,IL,62704,,").valid());
        assertEquals(List.of(error("date_of_birth", null, "too_old")),
                parseCsvRow("Old,,Lee,,987-65-4322,1890-06-01,SINGLE,1 Elm St,,Springfield,IL,62704,,").errors());
        assertEquals(List.of(error("date_of_birth", null, "invalid")),
                parseCsvRow("Bad,,Lee,,987-65-4322,06/01/1990,SINGLE,1 Elm St,,Springfield,IL,62704,,").errors());
    }

    @Test
    void accountsAreCheckedOneByOne() throws Exception {
        ImportRowParser.Parsed parsed = parseCsvRow("Marcus,,Lee,,987654321,1975-03-14,MFJ,742 Evergreen Terrace,,Springfield,IL,62704,"
                + "CREDIT_CARD:40128888;AMEX:12345678;CREDIT_CARD:4012888;MORTGAGE;CREDIT_CARD:4012-8888;HELOC:EX-HE-77,");
        assertEquals(List.of(error("accounts", 2, "unknown_type"), error("accounts", 3, "invalid"), error("accounts", 4, "invalid"),
                error("accounts", 5, "duplicate")), parsed.errors());
        String tooMany = String.join(";", java.util.Collections.nCopies(21, "AUTO_LOAN:EXAL0001"));
        assertEquals(List.of(error("accounts", null, "too_many")),
                parseCsvRow("Marcus,,Lee,,987654321,1975-03-14,MFJ,742 Evergreen Terrace,,Springfield,IL,62704," + tooMany + ",").errors());
    }

    @Test
    void phonesAreCheckedOneByOne() throws Exception {
        ImportRowParser.Parsed parsed = parseCsvRow("Marcus,,Lee,,987654321,1975-03-14,MFJ,742 Evergreen Terrace,,Springfield,IL,62704,,"
                + "+12025550150:MOBILE;12345:MOBILE;+12025550151:CELL;+12025550152;202-555-0150:LANDLINE;+12025550153:voip");
        assertEquals(List.of(error("phones", 2, "invalid"), error("phones", 3, "unknown_line_type"), error("phones", 4, "invalid"),
                error("phones", 5, "duplicate")), parsed.errors());
    }

    @Test
    void unusableRowsReportOnlyTheirShape() {
        RawRow raw = RawRow.unusable(7, 9L, RowError.of(7, 9L, null, null, "column_count"));
        assertEquals(List.of(RowError.of(7, 9L, null, null, "column_count")), parser.parse(raw).errors());
    }

    @Test
    void aFieldWithTheWrongJsonTypeIsReportedOnce() throws Exception {
        JsonRecordSource source = new JsonRecordSource(new ByteArrayInputStream(TestRecords.utf8(
                "[{\"first_name\":\"Marcus\",\"last_name\":\"Lee\",\"tax_id\":987654321,\"date_of_birth\":\"1975-03-14\","
                        + "\"filing_status\":\"MFJ\",\"address_line1\":\"742 Evergreen Terrace\",\"city\":\"Springfield\","
                        + "\"state\":\"IL\",\"zip\":\"62704\",\"accounts\":7}]")));
        assertEquals(List.of(RowError.of(1, null, "tax_id", null, "invalid"), RowError.of(1, null, "accounts", null, "invalid")),
                parser.parse(source.next()).errors());
    }
}
