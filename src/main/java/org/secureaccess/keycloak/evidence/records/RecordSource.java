package org.secureaccess.keycloak.evidence.records;

import java.io.Closeable;
import java.io.IOException;
import java.util.regex.Pattern;

/** Rows of an import file, read one at a time. */
interface RecordSource extends Closeable {

    /** The field names a report may repeat: lower-case words, at most one digit at the end (never a value from the file). */
    Pattern SHOWABLE_NAME = Pattern.compile("[a-z][a-z_]{0,38}[0-9]?");

    /**
     * The next row, or null after the last.
     *
     * @throws IOException when the rest of the input cannot be read (the rows before it stand)
     */
    RawRow next() throws IOException;

    /** What a report may call an unknown column or field: its name when {@link #SHOWABLE_NAME showable}, else "(unnamed)". */
    static String showable(String name) {
        return name != null && SHOWABLE_NAME.matcher(name).matches() ? name : "(unnamed)";
    }
}
