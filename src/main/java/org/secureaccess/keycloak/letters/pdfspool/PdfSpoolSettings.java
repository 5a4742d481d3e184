package org.secureaccess.keycloak.letters.pdfspool;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The pdf-spool sender's options, parsed defensively: a bad value never throws, it becomes a
 * {@linkplain #problems() problem} and the sender then refuses every letter with MISCONFIGURED.
 *
 * @param directory     the absolute folder the letters are written to (null when missing or refused)
 * @param returnAddress the lines of the sender's address, printed in the envelope's upper window; may be empty
 * @param problems      configuration errors; empty when the sender may write letters
 */
record PdfSpoolSettings(Path directory, List<String> returnAddress, List<String> problems) {

    static final String OPT_DIRECTORY = "directory";
    static final String OPT_RETURN_ADDRESS = "return-address";

    static final List<String> OPTIONS = List.of(OPT_DIRECTORY, OPT_RETURN_ADDRESS);

    /** What fits the upper window of a #10 double-window envelope at the size it is printed in. */
    static final int MAX_RETURN_ADDRESS_LINES = 5;
    static final int MAX_RETURN_ADDRESS_LINE_LENGTH = 64;

    /** Lines are separated by a typed {@code \n} (options are one line on a command line) or a real line break. */
    private static final Pattern LINE_BREAK = Pattern.compile("\\\\n|\\r?\\n|\\r");

    PdfSpoolSettings {
        returnAddress = List.copyOf(returnAddress);
        problems = List.copyOf(problems);
    }

    boolean usable() {
        return problems.isEmpty();
    }

    /**
     * Reads the options through {@code option} (an SPI {@code Config.Scope::get} in the server).
     * {@code warnings} receives notes about settings that work but may not be what was meant.
     */
    static PdfSpoolSettings parse(Function<String, String> option, List<String> warnings) {
        List<String> problems = new ArrayList<>();
        Path directory = parseDirectory(option.apply(OPT_DIRECTORY), problems);
        List<String> returnAddress = parseReturnAddress(option.apply(OPT_RETURN_ADDRESS), problems);
        if (returnAddress.isEmpty()) {
            warnings.add("option '" + OPT_RETURN_ADDRESS + "' is not set: letters carry no return address, so undeliverable "
                    + "ones cannot come back");
        }
        return new PdfSpoolSettings(directory, returnAddress, problems);
    }

    private static Path parseDirectory(String configured, List<String> problems) {
        String value = configured == null || configured.isBlank() ? null : configured.strip();
        if (value == null) {
            problems.add("option '" + OPT_DIRECTORY + "' is required (an absolute path such as /var/spool/secure-access/letters)");
            return null;
        }
        Path path;
        try {
            path = Path.of(value);
        } catch (InvalidPathException e) {
            problems.add("option '" + OPT_DIRECTORY + "' is not a valid path: '" + value + "'");
            return null;
        }
        if (!path.isAbsolute()) {
            problems.add("option '" + OPT_DIRECTORY + "' must be an absolute path, not '" + value
                    + "' (a relative one would depend on the folder the server was started from)");
            return null;
        }
        return path.normalize();
    }

    private static List<String> parseReturnAddress(String configured, List<String> problems) {
        if (configured == null || configured.isBlank()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        for (String line : LINE_BREAK.split(configured.strip())) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        if (lines.size() > MAX_RETURN_ADDRESS_LINES) {
            problems.add("option '" + OPT_RETURN_ADDRESS + "' has " + lines.size() + " lines; at most " + MAX_RETURN_ADDRESS_LINES
                    + " fit the envelope window");
        }
        for (String line : lines) {
            if (line.length() > MAX_RETURN_ADDRESS_LINE_LENGTH) {
                problems.add("option '" + OPT_RETURN_ADDRESS + "' has a line longer than " + MAX_RETURN_ADDRESS_LINE_LENGTH
                        + " characters");
            }
            if (line.chars().anyMatch(Character::isISOControl)) {
                problems.add("option '" + OPT_RETURN_ADDRESS + "' contains control characters");
            }
        }
        return lines;
    }
}
