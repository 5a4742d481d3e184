package org.secureaccess.keycloak.evidence.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.keycloak.util.JsonSerialization;
import org.secureaccess.keycloak.evidence.EvidenceFields;
import org.secureaccess.keycloak.evidence.records.ImportReport.Mode;
import org.secureaccess.keycloak.evidence.records.ImportReport.RowError;

/** Streaming imports end to end against an in-memory store with the database's rules. */
class RecordImporterTest {

    /** The store's rules (see {@link ReferenceRecordStore#write}) on a map: tax id hash → (import id, record). */
    static final class MemoryWriter implements RecordImporter.RecordWriter {

        record Stored(String importId, PreparedRecord record) {
        }

        final Map<String, Stored> people = new LinkedHashMap<>();
        final List<Integer> batchSizes = new ArrayList<>();
        String importId = "import-1";
        RuntimeException failOnBatch;
        int batchToFail = -1;

        @Override
        public List<RowError> write(List<PreparedRecord> batch) {
            if (batchSizes.size() == batchToFail) {
                throw failOnBatch;
            }
            batchSizes.add(batch.size());
            List<RowError> duplicates = new ArrayList<>();
            for (PreparedRecord record : batch) {
                Stored existing = people.get(record.hashes().taxId());
                if (existing != null && existing.importId().equals(importId)) {
                    duplicates.add(RowError.of(record.row(), record.line(), EvidenceFields.TAX_ID, null, ImportReport.DUPLICATE));
                } else {
                    people.put(record.hashes().taxId(), new Stored(importId, record));
                }
            }
            return duplicates;
        }

        @Override
        public long removeOthers() {
            long before = people.size();
            people.values().removeIf(s -> !s.importId().equals(importId));
            return before - people.size();
        }
    }

    private final MemoryWriter store = new MemoryWriter();

    private ImportReport importCsv(Mode mode, String csv, int batchSize) throws Exception {
        RecordImporter importer = new RecordImporter(new ImportRowParser(TestRecords.TODAY), TestRecords.hashes("realm-1"), store, batchSize);
        try (CsvRecordSource source = new CsvRecordSource(new ByteArrayInputStream(TestRecords.utf8(csv)))) {
            return importer.run(source, mode);
        }
    }

    private ImportReport importJson(Mode mode, String json) throws Exception {
        RecordImporter importer = new RecordImporter(new ImportRowParser(TestRecords.TODAY), TestRecords.hashes("realm-1"), store, 500);
        try (JsonRecordSource source = new JsonRecordSource(new ByteArrayInputStream(TestRecords.utf8(json)))) {
            return importer.run(source, mode);
        }
    }

    private static String row(int i) {
        return String.format("Person,,Number%d,,912-7%d-%04d,1970-01-01,SINGLE,%d Elm St,,Springfield,IL,62704,AUTO_LOAN:EXAL%04d,",
                i, i % 10, i, i, i).replace("Number" + i, "Number" + letters(i));
    }

    private static String letters(int i) {
        StringBuilder s = new StringBuilder();
        for (char c : String.valueOf(i).toCharArray()) {
            s.append((char) ('a' + (c - '0')));
        }
        return s.toString();
    }

    @Test
    void goodBadAndMalformedRowsAreCountedAndReported() throws Exception {
        ImportReport report = importCsv(Mode.MERGE, TestRecords.csv(TestRecords.ZOE, "too,few", TestRecords.MARCUS,
                ",,Lee,,987-12-4320,1975-03-14,MFJ,1 Elm St,,Springfield,IL,62704,,", TestRecords.PRIYA), 500);
        assertTrue(report.isComplete());
        assertNull(report.failure());
        assertEquals(5, report.rows());
        assertEquals(3, report.imported());
        assertEquals(2, report.rejected());
        assertEquals(List.of(RowError.of(2, 3L, null, null, "column_count"), RowError.of(4, 5L, "first_name", null, "required"),
                RowError.of(4, 5L, "tax_id", null, "invalid")), report.errors());
        assertEquals(3, store.people.size());

        Map<String, Object> json = report.toJson();
        assertEquals("merge", json.get("mode"));
        assertEquals(3L, json.get("errorCount"));
        assertEquals(false, json.get("errorsTruncated"));
        assertEquals(Map.of("row", 4L, "line", 5L, "field", "tax_id", "reason", "invalid"),
                ((List<?>) json.get("errors")).get(2));
    }

    @Test
    void nothingSensitiveIsKeptOrReported() throws Exception {
        ImportReport report = importCsv(Mode.MERGE, TestRecords.csv(TestRecords.ZOE, TestRecords.MARCUS, TestRecords.PRIYA,
                TestRecords.ZOE.replace("1961-02-17", "1961-02-30")), 500);
        String everything = JsonSerialization.writeValueAsString(report.toJson()) + store.people.values();
        for (String secret : TestRecords.SECRETS) {
            assertFalse(everything.contains(secret), secret);
        }
        PreparedRecord zoe = store.people.values().iterator().next().record();
        assertEquals("4320", zoe.taxIdLast4());
        assertEquals(List.of("8888", "0042"), zoe.accounts().stream().map(PreparedRecord.HashedAccount::last4).toList());
        assertEquals(List.of("0150", "0151"), zoe.phones().stream().map(PreparedRecord.HashedPhone::last4).toList());
        assertEquals(64, zoe.hashes().dateOfBirth().length());
    }

    @Test
    void rowsAreStoredInBatches() throws Exception {
        List<String> rows = new ArrayList<>();
        for (int i = 1; i <= 1234; i++) {
            rows.add(row(i));
        }
        ImportReport report = importCsv(Mode.MERGE, TestRecords.csv(rows.toArray(String[]::new)), 500);
        assertEquals(1234, report.imported(), report.errors().toString());
        assertEquals(List.of(500, 500, 234), store.batchSizes);
    }

    @Test
    void aTaxIdTwiceInOneFileIsADuplicateInTheSameOrALaterBatch() throws Exception {
        ImportReport report = importCsv(Mode.MERGE, TestRecords.csv(TestRecords.ZOE, TestRecords.MARCUS, TestRecords.ZOE,
                TestRecords.PRIYA, TestRecords.MARCUS), 2);
        assertEquals(3, report.imported());
        assertEquals(2, report.rejected());
        assertEquals(List.of(RowError.of(3, 4L, "tax_id", null, "duplicate"), RowError.of(5, 6L, "tax_id", null, "duplicate")),
                report.errors());
    }

    @Test
    void mergeKeepsOthersAndReplaceRemovesThem() throws Exception {
        store.importId = "first";
        importCsv(Mode.MERGE, TestRecords.csv(TestRecords.ZOE, TestRecords.MARCUS), 500);
        store.importId = "second";
        ImportReport merge = importCsv(Mode.MERGE, TestRecords.csv(TestRecords.PRIYA, TestRecords.MARCUS), 500);
        assertEquals(2, merge.imported());
        assertEquals(0, merge.removed());
        assertEquals(3, store.people.size(), "a merge adds Priya and updates Marcus");

        store.importId = "third";
        ImportReport replace = importCsv(Mode.REPLACE, TestRecords.csv(TestRecords.PRIYA), 500);
        assertEquals(1, replace.imported());
        assertEquals(2, replace.removed());
        assertEquals(1, store.people.size());
        assertEquals("replace", replace.toJson().get("mode"));
    }

    @Test
    void aReplaceThatStoresNothingRemovesNothing() throws Exception {
        importCsv(Mode.MERGE, TestRecords.csv(TestRecords.ZOE), 500);
        store.importId = "bad-file";
        ImportReport report = importCsv(Mode.REPLACE, TestRecords.csv("too,few", "also,too,few"), 500);
        assertTrue(report.isComplete());
        assertEquals(0, report.imported());
        assertEquals(0, report.removed());
        assertEquals(1, store.people.size());
    }

    @Test
    void anUnreadableFileKeepsTheRowsBeforeAndRemovesNothing() throws Exception {
        importCsv(Mode.MERGE, TestRecords.csv(TestRecords.ZOE), 500);
        store.importId = "truncated";
        ImportReport report = importJson(Mode.REPLACE, "[{\"first_name\":\"Marcus\",\"last_name\":\"Lee\",\"tax_id\":\"987654321\","
                + "\"date_of_birth\":\"1975-03-14\",\"filing_status\":\"MFJ\",\"address_line1\":\"742 Evergreen Terrace\","
                + "\"city\":\"Springfield\",\"state\":\"IL\",\"zip\":\"62704\"}, {\"first_name\":\"Pri");
        assertFalse(report.isComplete());
        assertEquals(RecordImporter.FAILED_UNREADABLE, report.failure());
        assertEquals(1, report.imported());
        assertEquals(0, report.removed());
        assertEquals(2, store.people.size(), "Zoë stays: the file broke off, so nothing was replaced");
        assertEquals(List.of(RowError.of(2, null, null, null, "malformed")), report.errors());
        assertEquals("input_unreadable", report.toJson().get("error"));

        store.importId = "truncated-csv";
        ImportReport csv = importCsv(Mode.REPLACE, TestRecords.csv(TestRecords.MARCUS) + "\"unclosed,987-65-4329\n", 500);
        assertFalse(csv.isComplete());
        assertEquals(List.of(RowError.of(2, 3L, null, null, "malformed")), csv.errors());
    }

    @Test
    void aStorageFailureStopsTheImport() throws Exception {
        store.failOnBatch = new IllegalStateException("constraint violated");
        store.batchToFail = 1;
        ImportReport report = importCsv(Mode.REPLACE, TestRecords.csv(TestRecords.ZOE, TestRecords.MARCUS, TestRecords.PRIYA), 2);
        assertFalse(report.isComplete());
        assertEquals(RecordImporter.FAILED_STORAGE, report.failure());
        assertEquals(2, report.imported(), "the first batch stands");
        assertEquals(3, report.rows());
    }

    @Test
    void theErrorListIsCappedButCounted() throws Exception {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            rows.add("bad,row");
        }
        ImportReport report = importCsv(Mode.MERGE, TestRecords.csv(rows.toArray(String[]::new)), 500);
        assertEquals(1200, report.rejected());
        assertEquals(1200, report.errorCount());
        assertEquals(1000, report.errors().size());
        assertEquals(true, report.toJson().get("errorsTruncated"));
        assertEquals(1L, report.errors().get(0).row());
    }

    @Test
    void jsonImportsLikeCsv() throws Exception {
        ImportReport report = importJson(Mode.MERGE, "[{\"first_name\":\"Marcus\",\"last_name\":\"Lee\",\"tax_id\":\"987654321\","
                + "\"date_of_birth\":\"1975-03-14\",\"filing_status\":\"MFJ\",\"address_line1\":\"742 Evergreen Terrace\","
                + "\"city\":\"Springfield\",\"state\":\"IL\",\"zip\":\"62704\","
                + "\"accounts\":[{\"type\":\"CREDIT_CARD\",\"number\":\"40128888\"}],\"phones\":[\"+12025550150:MOBILE\"]},"
                + "\"not an object\"]");
        assertTrue(report.isComplete());
        assertEquals(2, report.rows());
        assertEquals(1, report.imported());
        assertEquals(List.of(RowError.of(2, null, null, null, "not_an_object")), report.errors());
        assertEquals(1, store.people.values().iterator().next().record().accounts().size());
    }

    @Test
    void sourcesThatFailAreReportedAsUnreadable() {
        RecordSource failing = new RecordSource() {
            @Override
            public RawRow next() throws IOException {
                throw new IOException("connection reset");
            }

            @Override
            public void close() {
            }
        };
        ImportReport report = new RecordImporter(new ImportRowParser(TestRecords.TODAY), TestRecords.hashes("r"), store, 10)
                .run(failing, Mode.MERGE);
        assertEquals(List.of(RowError.of(1, null, null, null, "unreadable")), report.errors());
    }
}
