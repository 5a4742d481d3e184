package org.secureaccess.keycloak.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Validating what a person typed: every refused field with its reason, nothing secret in text forms. */
class IdentityClaimTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

    static Map<String, String> good() {
        Map<String, String> fields = new HashMap<>();
        fields.put(EvidenceFields.FIRST_NAME, " Zoë ");
        fields.put(EvidenceFields.MIDDLE_NAME, "Ann");
        fields.put(EvidenceFields.LAST_NAME, "O'Brien-Núñez");
        fields.put(EvidenceFields.SUFFIX, "Jr.");
        fields.put(EvidenceFields.TAX_ID, "987-65-4320");
        fields.put(EvidenceFields.DATE_OF_BIRTH, "1961-02-17");
        fields.put(EvidenceFields.FILING_STATUS, "SINGLE");
        fields.put(EvidenceFields.ADDRESS_LINE1, "123 North Main Street");
        fields.put(EvidenceFields.ADDRESS_LINE2, "Apartment 4");
        fields.put(EvidenceFields.CITY, "Springfield");
        fields.put(EvidenceFields.STATE, "il");
        fields.put(EvidenceFields.ZIP, "627041234");
        return fields;
    }

    static IdentityClaim.Result validate(Map<String, String> fields) {
        return IdentityClaim.validate(IdentityClaim.Typed.of(fields), TODAY);
    }

    static Map<String, String> with(String field, String value) {
        Map<String, String> fields = good();
        fields.put(field, value);
        return fields;
    }

    @Test
    void aGoodClaimIsReadAndTrimmed() {
        IdentityClaim.Result result = validate(good());
        assertTrue(result.valid(), result.errors().toString());
        IdentityClaim claim = result.claim().orElseThrow();
        assertEquals("Zoë", claim.firstName());
        assertEquals("O'Brien-Núñez", claim.lastName());
        assertEquals("Jr.", claim.suffix());
        assertEquals(TaxId.Kind.ITIN, claim.taxId().kind());
        assertEquals(LocalDate.of(1961, 2, 17), claim.dateOfBirth());
        assertEquals(FilingStatus.SINGLE, claim.filingStatus());
        assertEquals("Zoë Ann O'Brien-Núñez Jr.", claim.address().name());
        assertEquals("IL", claim.address().state());
        assertEquals("62704-1234", claim.address().zip(), "nine digits become ZIP+4");
        assertEquals("Apartment 4", claim.address().line2());
    }

    @Test
    void theTextFormsShowNoTaxIdAndNoDateOfBirth() {
        IdentityClaim claim = validate(good()).claim().orElseThrow();
        String text = claim.toString();
        assertFalse(text.contains("987"), text);
        assertFalse(text.contains("1961"), text);
        assertFalse(text.contains("Main"), text);
        assertTrue(text.contains("***-**-4320"), text);
        assertFalse(IdentityClaim.Typed.of(good()).toString().contains("987"));
    }

    @Test
    void missingRequiredFieldsAreEachReported() {
        IdentityClaim.Result result = validate(Map.of());
        assertFalse(result.valid());
        assertEquals(Map.of(EvidenceFields.FIRST_NAME, "required", EvidenceFields.LAST_NAME, "required",
                EvidenceFields.TAX_ID, "required", EvidenceFields.DATE_OF_BIRTH, "required", EvidenceFields.FILING_STATUS, "required",
                EvidenceFields.ADDRESS_LINE1, "required", EvidenceFields.CITY, "required", EvidenceFields.STATE, "required",
                EvidenceFields.ZIP, "required"), result.errors());
        assertEquals(EvidenceFields.FIRST_NAME, result.errors().keySet().iterator().next(), "in page order");
    }

    @Test
    void optionalFieldsMayBeBlank() {
        Map<String, String> fields = good();
        fields.put(EvidenceFields.MIDDLE_NAME, " ");
        fields.remove(EvidenceFields.SUFFIX);
        fields.put(EvidenceFields.ADDRESS_LINE2, "");
        IdentityClaim claim = validate(fields).claim().orElseThrow();
        assertNull(claim.middleName());
        assertNull(claim.suffix());
        assertNull(claim.address().line2());
        assertEquals("Zoë O'Brien-Núñez", claim.address().name());
    }

    @Test
    void datesOfBirthInTheFutureTooYoungOrTooOldAreRefused() {
        assertEquals(Map.of(EvidenceFields.DATE_OF_BIRTH, "future"), validate(with(EvidenceFields.DATE_OF_BIRTH, "2026-05-02")).errors());
        assertEquals(Map.of(EvidenceFields.DATE_OF_BIRTH, "too_young"), validate(with(EvidenceFields.DATE_OF_BIRTH, "2012-05-02")).errors());
        assertTrue(validate(with(EvidenceFields.DATE_OF_BIRTH, "2012-05-01")).valid(), "14 today");
        assertTrue(validate(with(EvidenceFields.DATE_OF_BIRTH, "1895-05-02")).valid(), "130 (and 364 days) today");
        assertEquals(Map.of(EvidenceFields.DATE_OF_BIRTH, "too_old"), validate(with(EvidenceFields.DATE_OF_BIRTH, "1895-05-01")).errors(),
                "131 today");
        for (String bad : new String[] {"02/17/1961", "1961-2-17", "1961-02-30", "1961-13-01", "19610217", "yesterday"}) {
            assertEquals(Map.of(EvidenceFields.DATE_OF_BIRTH, "invalid"), validate(with(EvidenceFields.DATE_OF_BIRTH, bad)).errors(), bad);
        }
        IdentityClaim.Result child = IdentityClaim.validate(IdentityClaim.Typed.of(with(EvidenceFields.DATE_OF_BIRTH, "2020-01-01")), TODAY, false);
        assertTrue(child.valid(), "records of record may hold children");
    }

    @Test
    void namesAreLettersWithSpacesHyphensApostrophesAndPeriods() {
        for (String ok : new String[] {"Mary-Jane", "D'Angelo", "St. John", "Nguyễn", "李", "José María"}) {
            assertTrue(validate(with(EvidenceFields.FIRST_NAME, ok)).valid(), ok);
        }
        for (String bad : new String[] {"J0hn", "<script>", "Jane\nDoe", "---", "Ann;", "@"}) {
            assertEquals(Map.of(EvidenceFields.FIRST_NAME, "invalid"), validate(with(EvidenceFields.FIRST_NAME, bad)).errors(), bad);
        }
        assertEquals(Map.of(EvidenceFields.LAST_NAME, "too_long"), validate(with(EvidenceFields.LAST_NAME, "A".repeat(65))).errors());
        assertTrue(validate(with(EvidenceFields.SUFFIX, "3rd")).valid());
        assertEquals(Map.of(EvidenceFields.SUFFIX, "too_long"), validate(with(EvidenceFields.SUFFIX, "The Eleventh")).errors());
    }

    @Test
    void taxIdFilingStatusStateAndZipAreChecked() {
        assertEquals(Map.of(EvidenceFields.TAX_ID, "invalid"), validate(with(EvidenceFields.TAX_ID, "987-12-4320")).errors());
        assertEquals(Map.of(EvidenceFields.TAX_ID, "invalid"), validate(with(EvidenceFields.TAX_ID, "98765432")).errors());
        assertTrue(validate(with(EvidenceFields.TAX_ID, "912-78-1234")).valid());
        assertEquals(Map.of(EvidenceFields.FILING_STATUS, "invalid"), validate(with(EvidenceFields.FILING_STATUS, "married")).errors());
        assertTrue(validate(with(EvidenceFields.FILING_STATUS, "hoh")).valid());
        assertEquals(Map.of(EvidenceFields.STATE, "invalid"), validate(with(EvidenceFields.STATE, "Illinois")).errors());
        assertEquals(Map.of(EvidenceFields.ZIP, "invalid"), validate(with(EvidenceFields.ZIP, "6270")).errors());
        assertEquals(Map.of(EvidenceFields.ZIP, "invalid"), validate(with(EvidenceFields.ZIP, "62704-12")).errors());
        assertEquals("62704", validate(with(EvidenceFields.ZIP, " 62704 ")).claim().orElseThrow().address().zip());
        assertEquals(Map.of(EvidenceFields.ADDRESS_LINE1, "too_long"), validate(with(EvidenceFields.ADDRESS_LINE1, "1".repeat(65))).errors());
        assertEquals(Map.of(EvidenceFields.ADDRESS_LINE1, "invalid"), validate(with(EvidenceFields.ADDRESS_LINE1, "1 Main\tSt")).errors());
        assertEquals(Map.of(EvidenceFields.CITY, "invalid"), validate(with(EvidenceFields.CITY, "--")).errors());
    }

    @Test
    void severalBadFieldsAreAllReported() {
        Map<String, String> fields = good();
        fields.put(EvidenceFields.TAX_ID, "000-00-0000");
        fields.put(EvidenceFields.DATE_OF_BIRTH, "2030-01-01");
        fields.put(EvidenceFields.ZIP, "ABCDE");
        assertEquals(Map.of(EvidenceFields.TAX_ID, "invalid", EvidenceFields.DATE_OF_BIRTH, "future", EvidenceFields.ZIP, "invalid"),
                validate(fields).errors());
    }

    @Test
    void longNamesAreShortenedForTheEnvelope() {
        String first = "Alexandria";
        String middle = "Bartholomew-Christophersen";
        String last = "Featherstonehaugh-Montgomery";
        assertEquals("Alexandria B. Featherstonehaugh-Montgomery III", IdentityClaim.envelopeName(first, middle, last, "III"));
        String longLast = "L".repeat(60);
        assertEquals(64, IdentityClaim.envelopeName(first, null, longLast, null).length());
    }
}
