package org.secureaccess.keycloak.letters.pdfspool;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jboss.logging.Logger;
import org.keycloak.util.JsonSerialization;
import org.secureaccess.keycloak.letters.ActivationLetter;
import org.secureaccess.keycloak.letters.LetterDeliveryException;
import org.secureaccess.keycloak.letters.LetterDeliveryException.Reason;
import org.secureaccess.keycloak.letters.LetterReceipt;

/**
 * Writes {@code <letterId>.pdf}, then {@code <letterId>.json} (the non-secret metadata a print vendor needs) into
 * the spool folder. Each file appears whole or not at all: it is written to a hidden temporary file in the same
 * folder, flushed to disk and renamed. Files (and a folder created here) are readable by the server's user only
 * where the file system has POSIX permissions. The .json appears last, so a pickup job can wait for it.
 * Thread-safe: one instance serves every letter of a server.
 */
final class PdfSpooler {

    private static final Logger LOG = Logger.getLogger(PdfSpooler.class);

    static final Set<PosixFilePermission> FILE_PERMISSIONS = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> DIRECTORY_PERMISSIONS = PosixFilePermissions.fromString("rwx------");

    private final PdfSpoolSettings settings;
    private final LetterPdf renderer = new LetterPdf();

    PdfSpooler(PdfSpoolSettings settings) {
        this.settings = settings;
    }

    LetterReceipt send(ActivationLetter letter) throws LetterDeliveryException {
        try {
            Path pdf = spool(letter);
            return new LetterReceipt(pdf.toString());
        } catch (LetterDeliveryException e) {
            LOG.warnf("Letter %s to %s not spooled: %s, %s", letter.letterId(), letter.to().masked(), e.reason(), e.getMessage());
            throw e;
        }
    }

    private Path spool(ActivationLetter letter) throws LetterDeliveryException {
        if (!settings.usable()) {
            throw new LetterDeliveryException(Reason.MISCONFIGURED,
                    "pdf-spool letter sender misconfigured: " + String.join("; ", settings.problems()));
        }
        Path directory = settings.directory();
        prepareDirectory(directory);
        Path pdf = directory.resolve(letter.letterId() + ".pdf");
        Path json = directory.resolve(letter.letterId() + ".json");
        if (Files.exists(pdf) || Files.exists(json)) {
            throw new LetterDeliveryException(Reason.REJECTED, "letter " + letter.letterId() + " is already in the spool folder");
        }

        LetterPdf.Rendered rendered;
        try {
            rendered = renderer.render(letter, settings.returnAddress());
        } catch (IOException | RuntimeException e) {
            // PDFBox messages may quote text; name the failure only.
            throw new LetterDeliveryException(Reason.GATEWAY_ERROR, "letter " + letter.letterId() + " could not be laid out as PDF: "
                    + e.getClass().getSimpleName());
        }
        try {
            writeAtomically(directory, pdf, rendered.pdf(), letter.letterId());
            try {
                writeAtomically(directory, json, metadata(letter, rendered.pageCount(), pdf), letter.letterId());
            } catch (IOException | RuntimeException e) {
                // No PDF without its metadata: a retry of the same letter must not find a half-spooled one.
                Files.deleteIfExists(pdf);
                throw e;
            }
        } catch (FileAlreadyExistsException e) {
            throw new LetterDeliveryException(Reason.REJECTED, "letter " + letter.letterId() + " is already in the spool folder");
        } catch (AccessDeniedException e) {
            throw new LetterDeliveryException(Reason.MISCONFIGURED, "spool folder " + directory + " is not writable: " + describe(e));
        } catch (IOException e) {
            throw new LetterDeliveryException(Reason.GATEWAY_ERROR, "letter " + letter.letterId() + " could not be written to "
                    + directory + ": " + describe(e));
        }
        LOG.infof("Letter %s to %s spooled as %s (%d page(s))", letter.letterId(), letter.to().masked(), pdf, rendered.pageCount());
        return pdf;
    }

    /** Creates the folder (owner-only) when it is missing; anything that stops writing there is a configuration error. */
    static void prepareDirectory(Path directory) throws LetterDeliveryException {
        try {
            if (!Files.isDirectory(directory)) {
                createDirectory(directory);
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            throw new LetterDeliveryException(Reason.MISCONFIGURED, "spool folder " + directory + " cannot be created: " + describe(e));
        }
        if (!Files.isDirectory(directory)) {
            throw new LetterDeliveryException(Reason.MISCONFIGURED, "spool folder " + directory + " is not a folder");
        }
    }

    private static void createDirectory(Path directory) throws IOException {
        Path existing = directory.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            throw new NotDirectoryException(existing.toString());
        }
        if (existing != null && supportsPosix(existing)) {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(DIRECTORY_PERMISSIONS));
        } else {
            Files.createDirectories(directory);
        }
        LOG.infof("Created the letter spool folder %s", directory);
    }

    static boolean supportsPosix(Path path) throws IOException {
        return Files.getFileStore(path).supportsFileAttributeView(PosixFileAttributeView.class);
    }

    private static void writeAtomically(Path directory, Path target, byte[] content, String letterId) throws IOException {
        FileAttribute<?>[] attributes = supportsPosix(directory)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE_PERMISSIONS)}
                : new FileAttribute<?>[0];
        // Hidden and not ending in .pdf/.json, so that a pickup job never takes a half-written file.
        Path temporary = Files.createTempFile(directory, "." + letterId + ".", ".tmp", attributes);
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString());
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        syncDirectory(directory);
    }

    /** Makes the rename itself durable where the platform allows it; best effort. */
    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            LOG.tracef("Could not sync folder %s: %s", directory, e);
        }
    }

    /** What a print vendor needs to handle the PDF: never the code, never the address. */
    static byte[] metadata(ActivationLetter letter, int pageCount, Path pdf) throws IOException {
        ObjectNode json = JsonSerialization.mapper.createObjectNode();
        json.put("letterId", letter.letterId());
        json.put("realm", letter.realm());
        json.put("languageTag", letter.content().languageTag());
        json.put("issuedAt", letter.issuedAt().toString());
        json.put("expiresAt", letter.expiresAt().toString());
        json.put("pageCount", pageCount);
        json.put("pageSize", LetterPdf.PAGE_SIZE);
        json.put("envelope", LetterPdf.ENVELOPE);
        json.put("pdf", pdf.getFileName().toString());
        return (JsonSerialization.mapper.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String describe(Throwable t) {
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
