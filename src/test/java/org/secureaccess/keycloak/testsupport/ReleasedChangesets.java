package org.secureaccess.keycloak.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * src/test/resources/liquibase-changeset-checksums.txt: the Liquibase checksum of every changeset of ours, which
 * {@code ChangesetChecksumsTest} keeps in step with the changelogs and the upgrade test compares with a release's
 * database. Lines {@code file::id::author checksum}; blank lines and lines starting with # are ignored.
 */
public final class ReleasedChangesets {

    public static final String FILE = "src/test/resources/liquibase-changeset-checksums.txt";

    private ReleasedChangesets() {
    }

    /** {@code file::id::author} to its checksum's text, in the file's order; fails naming the line of a bad entry. */
    public static Map<String, String> read() throws IOException {
        Map<String, String> recorded = new LinkedHashMap<>();
        try (InputStream in = ReleasedChangesets.class.getResourceAsStream("/liquibase-changeset-checksums.txt")) {
            if (in == null) {
                throw new AssertionError(FILE + " is missing");
            }
            int lineNumber = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                lineNumber++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] parts = trimmed.split("\\s+");
                if (parts.length != 2 || parts[0].split("::", -1).length != 3) {
                    throw new AssertionError(FILE + " line " + lineNumber + " is not 'file::id::author checksum': " + trimmed);
                }
                if (recorded.put(parts[0], parts[1]) != null) {
                    throw new AssertionError(FILE + " lists " + parts[0] + " twice");
                }
            }
        }
        return recorded;
    }
}
