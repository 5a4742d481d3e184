package org.secureaccess.keycloak.evidence.records;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.keycloak.util.JsonSerialization;
import org.secureaccess.keycloak.evidence.FieldReasons;
import org.secureaccess.keycloak.evidence.records.ImportReport.RowError;

/**
 * Rows from a JSON array of objects, read with Jackson's streaming parser (one object in memory at a time). Fields
 * have the CSV column names; text fields are strings (or null). {@code accounts} is an array of
 * {@code {"type":"CREDIT_CARD","number":"40128888"}} (or of {@code "TYPE:number"} strings), {@code phones} an array
 * of {@code {"number":"+12025550150","line_type":"MOBILE"}} (or of {@code "number:LINE_TYPE"} strings).
 */
final class JsonRecordSource implements RecordSource {

    private final JsonParser parser;
    private long row;
    private boolean finished;

    JsonRecordSource(InputStream in) throws IOException, ImportFileException {
        this.parser = JsonSerialization.mapper.getFactory().createParser(in);
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new ImportFileException("empty");
        }
        if (first != JsonToken.START_ARRAY) {
            throw new ImportFileException("not_an_array");
        }
    }

    @Override
    public RawRow next() throws IOException {
        if (finished) {
            return null;
        }
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw new IOException("the array is not closed");
        }
        if (token == JsonToken.END_ARRAY) {
            finished = true;
            if (parser.nextToken() != null) {
                throw new IOException("content after the array");
            }
            return null;
        }
        row++;
        if (token != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return RawRow.unusable(row, null, RowError.of(row, null, null, null, ImportReport.NOT_AN_OBJECT));
        }
        return object();
    }

    private RawRow object() throws IOException {
        Map<String, String> fields = new HashMap<>();
        List<RawRow.Item> accounts = List.of();
        List<RawRow.Item> phones = List.of();
        List<RowError> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (!seen.add(name)) {
                problems.add(RowError.of(row, null, RecordSource.showable(name), null, ImportReport.DUPLICATE));
                parser.skipChildren();
            } else if (name.equals(ImportColumns.ACCOUNTS)) {
                accounts = items(name, value, false, "type", "number", problems);
            } else if (name.equals(ImportColumns.PHONES)) {
                phones = items(name, value, true, "number", "line_type", problems);
            } else if (ImportColumns.ALL.contains(name)) {
                if (value == JsonToken.VALUE_STRING) {
                    String text = parser.getText();
                    if (!text.isBlank()) {
                        fields.put(name, text);
                    }
                } else if (value != JsonToken.VALUE_NULL) {
                    problems.add(RowError.of(row, null, name, null, FieldReasons.INVALID));
                    parser.skipChildren();
                }
            } else {
                problems.add(RowError.of(row, null, RecordSource.showable(name), null, ImportReport.UNKNOWN_FIELD));
                parser.skipChildren();
            }
        }
        return new RawRow(row, null, fields, accounts, phones, problems, false);
    }

    /** An array of objects or "a:b" strings, a single "a:b;c:d" string, or null. */
    private List<RawRow.Item> items(String field, JsonToken value, boolean atLastColon, String firstKey, String secondKey,
            List<RowError> problems) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (value == JsonToken.VALUE_STRING) {
            return RawRow.Item.list(parser.getText(), atLastColon);
        }
        if (value != JsonToken.START_ARRAY) {
            problems.add(RowError.of(row, null, field, null, FieldReasons.INVALID));
            parser.skipChildren();
            return List.of();
        }
        List<RawRow.Item> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw new IOException("the array is not closed");
            }
            if (token == JsonToken.VALUE_STRING) {
                String text = parser.getText().strip();
                items.add(text.isEmpty() ? RawRow.Item.MALFORMED : RawRow.Item.split(text, atLastColon));
            } else if (token == JsonToken.START_OBJECT) {
                items.add(pair(firstKey, secondKey));
            } else {
                parser.skipChildren();
                items.add(RawRow.Item.MALFORMED);
            }
        }
        return items;
    }

    /** {@code {"type":..,"number":..}}: exactly these keys, strings only; anything else makes the item malformed. */
    private RawRow.Item pair(String firstKey, String secondKey) throws IOException {
        String first = null;
        String second = null;
        boolean malformed = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value != JsonToken.VALUE_STRING || !(key.equals(firstKey) || key.equals(secondKey))) {
                malformed = true;
                parser.skipChildren();
            } else if (key.equals(firstKey)) {
                first = parser.getText().strip();
            } else {
                second = parser.getText().strip();
            }
        }
        return malformed ? RawRow.Item.MALFORMED : new RawRow.Item(first, second, false);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
