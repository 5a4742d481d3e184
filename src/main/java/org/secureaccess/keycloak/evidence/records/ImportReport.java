package org.secureaccess.keycloak.evidence.records;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an import did, row by row: never a value, only where (row, CSV line, field, item) and why.
 *
 * <pre>{"mode":"merge","complete":true,"rows":4,"imported":2,"rejected":2,"removed":0,"errorCount":3,"errorsTruncated":false,
 *  "errors":[{"row":3,"line":4,"field":"tax_id","reason":"invalid"},{"row":4,"line":5,"field":"phones","item":2,"reason":"invalid"}, ...]}</pre>
 */
final class ImportReport {

    /** Row-level reasons, besides the field reasons of {@link org.secureaccess.keycloak.evidence.FieldReasons}. */
    static final String DUPLICATE = "duplicate";
    static final String COLUMN_COUNT = "column_count";
    static final String MALFORMED = "malformed";
    static final String NOT_AN_OBJECT = "not_an_object";
    static final String UNKNOWN_FIELD = "unknown_field";
    static final String UNKNOWN_TYPE = "unknown_type";
    static final String UNKNOWN_LINE_TYPE = "unknown_line_type";
    static final String TOO_MANY = "too_many";

    /** The report lists this many errors at most; {@code errorCount} counts them all. */
    static final int MAX_LISTED_ERRORS = 1000;

    enum Mode {
        /** The file becomes the realm's records: people of record not in it are removed. */
        REPLACE,
        /** The file's people are added, or replace the person with the same tax id. */
        MERGE;

        static Mode parse(String value) {
            if (value == null) {
                return null;
            }
            for (Mode mode : values()) {
                if (mode.name().equalsIgnoreCase(value.strip())) {
                    return mode;
                }
            }
            return null;
        }

        String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One refused row, or one reason it was refused.
     *
     * @param row    the row's number among the data rows (1 = the first after a CSV header, or the first array element)
     * @param line   the CSV line the row starts on (the header is line 1), or null for JSON
     * @param field  the column / field, or null for the whole row
     * @param item   for accounts and phones, which one (1 = the first), or null
     * @param reason a reason code
     */
    record RowError(long row, Long line, String field, Integer item, String reason) {

        static RowError of(long row, Long line, String field, Integer item, String reason) {
            return new RowError(row, line, field, item, reason);
        }

        Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("row", row);
            if (line != null) {
                json.put("line", line);
            }
            json.put("field", field);
            if (item != null) {
                json.put("item", item);
            }
            json.put("reason", reason);
            return json;
        }
    }

    private final Mode mode;
    private long rows;
    private long imported;
    private long rejected;
    private long removed;
    private long errorCount;
    private boolean complete;
    private String failure;
    private final List<RowError> errors = new ArrayList<>();

    ImportReport(Mode mode) {
        this.mode = mode;
    }

    void row() {
        rows++;
    }

    void imported(long count) {
        imported += count;
    }

    /** One more refused row, for these reasons. */
    void rejected(List<RowError> reasons) {
        rejected++;
        errors(reasons);
    }

    /** Rows accepted by the parser but refused when stored (duplicates): they move from imported to rejected. */
    void rejectedOnWrite(List<RowError> reasons) {
        rejected += reasons.size();
        errors(reasons);
    }

    /** An error of the file rather than of a row (e.g. unreadable from some point on). */
    void error(RowError error) {
        errors(List.of(error));
    }

    private void errors(List<RowError> reasons) {
        for (RowError reason : reasons) {
            errorCount++;
            if (errors.size() < MAX_LISTED_ERRORS) {
                errors.add(reason);
            }
        }
    }

    void removed(long count) {
        removed += count;
    }

    void complete() {
        complete = true;
    }

    /** Why the import stopped early (safe to show: no value), e.g. {@code storage_failed}. */
    void failed(String failure) {
        this.failure = failure;
    }

    Mode mode() {
        return mode;
    }

    long rows() {
        return rows;
    }

    long imported() {
        return imported;
    }

    long rejected() {
        return rejected;
    }

    long removed() {
        return removed;
    }

    long errorCount() {
        return errorCount;
    }

    boolean isComplete() {
        return complete;
    }

    String failure() {
        return failure;
    }

    List<RowError> errors() {
        List<RowError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingLong(RowError::row));
        return sorted;
    }

    /** Counts only, for the admin event. */
    Map<String, Object> counts() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("mode", mode.value());
        json.put("complete", complete);
        json.put("rows", rows);
        json.put("imported", imported);
        json.put("rejected", rejected);
        json.put("removed", removed);
        return json;
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = counts();
        if (failure != null) {
            json.put("error", failure);
        }
        json.put("errorCount", errorCount);
        json.put("errorsTruncated", errorCount > errors.size());
        json.put("errors", errors().stream().map(RowError::toJson).toList());
        return json;
    }
}
