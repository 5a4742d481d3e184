package org.secureaccess.keycloak.evidence.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.secureaccess.keycloak.evidence.EvidenceFields;
import org.secureaccess.keycloak.evidence.FinancialAccountType;
import org.secureaccess.keycloak.evidence.IdentityClaim;
import org.secureaccess.keycloak.evidence.records.RecordHashes.IdentityHashes;

/** What a person types and what was imported hash alike; one differing fact is a miss; realms do not share hashes. */
class ReferenceMatchingTest {

    private static IdentityHashes imported(String realmId, String row) throws Exception {
        CsvRecordSource source = new CsvRecordSource(new ByteArrayInputStream(TestRecords.utf8(TestRecords.csv(row))));
        ReferenceRecord record = new ImportRowParser(TestRecords.TODAY).parse(source.next()).record();
        return TestRecords.hashes(realmId).identity(record.identity());
    }

    private static Map<String, String> typedZoe() {
        Map<String, String> typed = new java.util.HashMap<>();
        typed.put(EvidenceFields.FIRST_NAME, "ZOE");
        typed.put(EvidenceFields.LAST_NAME, "OBrien Nunez");
        typed.put(EvidenceFields.SUFFIX, "junior");
        typed.put(EvidenceFields.TAX_ID, "987654320");
        typed.put(EvidenceFields.DATE_OF_BIRTH, "1961-02-17");
        typed.put(EvidenceFields.FILING_STATUS, "Single");
        typed.put(EvidenceFields.ADDRESS_LINE1, "123 N Main St");
        typed.put(EvidenceFields.ADDRESS_LINE2, "Apt #4");
        typed.put(EvidenceFields.CITY, "springfield");
        typed.put(EvidenceFields.STATE, "IL");
        typed.put(EvidenceFields.ZIP, "62704-0001");
        return typed;
    }

    private static IdentityHashes claimed(String realmId, Map<String, String> typed) {
        IdentityClaim claim = IdentityClaim.validate(IdentityClaim.Typed.of(typed), TestRecords.TODAY).claim().orElseThrow();
        return TestRecords.hashes(realmId).identity(claim);
    }

    @Test
    void theSamePersonTypedDifferentlyMatches() throws Exception {
        IdentityHashes record = imported("realm-1", TestRecords.ZOE);
        IdentityHashes claim = claimed("realm-1", typedZoe());
        assertEquals(record, claim);
        assertTrue(ReferenceMatcher.sameIdentity(claim, record));
    }

    @Test
    void anyDifferentFactIsAMiss() throws Exception {
        IdentityHashes record = imported("realm-1", TestRecords.ZOE);
        Map<String, String> changes = Map.of(EvidenceFields.FIRST_NAME, "Zara", EvidenceFields.SUFFIX, "Sr",
                EvidenceFields.DATE_OF_BIRTH, "1961-02-18", EvidenceFields.FILING_STATUS, "HOH", EvidenceFields.ADDRESS_LINE2, "Apt 5",
                EvidenceFields.ZIP, "62705");
        for (Map.Entry<String, String> change : changes.entrySet()) {
            Map<String, String> typed = typedZoe();
            typed.put(change.getKey(), change.getValue());
            assertFalse(ReferenceMatcher.sameIdentity(claimed("realm-1", typed), record), change.getKey());
        }
        Map<String, String> middle = typedZoe();
        middle.put(EvidenceFields.MIDDLE_NAME, "Beatrix");
        assertTrue(ReferenceMatcher.sameIdentity(claimed("realm-1", middle), record), "the middle name is not compared");
        assertFalse(ReferenceMatcher.sameIdentity(claimed("realm-1", typedZoe()), null), "nobody with that tax id");
    }

    @Test
    void realmsAndPurposesDoNotShareHashes() throws Exception {
        IdentityHashes one = imported("realm-1", TestRecords.ZOE);
        IdentityHashes two = imported("realm-2", TestRecords.ZOE);
        assertNotEquals(one.taxId(), two.taxId());
        assertFalse(ReferenceMatcher.sameIdentity(claimed("realm-2", typedZoe()), one));
        RecordHashes hashes = TestRecords.hashes("realm-1");
        assertNotEquals(hashes.account(FinancialAccountType.CREDIT_CARD, "40128888"),
                hashes.account(FinancialAccountType.AUTO_LOAN, "40128888"));
        assertEquals(64, hashes.phone("+12025550150").length());
    }

    @Test
    void constantTimeHelpers() {
        assertTrue(ReferenceMatcher.anyEqual("b", List.of("a", "b", "c")));
        assertFalse(ReferenceMatcher.anyEqual("d", List.of("a", "b", "c")));
        assertFalse(ReferenceMatcher.anyEqual("a", List.of()));
        assertTrue(ReferenceMatcher.equal("abc", "abc"));
        assertFalse(ReferenceMatcher.equal("abc", "abd"));
    }

    @Test
    void phoneNumbersCompareInE164() {
        assertEquals(java.util.Optional.of("+12025550150"), RecordPhones.e164("(202) 555-0150"));
        assertEquals(java.util.Optional.of("+12025550150"), RecordPhones.e164("+1 202-555-0150"));
        assertEquals(java.util.Optional.of("+12025550150"), RecordPhones.e164("202.555.0150"));
        assertTrue(RecordPhones.e164("12345").isEmpty());
        assertTrue(RecordPhones.e164("").isEmpty());
    }
}
