package org.secureaccess.keycloak.evidence.records;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.secureaccess.keycloak.evidence.records.ImportReport.RowError;

/**
 * Rows from a UTF-8 CSV file whose first record is a header naming the columns ({@link ImportColumns}, any order,
 * any case). {@code accounts} holds {@code TYPE:number;TYPE:number}, {@code phones} holds
 * {@code +12025550150:MOBILE;+12025550151:VOIP}.
 */
final class CsvRecordSource implements RecordSource {

    /** No row of ours comes near this; a longer one means a broken file (e.g. an unbalanced quote). */
    static final int MAX_RECORD_CHARS = 16 * 1024;

    private final CsvReader reader;
    private final List<String> columns;
    private long row;

    CsvRecordSource(InputStream in) throws IOException, ImportFileException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.reader = new CsvReader(new InputStreamReader(in, utf8), MAX_RECORD_CHARS);
        CsvReader.Record header = reader.next();
        if (header == null) {
            throw new ImportFileException("empty");
        }
        this.columns = header(header);
    }

    private static List<String> header(CsvReader.Record header) throws ImportFileException {
        List<String> names = new ArrayList<>();
        List<Map<String, Object>> unknown = new ArrayList<>();
        List<String> duplicate = new ArrayList<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).strip().toLowerCase(Locale.ROOT);
            if (!ImportColumns.ALL.contains(name)) {
                Map<String, Object> column = new LinkedHashMap<>();
                column.put("position", i + 1);
                column.put("name", RecordSource.showable(name));
                unknown.add(column);
            } else if (names.contains(name)) {
                duplicate.add(name);
            }
            names.add(name);
        }
        List<String> missing = ImportColumns.ALL.stream().filter(ImportColumns.REQUIRED::contains).filter(c -> !names.contains(c)).toList();
        if (header.malformed() || !unknown.isEmpty() || !duplicate.isEmpty() || !missing.isEmpty()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("missingColumns", missing);
            details.put("unknownColumns", unknown);
            details.put("duplicateColumns", duplicate);
            details.put("expectedColumns", ImportColumns.ALL);
            throw new ImportFileException("invalid_header", details);
        }
        return List.copyOf(names);
    }

    @Override
    public RawRow next() throws IOException {
        CsvReader.Record record = reader.next();
        if (record == null) {
            return null;
        }
        row++;
        Long line = record.line();
        if (record.malformed()) {
            return RawRow.unusable(row, line, RowError.of(row, line, null, null, ImportReport.MALFORMED));
        }
        if (record.fields().size() != columns.size()) {
            return RawRow.unusable(row, line, RowError.of(row, line, null, null, ImportReport.COLUMN_COUNT));
        }
        Map<String, String> fields = new HashMap<>();
        String accounts = null;
        String phones = null;
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i);
            String value = record.fields().get(i);
            if (column.equals(ImportColumns.ACCOUNTS)) {
                accounts = value;
            } else if (column.equals(ImportColumns.PHONES)) {
                phones = value;
            } else if (!value.isBlank()) {
                fields.put(column, value);
            }
        }
        return new RawRow(row, line, fields, RawRow.Item.list(accounts, false), RawRow.Item.list(phones, true), List.of(), false);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
