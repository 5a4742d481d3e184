package org.secureaccess.keycloak.evidence.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.secureaccess.keycloak.evidence.FieldReasons;
import org.secureaccess.keycloak.evidence.FinancialAccountType;
import org.secureaccess.keycloak.evidence.IdentityClaim;
import org.secureaccess.keycloak.evidence.PhoneLineType;
import org.secureaccess.keycloak.evidence.records.ImportReport.RowError;

/**
 * Validates one import row with the same rules as the proofing pages ({@link IdentityClaim}; a date of birth of a
 * child under 14 is accepted on record), plus its accounts and phones. Every problem of the row is reported; a row
 * is stored only when there is none.
 */
final class ImportRowParser {

    /** Either a record or the row's problems. */
    record Parsed(ReferenceRecord record, List<RowError> errors) {

        boolean valid() {
            return record != null;
        }
    }

    private final LocalDate today;

    ImportRowParser(LocalDate today) {
        this.today = today;
    }

    Parsed parse(RawRow raw) {
        if (raw.unusable()) {
            return new Parsed(null, raw.problems());
        }
        List<RowError> errors = new ArrayList<>(raw.problems());
        Set<String> badShape = new HashSet<>();
        raw.problems().forEach(p -> badShape.add(p.field()));

        IdentityClaim.Result identity = IdentityClaim.validate(IdentityClaim.Typed.of(raw.fields()), today, false);
        for (Map.Entry<String, String> error : identity.errors().entrySet()) {
            if (!badShape.contains(error.getKey())) {
                errors.add(error(raw, error.getKey(), null, error.getValue()));
            }
        }
        List<ReferenceRecord.Account> accounts = badShape.contains(ImportColumns.ACCOUNTS) ? List.of() : accounts(raw, errors);
        List<ReferenceRecord.Phone> phones = badShape.contains(ImportColumns.PHONES) ? List.of() : phones(raw, errors);

        if (!errors.isEmpty()) {
            return new Parsed(null, List.copyOf(errors));
        }
        return new Parsed(new ReferenceRecord(identity.claim().orElseThrow(), accounts, phones), List.of());
    }

    private static RowError error(RawRow raw, String field, Integer item, String reason) {
        return RowError.of(raw.row(), raw.line(), field, item, reason);
    }

    private static List<ReferenceRecord.Account> accounts(RawRow raw, List<RowError> errors) {
        if (raw.accounts().size() > ImportColumns.MAX_ACCOUNTS) {
            errors.add(error(raw, ImportColumns.ACCOUNTS, null, ImportReport.TOO_MANY));
            return List.of();
        }
        List<ReferenceRecord.Account> accounts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < raw.accounts().size(); i++) {
            RawRow.Item item = raw.accounts().get(i);
            int position = i + 1;
            if (item.malformed()) {
                errors.add(error(raw, ImportColumns.ACCOUNTS, position, FieldReasons.INVALID));
                continue;
            }
            Optional<FinancialAccountType> type = FinancialAccountType.parse(item.first());
            if (type.isEmpty()) {
                errors.add(error(raw, ImportColumns.ACCOUNTS, position, ImportReport.UNKNOWN_TYPE));
                continue;
            }
            Optional<String> number = type.get().normalizeNumber(item.second());
            if (number.isEmpty()) {
                errors.add(error(raw, ImportColumns.ACCOUNTS, position, FieldReasons.INVALID));
                continue;
            }
            if (!seen.add(type.get().name() + ":" + number.get())) {
                errors.add(error(raw, ImportColumns.ACCOUNTS, position, ImportReport.DUPLICATE));
                continue;
            }
            accounts.add(new ReferenceRecord.Account(type.get(), number.get()));
        }
        return accounts;
    }

    private static List<ReferenceRecord.Phone> phones(RawRow raw, List<RowError> errors) {
        if (raw.phones().size() > ImportColumns.MAX_PHONES) {
            errors.add(error(raw, ImportColumns.PHONES, null, ImportReport.TOO_MANY));
            return List.of();
        }
        List<ReferenceRecord.Phone> phones = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < raw.phones().size(); i++) {
            RawRow.Item item = raw.phones().get(i);
            int position = i + 1;
            if (item.malformed()) {
                errors.add(error(raw, ImportColumns.PHONES, position, FieldReasons.INVALID));
                continue;
            }
            Optional<String> e164 = RecordPhones.e164(item.first());
            if (e164.isEmpty()) {
                errors.add(error(raw, ImportColumns.PHONES, position, FieldReasons.INVALID));
                continue;
            }
            Optional<PhoneLineType> lineType = PhoneLineType.parse(item.second());
            if (lineType.isEmpty()) {
                errors.add(error(raw, ImportColumns.PHONES, position, ImportReport.UNKNOWN_LINE_TYPE));
                continue;
            }
            if (!seen.add(e164.get())) {
                errors.add(error(raw, ImportColumns.PHONES, position, ImportReport.DUPLICATE));
                continue;
            }
            phones.add(new ReferenceRecord.Phone(e164.get(), lineType.get()));
        }
        return phones;
    }
}
