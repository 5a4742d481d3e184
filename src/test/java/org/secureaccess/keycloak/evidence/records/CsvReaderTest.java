package org.secureaccess.keycloak.evidence.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** RFC 4180 reading: quotes, embedded separators and line breaks, line endings, BOM, and what counts as broken. */
class CsvReaderTest {

    private static List<CsvReader.Record> read(String csv) throws IOException {
        CsvReader reader = new CsvReader(new StringReader(csv), 1000);
        List<CsvReader.Record> records = new ArrayList<>();
        CsvReader.Record record;
        while ((record = reader.next()) != null) {
            records.add(record);
        }
        return records;
    }

    private static List<List<String>> fields(String csv) throws IOException {
        return read(csv).stream().map(CsvReader.Record::fields).toList();
    }

    @Test
    void plainRecordsWithEveryLineEnding() throws IOException {
        List<List<String>> expected = List.of(List.of("a", "b", "c"), List.of("1", "2", "3"));
        assertEquals(expected, fields("a,b,c\r\n1,2,3\r\n"));
        assertEquals(expected, fields("a,b,c\n1,2,3\n"));
        assertEquals(expected, fields("a,b,c\r1,2,3\r"));
        assertEquals(expected, fields("a,b,c\n1,2,3"), "no line break after the last record");
    }

    @Test
    void emptyFieldsAndEmptyLines() throws IOException {
        assertEquals(List.of(List.of("", "", ""), List.of("x", "")), fields(",,\n\n\r\nx,\n\n"));
        assertEquals(List.of(), fields(""));
        assertEquals(List.of(), fields("\r\n\n"));
        assertEquals(List.of(List.of(" a ", " b")), fields(" a , b"), "spaces are kept; the caller trims");
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() throws IOException {
        List<CsvReader.Record> records = read("name,address\r\n"
                + "\"Doe, Jane\",\"742 Evergreen Terrace\r\nApt 2\"\r\n"
                + "\"She said \"\"hi\"\"\",\"line\nbreak\"\n"
                + "\"\",last\n");
        assertEquals(List.of("name", "address"), records.get(0).fields());
        assertEquals(List.of("Doe, Jane", "742 Evergreen Terrace\r\nApt 2"), records.get(1).fields());
        assertEquals(List.of("She said \"hi\"", "line\nbreak"), records.get(2).fields());
        assertEquals(List.of("", "last"), records.get(3).fields());
        assertEquals(List.of(1L, 2L, 4L, 6L), records.stream().map(CsvReader.Record::line).toList(), "lines where records start");
        assertTrue(records.stream().noneMatch(CsvReader.Record::malformed));
    }

    @Test
    void aByteOrderMarkIsSkipped() throws IOException {
        assertEquals(List.of(List.of("first_name", "last_name"), List.of("Zoë", "Lee")), fields("\uFEFFfirst_name,last_name\r\nZoë,Lee\r\n"));
        assertEquals(List.of(List.of("a\uFEFF")), fields("a\uFEFF"), "only at the very start");
    }

    @Test
    void strayQuotesMarkTheRecordAndReadingGoesOn() throws IOException {
        List<CsvReader.Record> records = read("ab\"c,d\n\"x\"y,z\nok,fine\n");
        assertTrue(records.get(0).malformed());
        assertEquals(List.of("ab\"c", "d"), records.get(0).fields());
        assertTrue(records.get(1).malformed());
        assertEquals(List.of("xy", "z"), records.get(1).fields());
        assertFalse(records.get(2).malformed());
        assertEquals(List.of("ok", "fine"), records.get(2).fields());
        assertEquals(3L, records.get(2).line());
    }

    @Test
    void anUnclosedQuoteIsFatalAndNamesTheLine() {
        CsvReader.CsvFormatException e = assertThrows(CsvReader.CsvFormatException.class, () -> read("a,b\n1,\"987-65-4320\n2,3\n"));
        assertEquals(2, e.line());
        assertFalse(e.getMessage().contains("987"), "the message never quotes the content");
    }

    @Test
    void anOverlongRecordIsFatal() throws IOException {
        CsvReader reader = new CsvReader(new StringReader("short\n" + "x".repeat(2000) + "\nafter\n"), 1000);
        assertEquals(List.of("short"), reader.next().fields());
        CsvReader.CsvFormatException e = assertThrows(CsvReader.CsvFormatException.class, reader::next);
        assertEquals(2, e.line());
        CsvReader quoted = new CsvReader(new StringReader("\"" + "x".repeat(2000) + "\"\n"), 1000);
        assertThrows(CsvReader.CsvFormatException.class, quoted::next);
    }

    @Test
    void theEndOfInputEndsTheLastRecord() throws IOException {
        CsvReader reader = new CsvReader(new StringReader("\"a\""), 100);
        assertEquals(List.of("a"), reader.next().fields());
        assertNull(reader.next());
        assertNull(reader.next());
    }
}
