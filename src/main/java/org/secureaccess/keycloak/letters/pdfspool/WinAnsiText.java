package org.secureaccess.keycloak.letters.pdfspool;

import java.io.IOException;
import java.text.Normalizer;
import java.util.Map;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Makes text printable in one of the standard 14 PDF fonts (WinAnsiEncoding), which cover English and Spanish
 * (á é í ó ú ñ ü ¿ ¡), typographic quotes and dashes. Anything else is replaced rather than refused: first by the
 * same letter without its accent (ő becomes o; ł, đ, ħ and ı, which have no accent to drop, become l, d, h and i),
 * then by {@value #REPLACEMENT}. Line breaks are the caller's business;
 * other control characters are dropped, tabs become spaces.
 */
final class WinAnsiText {

    static final char REPLACEMENT = '?';

    /** Latin letters with a stroke or without a dot, which Unicode does not decompose. */
    private static final Map<Integer, String> UNDECOMPOSABLE = Map.of(
            (int) '\u0141', "L", (int) '\u0142', "l", (int) '\u0110', "D", (int) '\u0111', "d",
            (int) '\u0126', "H", (int) '\u0127', "h", (int) '\u0131', "i");

    private WinAnsiText() {
    }

    static String printable(String text, PDFont font) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().forEach(cp -> {
            if (cp == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(cp)) {
                // dropped
            } else {
                String ch = new String(Character.toChars(cp));
                if (encodable(ch, font)) {
                    out.append(ch);
                } else {
                    String base = UNDECOMPOSABLE.getOrDefault(cp,
                            Normalizer.normalize(ch, Normalizer.Form.NFKD).replaceAll("\\p{M}+", ""));
                    out.append(!base.isEmpty() && encodable(base, font) ? base : String.valueOf(REPLACEMENT));
                }
            }
        });
        return out.toString();
    }

    private static boolean encodable(String text, PDFont font) {
        try {
            font.encode(text);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
