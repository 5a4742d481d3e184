package org.secureaccess.keycloak.letters.pdfspool;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keycloak.util.JsonSerialization;
import org.secureaccess.keycloak.letters.ActivationLetter;
import org.secureaccess.keycloak.letters.LetterContent;
import org.secureaccess.keycloak.letters.LetterDeliveryException;
import org.secureaccess.keycloak.letters.LetterDeliveryException.Reason;
import org.secureaccess.keycloak.letters.LetterReceipt;
import org.secureaccess.keycloak.letters.TestLetters;
import org.secureaccess.keycloak.shared.address.MailingAddress;

/** The pdf-spool sender against a temporary folder; the PDFs are read back with PDFBox. */
class PdfSpoolerTest {

    private static final String RETURN_ADDRESS = "Secure Access Identity Office\\nPO Box 1000\\nSpringfield, IL 62701";

    @TempDir
    Path temp;

    private PdfSpooler spooler(Path directory) {
        return spooler(Map.of("directory", directory.toString(), "return-address", RETURN_ADDRESS));
    }

    private static PdfSpooler spooler(Map<String, String> options) {
        return new PdfSpooler(PdfSpoolSettings.parse(options::get, new ArrayList<>()));
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static int pages(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        }
    }

    @Test
    void writesAPrintReadyLetterThatReadsBack() throws Exception {
        Path spool = temp.resolve("letters");
        LetterReceipt receipt = spooler(spool).send(TestLetters.letter("L-1"));

        Path pdf = spool.resolve("L-1.pdf");
        assertEquals(pdf.toString(), receipt.providerReference());
        assertEquals("%PDF-", new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII));
        String text = text(pdf);
        for (String expected : new String[] {
                "Secure Access Identity Office", "PO Box 1000", "Springfield, IL 62701",
                "Jane Q. Doe", "742 Evergreen Terrace", "Apt 2B", "Springfield, IL 62704-1234",
                "Your activation code", "Dear Jane Q. Doe,", "Letters take 5 to 10 days",
                "Your activation code:", TestLetters.GROUPED_CODE, "This code expires on May 31, 2026.",
                "Sincerely,", "The Secure Access team", "If you did not ask for this letter", "L-1"}) {
            assertTrue(text.contains(expected), "'" + expected + "' in:\n" + text);
        }
        assertEquals(1, pages(pdf));
    }

    @Test
    void pdfBoxIsKeptAwayFromInstalledFonts() throws Exception {
        spooler(temp).send(TestLetters.letter("L-fonts"));

        // No scan of the system's fonts, no ~/.pdfbox.cache, no fallback warnings in a container without fonts.
        assertTrue(FontMappers.instance() instanceof BundledFontMapper, FontMappers.instance().getClass().getName());
    }

    @Test
    void spanishAccentsAndPunctuationSurvive() throws Exception {
        spooler(temp).send(TestLetters.spanishLetter("L-es"));

        String text = text(temp.resolve("L-es.pdf"));
        for (String expected : new String[] {"Su código de activación", "Estimada señora Núñez:", "¿Solicitó", "días",
                "¡Importante!", "Pingüino, acción, número, análisis.", "María José Núñez", "San Juan, PR 00907",
                "Este código vence el 31 de mayo de 2026."}) {
            assertTrue(text.contains(expected), "'" + expected + "' in:\n" + text);
        }
    }

    @Test
    void charactersOutsideWinAnsiAreReplacedNotFatal() throws Exception {
        LetterContent c = TestLetters.english();
        LetterContent foreign = new LetterContent("pl", "Kod aktywacyjny \u2713", "Dzień dobry, Łucja \u6771\u4eac \uD83D\uDE00",
                List.of("Zażółć gęślą jaźń \u2014 \u201cquoted\u201d \u20ac5\tend"), c.codeLabel(), c.expiryLine(), c.signature(), c.footer());
        ActivationLetter letter = new ActivationLetter("L-pl", "demo",
                new MailingAddress("Łucja Wróbel", "ul. Długa 1", null, "Chicago", "IL", "60601"), TestLetters.CODE, foreign,
                TestLetters.ISSUED, TestLetters.EXPIRES);

        spooler(temp).send(letter);

        String text = text(temp.resolve("L-pl.pdf"));
        assertTrue(text.contains("Kod aktywacyjny ?"), text);
        assertTrue(text.contains("Dzien dobry, Lucja ?? ?"), text);
        assertTrue(text.contains("Zazólc gesla jazn \u2014 \u201cquoted\u201d \u20ac5 end"), text);
        assertTrue(text.contains("Lucja Wróbel"), text);
        assertTrue(text.contains("ul. Dluga 1"), text);
        assertTrue(text.contains(TestLetters.GROUPED_CODE), text);
    }

    @Test
    void filesAreOwnerOnlyAndNoTemporaryFileIsLeft() throws Exception {
        assumeTrue(PdfSpooler.supportsPosix(temp), "POSIX permissions");
        Path spool = temp.resolve("new/nested");
        spooler(spool).send(TestLetters.letter("L-2"));

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(spool.resolve("L-2.pdf"))));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(spool.resolve("L-2.json"))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(spool)));
        try (Stream<Path> files = Files.list(spool)) {
            assertEquals(List.of("L-2.json", "L-2.pdf"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void metadataHasWhatAPrintVendorNeedsAndNoSecret() throws Exception {
        spooler(temp).send(TestLetters.letter("L-3"));

        String raw = Files.readString(temp.resolve("L-3.json"));
        JsonNode json = JsonSerialization.mapper.readTree(raw);
        assertEquals("L-3", json.get("letterId").asText());
        assertEquals("demo", json.get("realm").asText());
        assertEquals("en-US", json.get("languageTag").asText());
        assertEquals("2026-05-01T14:30:00Z", json.get("issuedAt").asText());
        assertEquals("2026-05-31T14:30:00Z", json.get("expiresAt").asText());
        assertEquals(1, json.get("pageCount").asInt());
        assertEquals("US-Letter", json.get("pageSize").asText());
        assertEquals("L-3.pdf", json.get("pdf").asText());
        for (String secret : new String[] {TestLetters.CODE, TestLetters.GROUPED_CODE, "7K3M9", "QXR2D", "Jane", "Doe",
                "Evergreen", "742", "Apt 2B", "Springfield", "62704", "IL\""}) {
            assertFalse(raw.contains(secret), secret + " in " + raw);
        }
    }

    @Test
    void longLettersFlowOntoMorePagesAndTheMetadataCountsThem() throws Exception {
        LetterContent c = TestLetters.english();
        List<String> paragraphs = new ArrayList<>(Collections.nCopies(14, String.join(" ", Collections.nCopies(60, "word"))));
        LetterContent longContent = new LetterContent("en", c.title(), c.greeting(), paragraphs, c.codeLabel(), c.expiryLine(),
                c.signature(), c.footer());
        spooler(temp).send(new ActivationLetter("L-long", "demo", TestLetters.address(), TestLetters.CODE, longContent,
                TestLetters.ISSUED, TestLetters.EXPIRES));

        Path pdf = temp.resolve("L-long.pdf");
        int pages = pages(pdf);
        assertTrue(pages >= 2, pages + " page(s)");
        assertEquals(pages, JsonSerialization.mapper.readTree(temp.resolve("L-long.json").toFile()).get("pageCount").asInt());
        String text = text(pdf);
        assertTrue(text.contains(TestLetters.GROUPED_CODE) && text.contains(c.expiryLine()), text);
    }

    @Test
    void missingOrRelativeFolderIsMisconfigured() {
        LetterDeliveryException missing = assertThrows(LetterDeliveryException.class,
                () -> spooler(Map.of()).send(TestLetters.letter("L-4")));
        assertEquals(Reason.MISCONFIGURED, missing.reason());
        assertTrue(missing.getMessage().contains("'directory' is required"), missing.getMessage());

        LetterDeliveryException relative = assertThrows(LetterDeliveryException.class,
                () -> spooler(Map.of("directory", "spool/letters")).send(TestLetters.letter("L-4")));
        assertEquals(Reason.MISCONFIGURED, relative.reason());
        assertTrue(relative.getMessage().contains("absolute"), relative.getMessage());
        assertFalse(Files.exists(Path.of("spool")), "nothing written relative to the working folder");
    }

    @Test
    void folderThatCannotBeCreatedIsMisconfigured() throws Exception {
        Path file = Files.writeString(temp.resolve("not-a-folder"), "x");

        LetterDeliveryException e = assertThrows(LetterDeliveryException.class,
                () -> spooler(file.resolve("letters")).send(TestLetters.letter("L-5")));
        assertEquals(Reason.MISCONFIGURED, e.reason());
        assertFalse(e.getMessage().contains(TestLetters.CODE));

        assertEquals(Reason.MISCONFIGURED, assertThrows(LetterDeliveryException.class,
                () -> spooler(file).send(TestLetters.letter("L-5"))).reason());
    }

    @Test
    void aLetterIsNeverOverwritten() throws Exception {
        PdfSpooler spooler = spooler(temp);
        spooler.send(TestLetters.letter("L-6"));
        byte[] first = Files.readAllBytes(temp.resolve("L-6.pdf"));

        LetterDeliveryException e = assertThrows(LetterDeliveryException.class, () -> spooler.send(TestLetters.letter("L-6")));
        assertEquals(Reason.REJECTED, e.reason());
        assertArrayEquals(first, Files.readAllBytes(temp.resolve("L-6.pdf")));
    }

    @Test
    void aSpoolFolderThatCannotBeCreatedIsMisconfigured() throws Exception {
        // A path under a regular file can never become a folder, whatever the process's privileges
        // (the tests may run as root, which ignores read-only permissions).
        Path file = Files.writeString(temp.resolve("not-a-folder"), "x");
        assertEquals(Reason.MISCONFIGURED, assertThrows(LetterDeliveryException.class,
                () -> spooler(file.resolve("letters")).send(TestLetters.letter("L-7"))).reason());
        assertEquals(Reason.MISCONFIGURED, assertThrows(LetterDeliveryException.class,
                () -> spooler(file).send(TestLetters.letter("L-8"))).reason());
    }
}
