package org.secureaccess.keycloak.letters.pdfspool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Option parsing: defensive, never throws, names the option at fault. */
class PdfSpoolSettingsTest {

    private final List<String> warnings = new ArrayList<>();

    private PdfSpoolSettings parse(String... keyValues) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            options.put(keyValues[i], keyValues[i + 1]);
        }
        return PdfSpoolSettings.parse(options::get, warnings);
    }

    @Test
    void directoryIsRequiredAndAbsolute() {
        PdfSpoolSettings ok = parse("directory", " /var/spool/secure-access/../secure-access/letters ");
        assertTrue(ok.usable(), ok.problems().toString());
        assertEquals(Path.of("/var/spool/secure-access/letters"), ok.directory());

        PdfSpoolSettings missing = parse();
        assertFalse(missing.usable());
        assertTrue(missing.problems().get(0).contains("'directory' is required"), missing.problems().toString());

        PdfSpoolSettings relative = parse("directory", "letters");
        assertFalse(relative.usable());
        assertNull(relative.directory());
        assertTrue(relative.problems().get(0).contains("must be an absolute path"), relative.problems().toString());

        assertFalse(parse("directory", "/var/spool/\u0000x").usable());
    }

    @Test
    void returnAddressLinesAreSeparatedByATypedBackslashNOrALineBreak() {
        assertEquals(List.of("Secure Access", "PO Box 1000", "Springfield, IL 62701"),
                parse("directory", "/tmp/x", "return-address", "Secure Access\\nPO Box 1000\\n Springfield, IL 62701 ").returnAddress());
        assertEquals(List.of("Secure Access", "PO Box 1000"),
                parse("directory", "/tmp/x", "return-address", "Secure Access\nPO Box 1000\n").returnAddress());
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void noReturnAddressWorksWithAWarning() {
        PdfSpoolSettings s = parse("directory", "/tmp/x");
        assertTrue(s.usable());
        assertEquals(List.of(), s.returnAddress());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("'return-address'"), warnings.get(0));
    }

    @Test
    void returnAddressMustFitTheWindow() {
        assertFalse(parse("directory", "/tmp/x", "return-address", "1\\n2\\n3\\n4\\n5\\n6").usable());
        assertFalse(parse("directory", "/tmp/x", "return-address", "x".repeat(65)).usable());
        assertTrue(parse("directory", "/tmp/x", "return-address", "1\\n2\\n3\\n4\\n5").usable());
    }

    // ---- the envelope window at max-1, max and max+1: 5 lines of 64 characters -------------------------------------

    @ParameterizedTest(name = "{0} lines: accepted {1}")
    @CsvSource({"4, true", "5, true", "6, false"})
    void aReturnAddressHasAtMostFiveLines(int lines, boolean accepted) {
        String address = String.join("\\n", Collections.nCopies(lines, "line"));
        PdfSpoolSettings s = parse("directory", "/tmp/x", "return-address", address);
        assertEquals(accepted, s.usable(), s.problems().toString());
        assertEquals(lines, s.returnAddress().size(), "every line is read, also when too many");
    }

    @ParameterizedTest(name = "a line of {0} characters: accepted {1}")
    @CsvSource({"63, true", "64, true", "65, false"})
    void aReturnAddressLineHasAtMostSixtyFourCharacters(int length, boolean accepted) {
        PdfSpoolSettings s = parse("directory", "/tmp/x", "return-address", "Secure Access\\n" + "x".repeat(length));
        assertEquals(accepted, s.usable(), s.problems().toString());
    }
}
