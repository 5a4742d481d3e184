package org.secureaccess.keycloak.leakcheck;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.secureaccess.keycloak.testsupport.SensitiveValues.Entry;
import org.secureaccess.keycloak.testsupport.SensitiveValues.Kind;

/**
 * Searches text (a server log, whose lines carry every user and admin event) for a run's sensitive values in all
 * their {@linkplain SensitiveForms forms}, as whole tokens and ignoring case, and checks that every control value is
 * there. Modelled on Login.gov's analytics PII alerter: known values, searched for in every spelling and encoding.
 *
 * <p>A form matches as a whole token: where it begins (ends) with a letter or digit, the character before (after) it
 * must not be one, so that a code {@code 123456} is not found inside {@code 91234567}. Every run of letters and digits
 * inside a matching form is therefore a whole run of the line too; the scan looks each run of a line up among the
 * forms' longest runs and compares only there, so it costs one pass over the text whatever the number of values.
 */
public final class LeakScanner {

    /** One form of one value, with its longest run of letters and digits as the key it is looked up by. */
    private record Needle(Kind kind, String value, String text, String description, String anchor, int anchorOffset) {
    }

    /** A sensitive value found: where, which kind, how it was written; the value itself only masked. */
    public record Leak(Kind kind, String maskedValue, String form, String source, long lineNumber, String redactedLine) {

        @Override
        public String toString() {
            return kind.label() + " " + maskedValue + " (" + form + ") at " + source + ":" + lineNumber + ": " + redactedLine;
        }
    }

    /** What a scan found. */
    public record Result(List<Leak> leaks, Set<String> controlsExpected, Set<String> controlsFound, long linesScanned,
                         int valuesSearched, int valuesTooShort) {

        public Set<String> controlsMissing() {
            Set<String> missing = new LinkedHashSet<>(controlsExpected);
            missing.removeAll(controlsFound);
            return missing;
        }

        /** Why the check fails, one problem a line; empty when it passes. */
        public List<String> problems() {
            List<String> problems = new ArrayList<>();
            if (controlsExpected.isEmpty()) {
                problems.add("No control value was recorded in this run, so nothing proves that the scan looks at this run's log "
                        + "and events (run leakcheck.LeakCheckControlIT with the integration tests).");
            }
            if (linesScanned == 0) {
                problems.add("The log is empty: no line was scanned.");
            }
            for (String control : controlsMissing()) {
                problems.add("Control value " + control + " is not in the log: the scan did not see this run's server log and "
                        + "events (stale or missing log file, file logging or event logging switched off, or a lower log level).");
            }
            for (Leak leak : leaks) {
                problems.add("Leaked " + leak);
            }
            return problems;
        }
    }

    private static final int MAX_LEAKS_REPORTED = 50;
    private static final int MAX_LINE_SHOWN = 400;

    private final Map<String, List<Needle>> needlesByAnchor = new HashMap<>();
    private final Set<Integer> anchorLengths = new HashSet<>();
    private final Set<String> controls = new LinkedHashSet<>();
    private final int valuesSearched;
    private final int valuesTooShort;

    private final List<Leak> leaks = new ArrayList<>();
    private final Set<String> controlsFound = new HashSet<>();
    private long linesScanned;

    public LeakScanner(Collection<Entry> values) {
        int searched = 0;
        int tooShort = 0;
        for (Entry entry : new LinkedHashSet<>(values)) {
            List<SensitiveForms.Form> forms = SensitiveForms.of(entry.kind(), entry.value());
            if (forms.isEmpty()) {
                tooShort++;
                continue;
            }
            searched++;
            if (entry.kind() == Kind.CONTROL) {
                controls.add(entry.value());
            }
            for (SensitiveForms.Form form : forms) {
                add(entry, form);
            }
        }
        this.valuesSearched = searched;
        this.valuesTooShort = tooShort;
    }

    private void add(Entry entry, SensitiveForms.Form form) {
        String text = form.text().toLowerCase(Locale.ROOT);
        int bestStart = -1;
        int bestLength = 0;
        for (int i = 0; i < text.length(); ) {
            if (!isTokenCharacter(text.charAt(i))) {
                i++;
                continue;
            }
            int end = runEnd(text, i);
            if (end - i > bestLength) {
                bestStart = i;
                bestLength = end - i;
            }
            i = end;
        }
        String anchor = text.substring(bestStart, bestStart + bestLength);
        needlesByAnchor.computeIfAbsent(anchor, key -> new ArrayList<>())
                .add(new Needle(entry.kind(), entry.value(), text, form.description(), anchor, bestStart));
        anchorLengths.add(bestLength);
    }

    /** Scans every line of {@code reader}; {@code source} names it in findings (e.g. the file name). */
    public LeakScanner scan(String source, BufferedReader reader) throws IOException {
        long lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            linesScanned++;
            scanLine(source, lineNumber, line);
        }
        return this;
    }

    private void scanLine(String source, long lineNumber, String original) {
        String line = original.toLowerCase(Locale.ROOT);
        Set<Needle> hitsOnThisLine = new LinkedHashSet<>();
        for (int i = 0; i < line.length(); ) {
            if (!isTokenCharacter(line.charAt(i))) {
                i++;
                continue;
            }
            int end = runEnd(line, i);
            if (anchorLengths.contains(end - i)) {
                List<Needle> candidates = needlesByAnchor.get(line.substring(i, end));
                if (candidates != null) {
                    for (Needle needle : candidates) {
                        if (matchesAt(line, i - needle.anchorOffset(), needle.text())) {
                            hitsOnThisLine.add(needle);
                        }
                    }
                }
            }
            i = end;
        }
        Set<String> reported = new HashSet<>();
        for (Needle needle : hitsOnThisLine) {
            if (needle.kind() == Kind.CONTROL) {
                controlsFound.add(needle.value());
            } else if (reported.add(needle.kind() + "\t" + needle.value()) && leaks.size() < MAX_LEAKS_REPORTED) {
                leaks.add(new Leak(needle.kind(), mask(needle.value()), needle.description(), source, lineNumber,
                        redact(original, hitsOnThisLine)));
            }
        }
    }

    /** Whether {@code text} is at {@code start} of {@code line} as a whole token. */
    static boolean matchesAt(String line, int start, String text) {
        int end = start + text.length();
        if (start < 0 || end > line.length() || !line.startsWith(text, start)) {
            return false;
        }
        boolean openStart = start > 0 && isTokenCharacter(text.charAt(0)) && isTokenCharacter(line.charAt(start - 1));
        boolean openEnd = end < line.length() && isTokenCharacter(text.charAt(text.length() - 1)) && isTokenCharacter(line.charAt(end));
        return !openStart && !openEnd;
    }

    public Result result() {
        return new Result(List.copyOf(leaks), Set.copyOf(controls), Set.copyOf(controlsFound), linesScanned, valuesSearched, valuesTooShort);
    }

    /** ASCII letters and digits: what a token is made of. */
    static boolean isTokenCharacter(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static int runEnd(String text, int start) {
        int end = start;
        while (end < text.length() && isTokenCharacter(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** The value with every letter and digit but the last two hidden: enough to tell values apart in a report. */
    static String mask(String value) {
        StringBuilder out = new StringBuilder();
        int significant = SensitiveForms.significantCharacters(value);
        int seen = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isTokenCharacter(c)) {
                seen++;
                out.append(seen > significant - 2 ? c : '•');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The line with every sensitive value found on it replaced by its kind, shortened. */
    private static String redact(String line, Set<Needle> hits) {
        String redacted = line;
        for (Needle needle : hits) {
            if (needle.kind() != Kind.CONTROL) {
                Matcher matcher = Pattern.compile(Pattern.quote(needle.text()), Pattern.CASE_INSENSITIVE).matcher(redacted);
                redacted = matcher.replaceAll(Matcher.quoteReplacement("[" + needle.kind().label() + "]"));
            }
        }
        return redacted.length() > MAX_LINE_SHOWN ? redacted.substring(0, MAX_LINE_SHOWN) + "…" : redacted;
    }
}
