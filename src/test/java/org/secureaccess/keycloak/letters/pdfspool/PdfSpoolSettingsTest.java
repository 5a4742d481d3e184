package org.secureaccess.keycloak.letters.pdfspool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

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
}
