package org.secureaccess.keycloak.evidence.records;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 comma-separated values one record at a time, without holding more than one record in memory.
 *
 * <ul>
 *   <li>Fields are separated by commas; records end with CRLF, LF or a lone CR.</li>
 *   <li>A field in double quotes may hold commas, line breaks and doubled quotes ({@code ""} for {@code "}).</li>
 *   <li>A UTF-8 byte order mark at the very start is skipped; so are empty lines.</li>
 *   <li>Leniency with a note: a quote inside an unquoted field, or text after a closing quote, is kept as text and
 *       the record is marked {@linkplain Record#malformed() malformed} (the caller refuses it and goes on).</li>
 *   <li>Fatal ({@link CsvFormatException}): a quoted field still open at the end of the input, or a record longer than
 *       the limit; reading cannot safely continue after either.</li>
 * </ul>
 * Values are returned as written (no trimming).
 */
final class CsvReader implements Closeable {

    /**
     * One record.
     *
     * @param fields    the values, in column order
     * @param line      the line the record starts on (1 = the first line)
     * @param malformed whether a quote was out of place
     */
    record Record(List<String> fields, long line, boolean malformed) {
    }

    /** The input cannot be read as CSV from here on. The message names the line, never the content. */
    static final class CsvFormatException extends IOException {

        private static final long serialVersionUID = 1L;
        private final long line;

        CsvFormatException(String message, long line) {
            super(message + " (line " + line + ")");
            this.line = line;
        }

        long line() {
            return line;
        }
    }

    private static final int EOF = -1;

    private final Reader in;
    private final int maxRecordChars;
    private long line = 1;
    private boolean started;
    private int pushedBack = Integer.MIN_VALUE;

    CsvReader(Reader in, int maxRecordChars) {
        this.in = in;
        this.maxRecordChars = maxRecordChars;
    }

    /** The next record with at least one character, or null at the end of the input. */
    Record next() throws IOException {
        while (true) {
            int c = read();
            if (c == EOF) {
                return null;
            }
            if (c == '\r' || c == '\n') {
                endOfLine(c);
                continue; // an empty line
            }
            unread(c);
            return record();
        }
    }

    private Record record() throws IOException {
        long startLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean malformed = false;
        int chars = 0;
        while (true) {
            int c = read();
            if (++chars > maxRecordChars) {
                throw new CsvFormatException("record longer than " + maxRecordChars + " characters", startLine);
            }
            if (c == '"' && field.isEmpty()) {
                // A quoted field: up to the closing quote, then a separator.
                chars += quoted(field, startLine, maxRecordChars - chars);
                int after = read();
                while (after != ',' && after != '\r' && after != '\n' && after != EOF) {
                    malformed = true;
                    field.append((char) after);
                    if (++chars > maxRecordChars) {
                        throw new CsvFormatException("record longer than " + maxRecordChars + " characters", startLine);
                    }
                    after = read();
                }
                c = after;
            } else if (c == '"') {
                malformed = true;
                field.append('"');
                continue;
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n' || c == EOF) {
                fields.add(field.toString());
                if (c != EOF) {
                    endOfLine(c);
                }
                return new Record(List.copyOf(fields), startLine, malformed);
            } else {
                field.append((char) c);
            }
        }
    }

    /** Reads a quoted field's content after its opening quote, through its closing quote; returns the characters read. */
    private int quoted(StringBuilder field, long startLine, int budget) throws IOException {
        int chars = 0;
        while (true) {
            int c = read();
            if (++chars > budget) {
                throw new CsvFormatException("record longer than " + maxRecordChars + " characters", startLine);
            }
            if (c == EOF) {
                throw new CsvFormatException("quoted field not closed before the end of the input", startLine);
            }
            if (c == '"') {
                int next = read();
                if (next == '"') {
                    field.append('"');
                    chars++;
                    continue;
                }
                unread(next);
                return chars;
            }
            if (c == '\n' || (c == '\r' && peek() != '\n')) {
                line++;
            }
            field.append((char) c);
        }
    }

    private void endOfLine(int c) throws IOException {
        if (c == '\r') {
            int next = read();
            if (next != '\n') {
                unread(next);
            }
        }
        line++;
    }

    private int read() throws IOException {
        if (pushedBack != Integer.MIN_VALUE) {
            int c = pushedBack;
            pushedBack = Integer.MIN_VALUE;
            return c;
        }
        int c = in.read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = in.read();
            }
        }
        return c;
    }

    private int peek() throws IOException {
        int c = read();
        unread(c);
        return c;
    }

    private void unread(int c) {
        pushedBack = c;
    }

    /** The line the reader is on (after the last record read). */
    long line() {
        return line;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
