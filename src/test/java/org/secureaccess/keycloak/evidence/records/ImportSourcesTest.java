package org.secureaccess.keycloak.evidence.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keycloak.util.JsonSerialization;
import org.secureaccess.keycloak.evidence.records.ImportReport.RowError;

/** Reading CSV and JSON import files into raw rows: headers, shapes, and what is wrong with them. */
class ImportSourcesTest {

    static CsvRecordSource csv(String text) throws Exception {
        return new CsvRecordSource(new ByteArrayInputStream(TestRecords.utf8(text)));
    }

    static JsonRecordSource json(String text) throws Exception {
        return new JsonRecordSource(new ByteArrayInputStream(TestRecords.utf8(text)));
    }

    static List<RawRow> all(RecordSource source) throws IOException {
        List<RawRow> rows = new ArrayList<>();
        RawRow row;
        while ((row = source.next()) != null) {
            rows.add(row);
        }
        return rows;
    }

    @Test
    void csvRowsByColumnNameWithAccountsAndPhones() throws Exception {
        List<RawRow> rows = all(csv(TestRecords.csv(TestRecords.ZOE, TestRecords.MARCUS)));
        assertEquals(2, rows.size());
        RawRow zoe = rows.get(0);
        assertEquals(1, zoe.row());
        assertEquals(2L, zoe.line());
        assertEquals("987-65-4320", zoe.fields().get("tax_id"));
        assertEquals("123 North Main Street, Apartment 4", zoe.fields().get("address_line1"));
        assertFalse(zoe.fields().containsKey("address_line2"), "blank is absent");
        assertEquals(List.of(new RawRow.Item("CREDIT_CARD", "4012 8888", false), new RawRow.Item("MORTGAGE", "EX-MTG-0042", false)),
                zoe.accounts());
        assertEquals(List.of(new RawRow.Item("+1 202 555 0150", "MOBILE", false), new RawRow.Item("(202) 555-0151", "VOIP", false)),
                zoe.phones());
        assertEquals(List.of(), rows.get(1).accounts());
        assertEquals(3L, rows.get(1).line());
    }

    @Test
    void theHeaderMayComeInAnyOrderAndCaseAndLeaveOutOptionalColumns() throws Exception {
        List<RawRow> rows = all(csv("\uFEFFZIP, State ,CITY,Address_Line1,FILING_STATUS,date_of_birth,tax_id,last_name,first_name\n"
                + "62704,IL,Springfield,742 Evergreen Terrace,SINGLE,1975-03-14,987654321,Lee,Marcus\n"));
        assertEquals("Lee", rows.get(0).fields().get("last_name"));
        assertEquals("62704", rows.get(0).fields().get("zip"));
    }

    @Test
    void aBadHeaderStopsEverythingAndNamesColumnsNeverValues() {
        ImportFileException missing = assertThrows(ImportFileException.class, () -> csv("first_name,last_name\nA,B\n"));
        Map<String, Object> json = missing.toJson();
        assertEquals("invalid_header", json.get("error"));
        assertEquals(List.of("tax_id", "date_of_birth", "filing_status", "address_line1", "city", "state", "zip"), json.get("missingColumns"));

        // A file without a header: its first row is taken for one, and none of it is repeated back.
        ImportFileException headerless = assertThrows(ImportFileException.class, () -> csv(TestRecords.ZOE + "\n"));
        String text = headerless.toJson().toString();
        for (String secret : TestRecords.SECRETS) {
            assertFalse(text.contains(secret), secret + " in " + text);
        }
        assertTrue(text.contains("(unnamed)"), text);

        ImportFileException unknown = assertThrows(ImportFileException.class, () -> csv(TestRecords.HEADER + ",dob\n"));
        assertEquals(List.of(Map.of("position", 15, "name", "dob")), unknown.toJson().get("unknownColumns"));
        ImportFileException twice = assertThrows(ImportFileException.class, () -> csv(TestRecords.HEADER + ",zip\n"));
        assertEquals(List.of("zip"), twice.toJson().get("duplicateColumns"));
        assertEquals("empty", assertThrows(ImportFileException.class, () -> csv("")).toJson().get("error"));
        assertEquals("empty", assertThrows(ImportFileException.class, () -> csv("\r\n\r\n")).toJson().get("error"));
    }

    @Test
    void csvRowsWithTheWrongShapeAreUnusable() throws Exception {
        List<RawRow> rows = all(csv(TestRecords.csv("too,few,columns", TestRecords.MARCUS + ",extra", "Ma\"rcus,,Lee,,987654321,1975-03-14,"
                + "MFJ,742 Evergreen Terrace,,Springfield,IL,62704,,", TestRecords.MARCUS)));
        assertEquals(List.of(RowError.of(1, 2L, null, null, "column_count")), rows.get(0).problems());
        assertTrue(rows.get(0).unusable());
        assertEquals("column_count", rows.get(1).problems().get(0).reason());
        assertEquals("malformed", rows.get(2).problems().get(0).reason());
        assertFalse(rows.get(3).unusable());
        assertEquals(4, rows.get(3).row());
    }

    @Test
    void csvThatIsNotUtf8IsUnreadable() throws Exception {
        byte[] latin1 = (TestRecords.HEADER + "\nZo\u00eb").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThrows(CharacterCodingException.class, () -> all(new CsvRecordSource(new ByteArrayInputStream(latin1))));
    }

    @Test
    void jsonObjectsWithTheSameFieldNames() throws Exception {
        List<RawRow> rows = all(json("[{\"first_name\":\"Zoë\",\"last_name\":\"Lee\",\"tax_id\":\"987-65-4320\",\"middle_name\":null,"
                + "\"accounts\":[{\"type\":\"CREDIT_CARD\",\"number\":\"40128888\"},\"MORTGAGE:EX-MTG-0042\"],"
                + "\"phones\":[{\"number\":\"+12025550150\",\"line_type\":\"MOBILE\"},\"+12025550151:VOIP\"]},"
                + "{\"first_name\":\"Marcus\",\"accounts\":\"CREDIT_CARD:40128888;AUTO_LOAN:EXAL0001\",\"phones\":null}]"));
        assertEquals(2, rows.size());
        RawRow first = rows.get(0);
        assertNull(first.line());
        assertEquals("Zoë", first.fields().get("first_name"));
        assertFalse(first.fields().containsKey("middle_name"));
        assertEquals(List.of(new RawRow.Item("CREDIT_CARD", "40128888", false), new RawRow.Item("MORTGAGE", "EX-MTG-0042", false)),
                first.accounts());
        assertEquals(List.of(new RawRow.Item("+12025550150", "MOBILE", false), new RawRow.Item("+12025550151", "VOIP", false)), first.phones());
        assertEquals(2, rows.get(1).accounts().size());
        assertEquals(List.of(), rows.get(1).phones());
        assertEquals(List.of(), first.problems());
    }

    @Test
    void jsonShapeProblemsAreReportedPerRow() throws Exception {
        List<RawRow> rows = all(json("[42, {\"tax_id\":987654320,\"dob\":\"1961-02-17\",\"first_name\":\"A\",\"first_name\":\"B\","
                + "\"accounts\":[{\"type\":\"CREDIT_CARD\",\"number\":40128888},7,\"nocolon\"],\"phones\":{\"x\":1},"
                + "\"987-65-4320\":\"x\",\"city\":[\"a\"]}, []]"));
        assertEquals(3, rows.size());
        assertEquals(List.of(RowError.of(1, null, null, null, "not_an_object")), rows.get(0).problems());
        RawRow second = rows.get(1);
        assertFalse(second.unusable());
        assertEquals(List.of(RowError.of(2, null, "tax_id", null, "invalid"), RowError.of(2, null, "dob", null, "unknown_field"),
                RowError.of(2, null, "first_name", null, "duplicate"), RowError.of(2, null, "phones", null, "invalid"),
                RowError.of(2, null, "(unnamed)", null, "unknown_field"), RowError.of(2, null, "city", null, "invalid")),
                second.problems());
        assertEquals(List.of(RawRow.Item.MALFORMED, RawRow.Item.MALFORMED, RawRow.Item.MALFORMED), second.accounts());
        assertEquals(List.of(RowError.of(3, null, null, null, "not_an_object")), rows.get(2).problems());
        String text = JsonSerialization.writeValueAsString(second.problems().stream().map(RowError::toJson).toList());
        assertFalse(text.contains("987"), text);
        assertFalse(text.contains("1961"), text);
    }

    @Test
    void jsonThatIsNotAnArrayOrBreaksOffIsRefusedOrUnreadable() throws Exception {
        assertEquals("not_an_array", assertThrows(ImportFileException.class, () -> json("{\"first_name\":\"A\"}")).toJson().get("error"));
        assertEquals("empty", assertThrows(ImportFileException.class, () -> json("  ")).toJson().get("error"));
        assertEquals(List.of(), all(json("[]")));

        JsonRecordSource truncated = json("[{\"first_name\":\"A\"}, {\"first_name\":\"B\", \"tax_id\":\"98765");
        assertEquals("A", truncated.next().fields().get("first_name"));
        assertThrows(IOException.class, truncated::next);

        JsonRecordSource unclosed = json("[{\"first_name\":\"A\"}");
        assertEquals("A", unclosed.next().fields().get("first_name"));
        assertThrows(IOException.class, unclosed::next);

        JsonRecordSource trailing = json("[{\"first_name\":\"A\"}] {}");
        trailing.next();
        assertThrows(IOException.class, trailing::next);

        JsonRecordSource broken = json("[{\"first_name\":\"A\",,}]");
        assertThrows(IOException.class, broken::next);
    }
}
