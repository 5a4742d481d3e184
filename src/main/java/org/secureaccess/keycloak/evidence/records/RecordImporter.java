package org.secureaccess.keycloak.evidence.records;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.jboss.logging.Logger;
import org.secureaccess.keycloak.evidence.IdentityClaim;
import org.secureaccess.keycloak.evidence.records.ImportReport.Mode;
import org.secureaccess.keycloak.evidence.records.ImportReport.RowError;
import org.secureaccess.keycloak.evidence.records.PreparedRecord.HashedAccount;
import org.secureaccess.keycloak.evidence.records.PreparedRecord.HashedPhone;
import org.secureaccess.keycloak.shared.hashing.KeyedHashUnavailableException;

/**
 * Streams an import: rows are read, validated and hashed one at a time and stored in batches, each batch in a
 * transaction of its own, so memory stays flat however long the file is.
 *
 * <p>Both modes write each valid row as the record of its tax id (added, or replacing the one on record); a second
 * row with the same tax id in one file is refused. {@code replace} then removes the realm's other people, but only
 * when the whole file was read and at least one row was stored: an unreadable, truncated or entirely refused file
 * never empties the records (use {@code DELETE .../records} for that). Until that last step, proofing keeps working
 * against the old records and the rows stored so far.
 */
final class RecordImporter {

    private static final Logger LOG = Logger.getLogger(RecordImporter.class);

    /** Where batches go; in the server, each call is a transaction of its own. */
    interface RecordWriter {

        /** Stores a batch; returns its rows refused as duplicates of rows stored earlier in this import. */
        List<RowError> write(List<PreparedRecord> batch);

        /** Removes the realm's people this import did not write; returns how many. */
        long removeOthers();
    }

    static final int DEFAULT_BATCH_SIZE = 500;

    static final String UNREADABLE = "unreadable";
    static final String ENCODING = "encoding";
    static final String FAILED_UNREADABLE = "input_unreadable";
    static final String FAILED_STORAGE = "storage_failed";
    static final String FAILED_HASHING = "hashing_unavailable";

    private final ImportRowParser parser;
    private final RecordHashes hashes;
    private final RecordWriter writer;
    private final int batchSize;

    RecordImporter(ImportRowParser parser, RecordHashes hashes, RecordWriter writer, int batchSize) {
        this.parser = parser;
        this.hashes = hashes;
        this.writer = writer;
        this.batchSize = batchSize;
    }

    ImportReport run(RecordSource source, Mode mode) {
        ImportReport report = new ImportReport(mode);
        List<PreparedRecord> batch = new ArrayList<>(batchSize);
        boolean readToTheEnd = false;
        try {
            RawRow raw;
            while (true) {
                try {
                    raw = source.next();
                } catch (IOException e) {
                    unreadable(report, e);
                    break;
                }
                if (raw == null) {
                    readToTheEnd = true;
                    break;
                }
                report.row();
                ImportRowParser.Parsed parsed = parser.parse(raw);
                if (!parsed.valid()) {
                    report.rejected(parsed.errors());
                    continue;
                }
                batch.add(prepare(raw, parsed.record()));
                if (batch.size() >= batchSize) {
                    flush(batch, report);
                }
            }
            flush(batch, report);
            if (readToTheEnd) {
                report.complete();
            }
        } catch (KeyedHashUnavailableException e) {
            LOG.warnf("Reference records import stopped after %d rows: %s", report.rows(), e.getMessage());
            report.failed(FAILED_HASHING);
            return report;
        } catch (RuntimeException e) {
            // The database refused a batch: that batch is rolled back, the ones before it stand.
            LOG.warnf("Reference records import stopped after %d rows: %s", report.rows(), e.getClass().getSimpleName());
            LOG.debug("Reference records import failure", e);
            report.failed(FAILED_STORAGE);
            return report;
        }
        if (!report.isComplete()) {
            return report;
        }
        if (mode == Mode.REPLACE && report.imported() > 0) {
            try {
                report.removed(writer.removeOthers());
            } catch (RuntimeException e) {
                LOG.warnf("Reference records import: removing the records not in the file failed: %s", e.getClass().getSimpleName());
                LOG.debug("Reference records removal failure", e);
                report.failed(FAILED_STORAGE);
            }
        }
        return report;
    }

    private void unreadable(ImportReport report, IOException e) {
        long row = report.rows() + 1;
        Long line = e instanceof CsvReader.CsvFormatException csv ? csv.line() : null;
        String reason = e instanceof CharacterCodingException ? ENCODING
                : e instanceof CsvReader.CsvFormatException || e instanceof JsonProcessingException ? ImportReport.MALFORMED
                : UNREADABLE;
        // Never the exception's message: a parser may quote the input.
        LOG.infof("Reference records import: the input is unreadable after %d rows (%s)", report.rows(), reason);
        report.error(RowError.of(row, line, null, null, reason));
        report.failed(FAILED_UNREADABLE);
    }

    private void flush(List<PreparedRecord> batch, ImportReport report) {
        if (batch.isEmpty()) {
            return;
        }
        List<RowError> duplicates = writer.write(List.copyOf(batch));
        report.imported(batch.size() - duplicates.size());
        report.rejectedOnWrite(duplicates);
        batch.clear();
    }

    private PreparedRecord prepare(RawRow raw, ReferenceRecord record) {
        IdentityClaim identity = record.identity();
        List<HashedAccount> accounts = record.accounts().stream()
                .map(a -> new HashedAccount(a.type().name(), hashes.account(a.type(), a.number()), a.last4())).toList();
        List<HashedPhone> phones = record.phones().stream()
                .map(p -> new HashedPhone(hashes.phone(p.e164()), p.last4(), p.lineType().name())).toList();
        return new PreparedRecord(raw.row(), raw.line(), hashes.identity(identity), identity.taxId().last4(), identity.address(),
                accounts, phones);
    }
}
