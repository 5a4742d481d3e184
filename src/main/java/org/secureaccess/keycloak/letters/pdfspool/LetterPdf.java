package org.secureaccess.keycloak.letters.pdfspool;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.secureaccess.keycloak.letters.ActivationLetter;
import org.secureaccess.keycloak.letters.LetterContent;

/**
 * Lays out one activation letter as a print-ready PDF: U.S. Letter, folded in three for a #10 double-window envelope
 * (the return address shows through the upper window, the recipient through the lower one; the body starts below
 * the first fold), then the title, greeting, paragraphs, the code in large monospaced type grouped for reading aloud,
 * the expiry line, signature and footer. Only the standard 14 PDF fonts are used, so no font file is needed or
 * embedded. Not thread-safe per call, but holds no state: one instance serves every letter.
 */
final class LetterPdf {

    /** A rendered letter. */
    record Rendered(byte[] pdf, int pageCount) {
    }

    static final String PAGE_SIZE = "US-Letter";
    static final String ENVELOPE = "#10-double-window";

    private static final float INCH = 72f;
    private static final PDRectangle PAGE = PDRectangle.LETTER; // 8.5 x 11 in
    private static final float MARGIN_X = 0.875f * INCH;
    private static final float TEXT_WIDTH = PAGE.getWidth() - 2 * MARGIN_X;

    // Envelope windows (#10 double window, letter tri-folded; positions measured from the top of the sheet).
    // Upper window ~0.5-1.375 in from the top, lower window ~2.0-3.125 in, both from 0.875 in at the left, 3.5 in wide.
    private static final float RETURN_ADDRESS_TOP = 0.625f * INCH;
    private static final float RECIPIENT_TOP = 2.125f * INCH;
    private static final float WINDOW_WIDTH = 3.5f * INCH;
    private static final float RETURN_ADDRESS_SIZE = 9f;
    private static final float RECIPIENT_SIZE = 11f;
    private static final float MIN_ADDRESS_SIZE = 6.5f;
    /** The body starts below the first fold (11 in / 3) so that only the addresses show through the windows. */
    private static final float BODY_TOP = 3.9f * INCH;
    private static final float CONTINUATION_TOP = 0.875f * INCH;
    private static final float BOTTOM_MARGIN = 0.625f * INCH;

    private static final float TITLE_SIZE = 16f;
    private static final float BODY_SIZE = 11f;
    private static final float BODY_LEADING = 14.5f;
    private static final float PARAGRAPH_GAP = 8f;
    private static final float CODE_SIZE = 28f;
    private static final float FOOTER_SIZE = 8f;
    private static final float FOOTER_LEADING = 10f;
    private static final float REFERENCE_SIZE = 7f;

    Rendered render(ActivationLetter letter, List<String> returnAddress) throws IOException {
        BundledFontMapper.install();
        try (PDDocument document = new PDDocument()) {
            Page page = new Page(document, new Fonts(), letter.content().footer());
            try {
                page.letterhead(letter.letterId(), returnAddress, letter.to().lines());
                page.body(letter);
            } finally {
                page.close();
            }

            LetterContent content = letter.content();
            document.getDocumentCatalog().setLanguage(content.languageTag());
            document.getDocumentInformation().setTitle(page.fonts.printable(content.title(), page.fonts.bold));
            document.getDocumentInformation().setProducer("Secure Access for Keycloak");
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            created.setTimeInMillis(letter.issuedAt().toEpochMilli());
            document.getDocumentInformation().setCreationDate(created);

            ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
            document.save(out);
            return new Rendered(out.toByteArray(), document.getNumberOfPages());
        }
    }

    /** The standard 14 fonts used; created per document (PDFBox font objects belong to one document's resources). */
    static final class Fonts {
        final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        final PDFont mono = new PDType1Font(Standard14Fonts.FontName.COURIER_BOLD);

        String printable(String text, PDFont font) {
            return WinAnsiText.printable(text, font);
        }
    }

    /** Writes top-down, starting a new page whenever the next block does not fit above the footer. */
    private static final class Page {
        private final PDDocument document;
        private final Fonts fonts;
        private final List<String> footerLines;
        private PDPageContentStream stream;
        private float y;

        Page(PDDocument document, Fonts fonts, String footer) throws IOException {
            this.document = document;
            this.fonts = fonts;
            this.footerLines = footer.isBlank() ? List.of() : wrap(footer, fonts.regular, FOOTER_SIZE, TEXT_WIDTH);
            newPage(BODY_TOP);
        }

        private float bottom() {
            return BOTTOM_MARGIN + footerLines.size() * FOOTER_LEADING + (footerLines.isEmpty() ? 0 : BODY_LEADING);
        }

        private void newPage(float top) throws IOException {
            close();
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            float footerY = BOTTOM_MARGIN + (footerLines.size() - 1) * FOOTER_LEADING;
            stream.setNonStrokingColor(0.3f);
            for (String line : footerLines) {
                text(line, fonts.regular, FOOTER_SIZE, MARGIN_X, footerY);
                footerY -= FOOTER_LEADING;
            }
            stream.setNonStrokingColor(0f);
            y = PAGE.getHeight() - top;
        }

        void close() throws IOException {
            if (stream != null) {
                stream.close();
                stream = null;
            }
        }

        /** Makes room for {@code height} points, on a new page if need be. */
        private void ensure(float height) throws IOException {
            if (y - height < bottom()) {
                newPage(CONTINUATION_TOP);
            }
        }

        void letterhead(String letterId, List<String> returnAddress, List<String> recipient) throws IOException {
            float top = PAGE.getHeight();
            // The letter id, small, top right: lets the print shop and support match a sheet to its metadata.
            String reference = fonts.printable(letterId, fonts.regular);
            float referenceWidth = width(reference, fonts.regular, REFERENCE_SIZE);
            stream.setNonStrokingColor(0.3f);
            text(reference, fonts.regular, REFERENCE_SIZE, PAGE.getWidth() - MARGIN_X - referenceWidth, top - 0.5f * INCH);
            stream.setNonStrokingColor(0f);

            addressBlock(returnAddress, RETURN_ADDRESS_SIZE, top - RETURN_ADDRESS_TOP);
            addressBlock(recipient, RECIPIENT_SIZE, top - RECIPIENT_TOP);
        }

        /** Address lines at {@code size}, or smaller so that the longest line fits the window; never wrapped or cut. */
        private void addressBlock(List<String> lines, float size, float topY) throws IOException {
            List<String> printable = lines.stream().map(l -> fonts.printable(l, fonts.regular)).toList();
            float widest = 0;
            for (String line : printable) {
                widest = Math.max(widest, width(line, fonts.regular, 1f));
            }
            float fitted = widest == 0 ? size : Math.max(MIN_ADDRESS_SIZE, Math.min(size, WINDOW_WIDTH / widest));
            float leading = fitted * 1.2f;
            float baseline = topY - fitted;
            for (String line : printable) {
                text(line, fonts.regular, fitted, MARGIN_X, baseline);
                baseline -= leading;
            }
        }

        void body(ActivationLetter letter) throws IOException {
            LetterContent content = letter.content();
            paragraph(content.title(), fonts.bold, TITLE_SIZE, TITLE_SIZE * 1.25f);
            y -= PARAGRAPH_GAP;
            paragraph(content.greeting(), fonts.regular, BODY_SIZE, BODY_LEADING);
            for (String p : content.paragraphs()) {
                y -= PARAGRAPH_GAP;
                paragraph(p, fonts.regular, BODY_SIZE, BODY_LEADING);
            }
            y -= 2 * PARAGRAPH_GAP;
            code(content.codeLabel(), letter.groupedCode());
            y -= 2 * PARAGRAPH_GAP;
            paragraph(content.expiryLine(), fonts.bold, BODY_SIZE, BODY_LEADING);
            if (!content.signature().isBlank()) {
                y -= 2 * PARAGRAPH_GAP;
                paragraph(content.signature(), fonts.regular, BODY_SIZE, BODY_LEADING);
            }
        }

        /** The label, then the code centred in a box; kept together on one page. */
        private void code(String label, String groupedCode) throws IOException {
            List<String> labelLines = wrap(label, fonts.bold, BODY_SIZE, TEXT_WIDTH);
            float boxHeight = CODE_SIZE * 1.9f;
            ensure(labelLines.size() * BODY_LEADING + PARAGRAPH_GAP + boxHeight);
            for (String line : labelLines) {
                y -= BODY_LEADING;
                text(line, fonts.bold, BODY_SIZE, MARGIN_X, y);
            }
            y -= PARAGRAPH_GAP + boxHeight;
            String code = fonts.printable(groupedCode, fonts.mono);
            float codeWidth = width(code, fonts.mono, CODE_SIZE);
            float boxWidth = codeWidth + 2 * CODE_SIZE;
            float boxX = (PAGE.getWidth() - boxWidth) / 2;
            stream.setLineWidth(1.25f);
            stream.addRect(boxX, y, boxWidth, boxHeight);
            stream.stroke();
            text(code, fonts.mono, CODE_SIZE, (PAGE.getWidth() - codeWidth) / 2, y + (boxHeight - CODE_SIZE * 0.7f) / 2);
        }

        /** Wrapped text; line breaks in it are kept. Lines flow onto the next page when needed. */
        private void paragraph(String text, PDFont font, float size, float leading) throws IOException {
            for (String line : wrap(text, font, size, TEXT_WIDTH)) {
                ensure(leading);
                y -= leading;
                text(line, font, size, MARGIN_X, y);
            }
        }

        private List<String> wrap(String text, PDFont font, float size, float maxWidth) throws IOException {
            List<String> lines = new ArrayList<>();
            for (String hardLine : text.split("\\r?\\n|\\r|\\u2028|\\u2029", -1)) {
                String printable = fonts.printable(hardLine, font).strip();
                StringBuilder line = new StringBuilder();
                for (String word : printable.split(" +")) {
                    if (word.isEmpty()) {
                        continue;
                    }
                    String candidate = line.length() == 0 ? word : line + " " + word;
                    if (width(candidate, font, size) <= maxWidth) {
                        line.setLength(0);
                        line.append(candidate);
                        continue;
                    }
                    if (line.length() > 0) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    // A word longer than a line is broken where it must be.
                    String rest = word;
                    while (width(rest, font, size) > maxWidth) {
                        int cut = rest.length() - 1;
                        while (cut > 1 && width(rest.substring(0, cut), font, size) > maxWidth) {
                            cut--;
                        }
                        lines.add(rest.substring(0, cut));
                        rest = rest.substring(cut);
                    }
                    line.append(rest);
                }
                lines.add(line.toString());
            }
            return lines;
        }

        private static float width(String text, PDFont font, float size) throws IOException {
            return font.getStringWidth(text) / 1000f * size;
        }

        private void text(String printable, PDFont font, float size, float x, float baseline) throws IOException {
            if (printable.isEmpty()) {
                return;
            }
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, baseline);
            stream.showText(printable);
            stream.endText();
        }
    }
}
