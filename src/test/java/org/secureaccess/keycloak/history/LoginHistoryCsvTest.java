package org.secureaccess.keycloak.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The administrators' CSV export must be safe to open in any spreadsheet, whatever separator it splits on. */
class LoginHistoryCsvTest {

    private static final String TRIGGERS = "=+-@\t\r＝＋－＠";

    @Test
    void everyFieldIsQuoted() {
        assertEquals("\"plain\"", LoginHistoryAdminResource.csvField("plain"));
        assertEquals("\"\"", LoginHistoryAdminResource.csvField(""));
        assertEquals("\"a,b\"", LoginHistoryAdminResource.csvField("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", LoginHistoryAdminResource.csvField("say \"hi\""));
        assertEquals("\"two\nlines\"", LoginHistoryAdminResource.csvField("two\nlines"));
    }

    @Test
    void aLeadingFormulaCharacterIsNeutralised() {
        assertEquals("\"'=HYPERLINK(1)\"", LoginHistoryAdminResource.csvField("=HYPERLINK(1)"));
        assertEquals("\"'+1+1\"", LoginHistoryAdminResource.csvField("+1+1"));
        assertEquals("\"'-1+1\"", LoginHistoryAdminResource.csvField("-1+1"));
        assertEquals("\"'@SUM(A1)\"", LoginHistoryAdminResource.csvField("@SUM(A1)"));
        // A tab or CR is a formula start for some spreadsheets and a separator for others: both ways are covered.
        assertEquals("\"'\t'=1\"", LoginHistoryAdminResource.csvField("\t=1"));
        assertEquals("\"'\r'=1\"", LoginHistoryAdminResource.csvField("\r=1"));
        assertEquals("\" '=1\"", LoginHistoryAdminResource.csvField(" =1"));
        assertEquals("\"'＝1+1\"", LoginHistoryAdminResource.csvField("＝1+1"));
    }

    /**
     * A spreadsheet that splits on ';', tab or '|' (as many locales do) sees cells start inside our fields: none
     * of those cells may start with a formula character either.
     */
    @Test
    void noCellStartsWithAFormulaWhateverTheSeparator() {
        String[] hostile = {"Mozilla/5.0;=cmd|' /C calc'!A0", "x,=1+1", "x;+1", "x\t@SUM(1)", "x|-2+3", "x; =1", "x;\t=1", "x\n=1", "x\r\n-1",
                "a;b;=c", "\"=1\";=2", "x;;=1", "x,＝1"};
        for (String value : hostile) {
            String line = String.join(",", LoginHistoryAdminResource.csvField("time"), LoginHistoryAdminResource.csvField(value));
            for (String separator : new String[] {",", ";", "\t", "|", "\n", "\r"}) {
                for (String cell : splitNaively(line, separator)) {
                    String stripped = cell.replaceFirst("^[\\s\"]+", "");
                    assertFalse(!stripped.isEmpty() && TRIGGERS.indexOf(stripped.charAt(0)) >= 0,
                            "splitting " + line.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + " on '" + separator
                                    + "' gives a cell starting with a formula: " + cell);
                }
            }
        }
    }

    @Test
    void theValueSurvivesApartFromTheNeutralisingApostrophes() {
        String value = "Mozilla/5.0 (X11; Linux) \"quoted\", and more";
        String field = LoginHistoryAdminResource.csvField(value);
        assertTrue(field.startsWith("\"") && field.endsWith("\""), field);
        assertEquals(value, field.substring(1, field.length() - 1).replace("\"\"", "\""));
    }

    /** What a spreadsheet with the wrong separator does: splits everywhere, quotes or not. */
    private static List<String> splitNaively(String line, String separator) {
        return new ArrayList<>(List.of(line.split(Pattern.quote(separator), -1)));
    }
}
