package org.secureaccess.keycloak.evidence.records;

import java.util.List;
import java.util.Map;

import org.secureaccess.keycloak.evidence.records.ImportReport.RowError;

/**
 * One row as read from an import file, before validation: text by field name, accounts and phones as pairs, and
 * whatever was already wrong with its shape.
 *
 * @param row      the row's number among the data rows (1 = the first)
 * @param line     where a CSV row starts, or null
 * @param fields   identity fields by {@link org.secureaccess.keycloak.evidence.EvidenceFields} name; absent = empty
 * @param accounts (type, number) pairs
 * @param phones   (number, line type) pairs
 * @param problems shape problems found while reading (unknown field, wrong JSON type, malformed CSV, ...)
 * @param unusable whether the fields cannot be trusted at all (then only {@code problems} is reported)
 */
record RawRow(long row, Long line, Map<String, String> fields, List<Item> accounts, List<Item> phones, List<RowError> problems,
        boolean unusable) {

    /**
     * @param first     account type, or phone number
     * @param second    account number, or phone line type
     * @param malformed the item could not be read as a pair
     */
    record Item(String first, String second, boolean malformed) {

        static final Item MALFORMED = new Item(null, null, true);

        /** {@code TYPE:number} or {@code number:LINE_TYPE}: split at the first or last colon. */
        static Item split(String text, boolean atLastColon) {
            int colon = atLastColon ? text.lastIndexOf(':') : text.indexOf(':');
            if (colon < 0) {
                return MALFORMED;
            }
            return new Item(text.substring(0, colon).strip(), text.substring(colon + 1).strip(), false);
        }

        /** {@code A:x;B:y} → items; empty parts are skipped. */
        static List<Item> list(String text, boolean atLastColon) {
            if (text == null || text.isBlank()) {
                return List.of();
            }
            return java.util.Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(s -> split(s, atLastColon)).toList();
        }
    }

    RawRow {
        fields = Map.copyOf(fields);
        accounts = List.copyOf(accounts);
        phones = List.copyOf(phones);
        problems = List.copyOf(problems);
    }

    static RawRow unusable(long row, Long line, RowError problem) {
        return new RawRow(row, line, Map.of(), List.of(), List.of(), List.of(problem), true);
    }

    @Override
    public String toString() {
        return "RawRow[row=" + row + "]";
    }
}
