package org.secureaccess.keycloak.evidence;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.secureaccess.keycloak.shared.address.MailingAddress;

/**
 * Who a person says they are: the facts that must all match one person of record. Build one from what was typed
 * with {@link #validate(Typed, LocalDate)}, which reports every refused field with a reason the page can localise.
 * {@link #toString()} shows no tax id digits and no date of birth.
 *
 * @param firstName     as typed (trimmed)
 * @param middleName    or null
 * @param lastName      as typed (trimmed)
 * @param suffix        e.g. {@code Jr.}, or null
 * @param taxId         SSN or ITIN
 * @param dateOfBirth   the date of birth
 * @param filingStatus  the filing status of the last return
 * @param address       the mailing address on the last return, addressed to this person
 */
public record IdentityClaim(String firstName, String middleName, String lastName, String suffix, TaxId taxId,
        LocalDate dateOfBirth, FilingStatus filingStatus, MailingAddress address) {

    public static final int MINIMUM_AGE = 14;
    public static final int MAXIMUM_AGE = 130;
    public static final int MAX_NAME_LENGTH = MailingAddress.MAX_FIELD_LENGTH;
    public static final int MAX_SUFFIX_LENGTH = 10;
    /** Longer input is refused as {@link FieldReasons#TOO_LONG} (or invalid) without being looked at. */
    static final int MAX_TYPED_LENGTH = 256;

    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern NINE_DIGIT_ZIP = Pattern.compile("[0-9]{9}");

    public IdentityClaim {
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(taxId, "taxId");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(filingStatus, "filingStatus");
        Objects.requireNonNull(address, "address");
    }

    /** The fields as typed on the page (or read from an import row); any may be null. */
    public record Typed(String firstName, String middleName, String lastName, String suffix, String taxId,
            String dateOfBirth, String filingStatus, String addressLine1, String addressLine2, String city, String state,
            String zip) {

        /** What was typed, by {@link EvidenceFields} name. */
        public static Typed of(Map<String, String> fields) {
            return new Typed(fields.get(EvidenceFields.FIRST_NAME), fields.get(EvidenceFields.MIDDLE_NAME),
                    fields.get(EvidenceFields.LAST_NAME), fields.get(EvidenceFields.SUFFIX), fields.get(EvidenceFields.TAX_ID),
                    fields.get(EvidenceFields.DATE_OF_BIRTH), fields.get(EvidenceFields.FILING_STATUS),
                    fields.get(EvidenceFields.ADDRESS_LINE1), fields.get(EvidenceFields.ADDRESS_LINE2),
                    fields.get(EvidenceFields.CITY), fields.get(EvidenceFields.STATE), fields.get(EvidenceFields.ZIP));
        }

        @Override
        public String toString() {
            return "IdentityClaim.Typed[...]";
        }
    }

    /**
     * Either a claim or the refused fields.
     *
     * @param errors field name ({@link EvidenceFields}) → reason ({@link FieldReasons}), in page order; empty when valid
     */
    public record Result(Optional<IdentityClaim> claim, Map<String, String> errors) {

        public Result {
            errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
        }

        public boolean valid() {
            return claim.isPresent();
        }
    }

    /** Validates what a person typed on a proofing page, ages counted on {@code today}. */
    public static Result validate(Typed typed, LocalDate today) {
        return validate(typed, today, true);
    }

    /**
     * @param enforceMinimumAge false for records of record (a child's record may be loaded before the child may
     *                          prove their identity); a date in the future or an age over {@value #MAXIMUM_AGE} is
     *                          refused either way
     */
    public static Result validate(Typed typed, LocalDate today, boolean enforceMinimumAge) {
        Map<String, String> errors = new LinkedHashMap<>();
        String first = name(EvidenceFields.FIRST_NAME, typed.firstName(), true, MAX_NAME_LENGTH, errors);
        String middle = name(EvidenceFields.MIDDLE_NAME, typed.middleName(), false, MAX_NAME_LENGTH, errors);
        String last = name(EvidenceFields.LAST_NAME, typed.lastName(), true, MAX_NAME_LENGTH, errors);
        String suffix = name(EvidenceFields.SUFFIX, typed.suffix(), false, MAX_SUFFIX_LENGTH, errors);

        TaxId taxId = null;
        Optional<String> taxIdProblem = TaxId.problem(typed.taxId());
        if (taxIdProblem.isPresent()) {
            errors.put(EvidenceFields.TAX_ID, taxIdProblem.get());
        } else {
            taxId = TaxId.parse(typed.taxId());
        }

        LocalDate dateOfBirth = dateOfBirth(typed.dateOfBirth(), today, enforceMinimumAge, errors);

        FilingStatus filingStatus = null;
        if (blank(typed.filingStatus())) {
            errors.put(EvidenceFields.FILING_STATUS, FieldReasons.REQUIRED);
        } else {
            filingStatus = FilingStatus.parse(typed.filingStatus()).orElse(null);
            if (filingStatus == null) {
                errors.put(EvidenceFields.FILING_STATUS, FieldReasons.INVALID);
            }
        }

        String line1 = line(EvidenceFields.ADDRESS_LINE1, typed.addressLine1(), true, errors);
        String line2 = line(EvidenceFields.ADDRESS_LINE2, typed.addressLine2(), false, errors);
        String city = line(EvidenceFields.CITY, typed.city(), true, errors);
        String state = null;
        if (blank(typed.state())) {
            errors.put(EvidenceFields.STATE, FieldReasons.REQUIRED);
        } else if (!MailingAddress.isStateCode(typed.state()) || typed.state().length() > MAX_TYPED_LENGTH) {
            errors.put(EvidenceFields.STATE, FieldReasons.INVALID);
        } else {
            state = typed.state().strip();
        }
        String zip = zip(typed.zip(), errors);

        if (!errors.isEmpty()) {
            return new Result(Optional.empty(), errors);
        }
        MailingAddress address = new MailingAddress(envelopeName(first, middle, last, suffix), line1, line2, city, state, zip);
        return new Result(Optional.of(new IdentityClaim(first, middle, last, suffix, taxId, dateOfBirth, filingStatus, address)),
                errors);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * Letters (any script, with their accents), spaces, hyphens, apostrophes and periods, with at least one letter;
     * a suffix may also hold digits ({@code 2nd}).
     */
    private static String name(String field, String value, boolean required, int maxLength, Map<String, String> errors) {
        if (blank(value)) {
            if (required) {
                errors.put(field, FieldReasons.REQUIRED);
            }
            return null;
        }
        if (value.chars().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029')) {
            errors.put(field, FieldReasons.INVALID);
            return null;
        }
        String stripped = value.strip().replaceAll("\\s+", " ");
        if (stripped.length() > maxLength) {
            errors.put(field, FieldReasons.TOO_LONG);
            return null;
        }
        boolean suffix = field.equals(EvidenceFields.SUFFIX);
        boolean letter = false;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            int type = Character.getType(c);
            if (Character.isLetter(c)) {
                letter = true;
            } else if (!(c == ' ' || c == '-' || c == '\'' || c == '\u2019' || c == '.' || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK || (suffix && c >= '0' && c <= '9'))) {
                errors.put(field, FieldReasons.INVALID);
                return null;
            }
        }
        if (!letter) {
            errors.put(field, FieldReasons.INVALID);
            return null;
        }
        return stripped;
    }

    private static String line(String field, String value, boolean required, Map<String, String> errors) {
        if (blank(value)) {
            if (required) {
                errors.put(field, FieldReasons.REQUIRED);
            }
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > MailingAddress.MAX_FIELD_LENGTH) {
            errors.put(field, FieldReasons.TOO_LONG);
            return null;
        }
        if (stripped.chars().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029')
                || stripped.chars().noneMatch(Character::isLetterOrDigit)) {
            errors.put(field, FieldReasons.INVALID);
            return null;
        }
        return stripped;
    }

    /** 12345, 12345-6789 or 123456789 (written back as ZIP+4). */
    private static String zip(String value, Map<String, String> errors) {
        if (blank(value)) {
            errors.put(EvidenceFields.ZIP, FieldReasons.REQUIRED);
            return null;
        }
        String stripped = value.strip();
        if (NINE_DIGIT_ZIP.matcher(stripped).matches()) {
            stripped = stripped.substring(0, 5) + "-" + stripped.substring(5);
        }
        if (stripped.length() > MAX_TYPED_LENGTH || !MailingAddress.isZip(stripped)) {
            errors.put(EvidenceFields.ZIP, FieldReasons.INVALID);
            return null;
        }
        return stripped;
    }

    /** YYYY-MM-DD, not in the future, age (on {@code today}) at most {@value #MAXIMUM_AGE} and, when enforced, at least {@value #MINIMUM_AGE}. */
    private static LocalDate dateOfBirth(String value, LocalDate today, boolean enforceMinimumAge, Map<String, String> errors) {
        if (blank(value)) {
            errors.put(EvidenceFields.DATE_OF_BIRTH, FieldReasons.REQUIRED);
            return null;
        }
        String stripped = value.strip();
        LocalDate date;
        try {
            if (!ISO_DATE.matcher(stripped).matches()) {
                throw new DateTimeParseException("not YYYY-MM-DD", "", 0);
            }
            date = LocalDate.parse(stripped);
        } catch (DateTimeParseException e) {
            errors.put(EvidenceFields.DATE_OF_BIRTH, FieldReasons.INVALID);
            return null;
        }
        if (date.isAfter(today)) {
            errors.put(EvidenceFields.DATE_OF_BIRTH, FieldReasons.FUTURE);
            return null;
        }
        int age = Period.between(date, today).getYears();
        if (age > MAXIMUM_AGE) {
            errors.put(EvidenceFields.DATE_OF_BIRTH, FieldReasons.TOO_OLD);
            return null;
        }
        if (enforceMinimumAge && age < MINIMUM_AGE) {
            errors.put(EvidenceFields.DATE_OF_BIRTH, FieldReasons.TOO_YOUNG);
            return null;
        }
        return date;
    }

    /**
     * The addressee on an envelope: {@code First Middle Last Suffix}, shortened to fit
     * {@value MailingAddress#MAX_FIELD_LENGTH} characters (middle initial, then no middle name, then cut).
     */
    static String envelopeName(String first, String middle, String last, String suffix) {
        String tail = last + (suffix == null ? "" : " " + suffix);
        String full = first + (middle == null ? "" : " " + middle) + " " + tail;
        if (full.length() <= MailingAddress.MAX_FIELD_LENGTH) {
            return full;
        }
        if (middle != null) {
            String initial = first + " " + new String(Character.toChars(middle.codePointAt(0))) + ". " + tail;
            if (initial.length() <= MailingAddress.MAX_FIELD_LENGTH) {
                return initial;
            }
        }
        String noMiddle = first + " " + tail;
        if (noMiddle.length() <= MailingAddress.MAX_FIELD_LENGTH) {
            return noMiddle;
        }
        int end = MailingAddress.MAX_FIELD_LENGTH;
        if (Character.isHighSurrogate(noMiddle.charAt(end - 1))) {
            end--;
        }
        return noMiddle.substring(0, end).strip();
    }

    @Override
    public String toString() {
        return "IdentityClaim[taxId=" + taxId.masked() + ", address=" + address.masked() + "]";
    }
}
