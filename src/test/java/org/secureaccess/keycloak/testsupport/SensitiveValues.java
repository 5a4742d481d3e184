package org.secureaccess.keycloak.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The registry of personal data and secrets this test run used: every SSN/ITIN, date of birth, account number, phone
 * number, one-time code, TOTP secret, recovery code, gateway token and keyed-hash secret that the test support typed,
 * configured or received. After the Keycloak integration tests, {@code afterall.ServerLogScanIT} searches the server
 * log (which carries every user and admin event) for each of them and fails the build on any hit.
 *
 * <p>Values go to a file named by the run id ({@link BuildInfo#sensitiveValuesFile()}), one {@code KIND<TAB>value} a
 * line, so that no earlier run's values can satisfy or confuse the check. The file is appended to as the values appear;
 * outside a Maven integration-test run (unit tests) recording does nothing.
 *
 * <p>{@link Kind#CONTROL} values are the opposite: the run plants them in the log and in stored events on purpose
 * ({@code leakcheck.LeakCheckControlIT}), and the check fails when one is missing.
 */
public final class SensitiveValues {

    /** What a value is; the check's failure names the kind, never the value. */
    public enum Kind {
        TAX_ID("SSN/ITIN"),
        DATE_OF_BIRTH("date of birth"),
        ACCOUNT_NUMBER("account number"),
        PHONE_NUMBER("full phone number"),
        ONE_TIME_CODE("one-time code"),
        TOTP_SECRET("TOTP secret"),
        RECOVERY_CODE("recovery code"),
        GATEWAY_TOKEN("gateway token"),
        KEYED_HASH_SECRET("keyed-hash secret"),
        /** A made-up value the run plants in the log and in a stored event; it must be found. */
        CONTROL("control value");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One recorded value. */
    public record Entry(Kind kind, String value) {

        public Entry {
            if (value.indexOf('\t') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("A sensitive value can not hold a tab or a line break");
            }
        }

        String line() {
            return kind.name() + "\t" + value;
        }

        static Entry parse(String line) {
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw new IllegalArgumentException("Not a KIND<TAB>value line: " + line.length() + " characters");
            }
            return new Entry(Kind.valueOf(line.substring(0, tab)), line.substring(tab + 1));
        }
    }

    private static final Set<Entry> RECORDED = new HashSet<>();

    private SensitiveValues() {
    }

    /** Records a value the tests used; blank and null values are ignored. */
    public static void record(Kind kind, String value) {
        if (value == null || value.isBlank() || !BuildInfo.inIntegrationTestRun()) {
            return;
        }
        Entry entry = new Entry(kind, value.strip());
        synchronized (RECORDED) {
            if (!RECORDED.add(entry)) {
                return;
            }
            Path file = BuildInfo.sensitiveValuesFile();
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, entry.line() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not record a sensitive value in " + file, e);
            }
        }
    }

    public static void record(Kind kind, String... values) {
        for (String value : values) {
            record(kind, value);
        }
    }

    /**
     * A new control value {@code lc-<purpose>-<run id>}, unique to this run, and records it: the check after the suite
     * fails unless it finds the value in this run's server log. Short enough to be a username whose default site
     * phrase ("Phrase of ...", at most 40 characters) fits, for purposes of up to 7 letters.
     */
    public static String control(String purpose) {
        if (!purpose.matches("[a-z]{1,7}")) {
            throw new IllegalArgumentException("purpose: 1 to 7 lower case letters");
        }
        String value = "lc-" + purpose + "-" + BuildInfo.runId().toLowerCase();
        record(Kind.CONTROL, value);
        return value;
    }

    /** The values a run recorded, in the order they were recorded. */
    public static List<Entry> read(Path file) throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isEmpty()) {
                entries.add(Entry.parse(line));
            }
        }
        return entries;
    }
}
