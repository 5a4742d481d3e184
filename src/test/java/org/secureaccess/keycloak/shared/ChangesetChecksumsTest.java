package org.secureaccess.keycloak.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.secureaccess.keycloak.testsupport.ReleasedChangesets;

import liquibase.ChecksumVersion;
import liquibase.change.CheckSum;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.parser.core.xml.XMLChangeLogSAXParser;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;

/**
 * Keycloak stores the Liquibase checksum of every changeset it runs and, at the next start, refuses to start
 * when a changeset it already ran has a different checksum. A released changeset edited in place would
 * therefore stop every upgraded installation (or, worse, tempt someone to clear the checksums by hand). This
 * test holds the released checksums in src/test/resources/liquibase-changeset-checksums.txt and computes the
 * current ones with the Liquibase that Keycloak runs (liquibase-core 4.33.0, from keycloak-model-jpa; the
 * 26.7.3 distribution ships the same jar in lib/lib/main).
 */
class ChangesetChecksumsTest {

    private static final String RECORD_FILE = ReleasedChangesets.FILE;
    private static final Path CHANGELOG_SOURCES = Path.of("src/main/resources/META-INF/secure-access");
    /** The location our JpaEntityProviderFactory classes give Keycloak, so file paths match Keycloak's records. */
    private static final String CHANGELOG_LOCATION = "META-INF/secure-access/";

    @Test
    void releasedChangesetsAreUnchangedAndEveryChangesetIsRecorded() throws Exception {
        Map<String, CheckSum> recorded = readRecord();
        Map<String, ChangeSet> current = currentChangesets();
        assertFalse(current.isEmpty(), "no changesets found under " + CHANGELOG_SOURCES.toAbsolutePath());

        List<String> problems = new ArrayList<>();
        recorded.forEach((key, released) -> {
            ChangeSet changeSet = current.get(key);
            if (changeSet == null) {
                problems.add("Released changeset " + key + " is gone. Databases that ran it keep its row; restore it"
                        + " unchanged (undo it with a new changeset if needed).");
                return;
            }
            // Liquibase checks a ran changeset with the checksum version it stored, so compare in that version.
            CheckSum now = changeSet.generateCheckSum(ChecksumVersion.enumFromChecksumVersion(released.getVersion()));
            if (!now.equals(released)) {
                problems.add("Changeset " + key + " changed (released checksum " + released + ", now " + now
                        + "): released changesets are immutable; add a new changeset instead.");
            }
        });
        current.forEach((key, changeSet) -> {
            if (!recorded.containsKey(key)) {
                problems.add("New changeset " + key + " is not recorded yet; add this line to " + RECORD_FILE
                        + ":\n" + key + " " + changeSet.generateCheckSum(ChecksumVersion.latest()));
            }
        });
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }

    private static Map<String, ChangeSet> currentChangesets() throws Exception {
        List<String> files;
        try (Stream<Path> listing = Files.list(CHANGELOG_SOURCES)) {
            files = listing.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith("-changelog.xml"))
                    .sorted()
                    .toList();
        }
        Map<String, ChangeSet> changesets = new LinkedHashMap<>();
        try (ClassLoaderResourceAccessor resources = new ClassLoaderResourceAccessor(ChangesetChecksumsTest.class.getClassLoader())) {
            for (String file : files) {
                DatabaseChangeLog changeLog = new XMLChangeLogSAXParser()
                        .parse(CHANGELOG_LOCATION + file, new ChangeLogParameters(), resources);
                for (ChangeSet changeSet : changeLog.getChangeSets()) {
                    String key = changeSet.getFilePath() + "::" + changeSet.getId() + "::" + changeSet.getAuthor();
                    if (changesets.put(key, changeSet) != null) {
                        fail("Changeset " + key + " is declared twice");
                    }
                }
            }
        }
        return changesets;
    }

    private static Map<String, CheckSum> readRecord() throws IOException {
        Map<String, CheckSum> recorded = new LinkedHashMap<>();
        ReleasedChangesets.read().forEach((key, checksum) -> recorded.put(key, CheckSum.parse(checksum)));
        return recorded;
    }
}
