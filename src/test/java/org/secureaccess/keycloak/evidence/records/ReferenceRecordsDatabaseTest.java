package org.secureaccess.keycloak.evidence.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import liquibase.Contexts;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.jpa.HibernatePersistenceProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.secureaccess.keycloak.evidence.EvidenceFields;
import org.secureaccess.keycloak.evidence.FinancialAccountType;
import org.secureaccess.keycloak.evidence.IdentityClaim;
import org.secureaccess.keycloak.evidence.IdentityMatch;
import org.secureaccess.keycloak.evidence.PhoneMatch;
import org.secureaccess.keycloak.evidence.records.ImportReport.RowError;
import org.secureaccess.keycloak.shared.address.MailingAddress;

/**
 * The reference-record tables for real: the Liquibase changelog applied to an in-memory H2 database, Hibernate
 * validating the entities and named queries against it, then imports, lookups and removals through the store, and a
 * scan of every column for the example secrets.
 */
class ReferenceRecordsDatabaseTest {

    private static final String REALM = "realm-a";
    private static final String OTHER_REALM = "realm-b";

    private static String url;
    private static Connection keepAlive;
    private static EntityManagerFactory emf;

    @BeforeAll
    static void database() throws Exception {
        System.setProperty("liquibase.analytics.enabled", "false");
        url = "jdbc:h2:mem:reference-records-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        keepAlive = DriverManager.getConnection(url, "sa", "");
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            @SuppressWarnings("deprecation")
            Liquibase liquibase = new Liquibase(ReferenceRecordsJpaEntityProviderFactory.CHANGELOG, new ClassLoaderResourceAccessor(),
                    database);
            liquibase.update(new Contexts());
        }
        HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration("reference-records")
                .managedClasses(new ReferenceRecordsJpaEntityProviderFactory().getEntities().toArray(Class<?>[]::new))
                .jdbcUrl(url)
                .jdbcCredentials("sa", "")
                .property("hibernate.hbm2ddl.auto", "validate");
        emf = new HibernatePersistenceProvider().createEntityManagerFactory(configuration);
    }

    @AfterAll
    static void close() throws Exception {
        if (emf != null) {
            emf.close();
        }
        keepAlive.close();
    }

    @AfterEach
    void empty() {
        inTransaction(em -> {
            new ReferenceRecordStore(em).deleteRealm(REALM);
            new ReferenceRecordStore(em).deleteRealm(OTHER_REALM);
            return null;
        });
    }

    private static <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private static List<PreparedRecord> prepared(String realmId, String... rows) throws Exception {
        RecordHashes hashes = TestRecords.hashes(realmId);
        ImportRowParser parser = new ImportRowParser(TestRecords.TODAY);
        List<PreparedRecord> out = new ArrayList<>();
        try (CsvRecordSource source = new CsvRecordSource(new ByteArrayInputStream(TestRecords.utf8(TestRecords.csv(rows))))) {
            RawRow raw;
            while ((raw = source.next()) != null) {
                ReferenceRecord record = parser.parse(raw).record();
                out.add(new PreparedRecord(raw.row(), raw.line(), hashes.identity(record.identity()), record.identity().taxId().last4(),
                        record.identity().address(),
                        record.accounts().stream().map(a -> new PreparedRecord.HashedAccount(a.type().name(),
                                hashes.account(a.type(), a.number()), a.last4())).toList(),
                        record.phones().stream().map(p -> new PreparedRecord.HashedPhone(hashes.phone(p.e164()), p.last4(),
                                p.lineType().name())).toList()));
            }
        }
        return out;
    }

    private static List<RowError> write(String realmId, String importId, List<PreparedRecord> batch) {
        return inTransaction(em -> new ReferenceRecordStore(em).write(realmId, importId, 1_000L, batch));
    }

    private static <T> T verify(String realmId, Function<ReferenceVerification, T> question) {
        return inTransaction(em -> question.apply(new ReferenceVerification(new ReferenceRecordStore(em), TestRecords.hashes(realmId),
                realmId)));
    }

    private static boolean account(String realmId, Function<ReferenceVerification, Boolean> question) {
        return verify(realmId, question);
    }

    private static IdentityClaim zoeAsTyped() {
        Map<String, String> typed = new HashMap<>();
        typed.put(EvidenceFields.FIRST_NAME, "Zoe");
        typed.put(EvidenceFields.LAST_NAME, "O'Brien Nunez");
        typed.put(EvidenceFields.SUFFIX, "JR");
        typed.put(EvidenceFields.TAX_ID, "987 65 4320");
        typed.put(EvidenceFields.DATE_OF_BIRTH, "1961-02-17");
        typed.put(EvidenceFields.FILING_STATUS, "SINGLE");
        typed.put(EvidenceFields.ADDRESS_LINE1, "123 N. Main St. #4");
        typed.put(EvidenceFields.CITY, "Springfield");
        typed.put(EvidenceFields.STATE, "il");
        typed.put(EvidenceFields.ZIP, "62704");
        return IdentityClaim.validate(IdentityClaim.Typed.of(typed), TestRecords.TODAY).claim().orElseThrow();
    }

    @Test
    void importedPeopleAreFoundByWhatTheyType() throws Exception {
        assertEquals(List.of(), write(REALM, "i1", prepared(REALM, TestRecords.ZOE, TestRecords.MARCUS, TestRecords.PRIYA)));

        IdentityMatch zoe = verify(REALM, v -> v.matchIdentity(zoeAsTyped()));
        assertTrue(zoe.matched());
        assertTrue(zoe.hasPhoneOnRecord());
        assertTrue(zoe.hasAccountOnRecord());
        String ref = zoe.personReference();
        assertEquals(36, ref.length());

        assertTrue(account(REALM, v -> v.matchFinancialAccount(ref, FinancialAccountType.CREDIT_CARD, "4012-8888")));
        assertTrue(account(REALM, v -> v.matchFinancialAccount(ref, FinancialAccountType.MORTGAGE, "exmtg0042")));
        assertFalse(account(REALM, v -> v.matchFinancialAccount(ref, FinancialAccountType.CREDIT_CARD, "40128889")));
        assertFalse(account(REALM, v -> v.matchFinancialAccount(ref, FinancialAccountType.AUTO_LOAN, "EXMTG0042")), "the type counts");
        assertFalse(account(REALM, v -> v.matchFinancialAccount(ref, FinancialAccountType.CREDIT_CARD, "4012")));

        assertEquals(PhoneMatch.MATCHED, verify(REALM, v -> v.matchPhone(ref, "+12025550150")));
        assertEquals(PhoneMatch.NOT_MOBILE, verify(REALM, v -> v.matchPhone(ref, "+12025550151")), "VoIP");
        assertEquals(PhoneMatch.NOT_ON_RECORD, verify(REALM, v -> v.matchPhone(ref, "+12025550152")), "Priya's, not Zoë's");
        assertEquals(PhoneMatch.NOT_ON_RECORD, verify(REALM, v -> v.matchPhone(ref, "not a number")));

        MailingAddress address = verify(REALM, v -> v.addressOfRecord(ref)).orElseThrow();
        assertEquals(List.of("Zoë Ann O'Brien-Núñez Jr.", "123 North Main Street, Apartment 4", "Springfield, IL 62704"), address.lines());

        IdentityMatch marcus = verify(REALM, v -> v.matchIdentity(IdentityClaim.validate(IdentityClaim.Typed.of(Map.of(
                EvidenceFields.FIRST_NAME, "Marcus", EvidenceFields.LAST_NAME, "Lee", EvidenceFields.TAX_ID, "987-65-4321",
                EvidenceFields.DATE_OF_BIRTH, "1975-03-14", EvidenceFields.FILING_STATUS, "Married filing jointly",
                EvidenceFields.ADDRESS_LINE1, "742 Evergreen Ter", EvidenceFields.CITY, "Springfield", EvidenceFields.STATE, "IL",
                EvidenceFields.ZIP, "62704")), TestRecords.TODAY).claim().orElseThrow()));
        assertTrue(marcus.matched());
        assertFalse(marcus.hasPhoneOnRecord());
        assertFalse(marcus.hasAccountOnRecord());

        String priya = verify(REALM, v -> v.matchIdentity(IdentityClaim.validate(IdentityClaim.Typed.of(Map.of(
                EvidenceFields.FIRST_NAME, "Priya", EvidenceFields.LAST_NAME, "Raman", EvidenceFields.TAX_ID, "912781234",
                EvidenceFields.DATE_OF_BIRTH, "1988-11-30", EvidenceFields.FILING_STATUS, "HOH",
                EvidenceFields.ADDRESS_LINE1, "P.O. Box 17", EvidenceFields.CITY, "Portland", EvidenceFields.STATE, "OR",
                EvidenceFields.ZIP, "97201")), TestRecords.TODAY).claim().orElseThrow())).personReference();
        assertEquals(PhoneMatch.NOT_MOBILE, verify(REALM, v -> v.matchPhone(priya, "(202) 555-0152")), "a landline");
    }

    @Test
    void aNearMissIsAMissAndRealmsAreApart() throws Exception {
        write(REALM, "i1", prepared(REALM, TestRecords.ZOE));
        IdentityClaim claim = zoeAsTyped();
        IdentityClaim wrongBirthday = new IdentityClaim(claim.firstName(), claim.middleName(), claim.lastName(), claim.suffix(),
                claim.taxId(), claim.dateOfBirth().plusDays(1), claim.filingStatus(), claim.address());
        assertEquals(IdentityMatch.notMatched(), verify(REALM, v -> v.matchIdentity(wrongBirthday)));
        assertEquals(IdentityMatch.notMatched(), verify(OTHER_REALM, v -> v.matchIdentity(claim)), "another realm's records");

        String ref = verify(REALM, v -> v.matchIdentity(claim)).personReference();
        assertFalse(account(OTHER_REALM, v -> v.matchFinancialAccount(ref, FinancialAccountType.CREDIT_CARD, "40128888")));
        assertEquals(PhoneMatch.NOT_ON_RECORD, verify(OTHER_REALM, v -> v.matchPhone(ref, "+12025550150")));
        assertTrue(verify(OTHER_REALM, v -> v.addressOfRecord(ref)).isEmpty(), "a reference is only good in its realm");
        assertTrue(verify(REALM, v -> v.addressOfRecord("no-such-person")).isEmpty());
        assertTrue(verify(REALM, v -> v.addressOfRecord(null)).isEmpty());
    }

    @Test
    void aSecondImportReplacesAPersonAndAFileCannotNameThemTwice() throws Exception {
        write(REALM, "i1", prepared(REALM, TestRecords.ZOE, TestRecords.MARCUS));
        String moved = TestRecords.ZOE.replace("\"123 North Main Street, Apartment 4\"", "9 Oak Ave").replace(
                "CREDIT_CARD:4012 8888;MORTGAGE:EX-MTG-0042", "AUTO_LOAN:EXAL0001").replace(";(202) 555-0151:VOIP", "");
        List<RowError> duplicates = write(REALM, "i2", prepared(REALM, moved, moved));
        assertEquals(List.of(RowError.of(2, 3L, "tax_id", null, "duplicate")), duplicates);
        assertEquals(List.of(RowError.of(1, 2L, "tax_id", null, "duplicate")), write(REALM, "i2", prepared(REALM, moved)),
                "a later batch of the same import");

        assertEquals(new ReferenceRecordStore.Summary(2, 1, 1), inTransaction(em -> new ReferenceRecordStore(em).summary(REALM)));
        String ref = verify(REALM, v -> v.matchIdentity(zoeAsTyped())).personReference();
        assertNull(ref, "the old address no longer matches");
        IdentityClaim old = zoeAsTyped();
        IdentityClaim movedClaim = new IdentityClaim(old.firstName(), null, old.lastName(), old.suffix(), old.taxId(), old.dateOfBirth(),
                old.filingStatus(), new MailingAddress("Zoe", "9 Oak Avenue", null, "Springfield", "IL", "62704"));
        String newRef = verify(REALM, v -> v.matchIdentity(movedClaim)).personReference();
        assertTrue(account(REALM, v -> v.matchFinancialAccount(newRef, FinancialAccountType.AUTO_LOAN, "EXAL0001")));
        assertFalse(account(REALM, v -> v.matchFinancialAccount(newRef, FinancialAccountType.CREDIT_CARD, "40128888")));
        assertEquals("9 Oak Ave", verify(REALM, v -> v.addressOfRecord(newRef)).orElseThrow().line1());
    }

    @Test
    void replacingRemovesThePeopleTheImportDidNotWriteInBatches() throws Exception {
        write(REALM, "i1", prepared(REALM, TestRecords.ZOE, TestRecords.MARCUS));
        write(OTHER_REALM, "o1", prepared(OTHER_REALM, TestRecords.ZOE));
        write(REALM, "i2", prepared(REALM, TestRecords.PRIYA, TestRecords.MARCUS));

        List<String> stale = inTransaction(em -> new ReferenceRecordStore(em).idsOutsideImport(REALM, "i2", 500));
        assertEquals(1, stale.size(), "Zoë");
        assertEquals(Integer.valueOf(1), inTransaction(em -> new ReferenceRecordStore(em).delete(stale)));
        assertEquals(new ReferenceRecordStore.Summary(2, 1, 1), inTransaction(em -> new ReferenceRecordStore(em).summary(REALM)));
        assertEquals(new ReferenceRecordStore.Summary(1, 2, 2), inTransaction(em -> new ReferenceRecordStore(em).summary(OTHER_REALM)));

        assertEquals(1, inTransaction(em -> new ReferenceRecordStore(em).ids(REALM, 1)).size(), "a limited batch");
        inTransaction(em -> {
            new ReferenceRecordStore(em).deleteRealm(REALM);
            return null;
        });
        assertEquals(new ReferenceRecordStore.Summary(0, 0, 0), inTransaction(em -> new ReferenceRecordStore(em).summary(REALM)));
        assertEquals(1, inTransaction(em -> new ReferenceRecordStore(em).summary(OTHER_REALM)).people());
    }

    @Test
    void noColumnHoldsATaxIdADateOfBirthOrAnAccountNumber() throws Exception {
        write(REALM, "i1", prepared(REALM, TestRecords.ZOE, TestRecords.MARCUS, TestRecords.PRIYA));
        List<String> cells = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, "sa", ""); Statement statement = connection.createStatement()) {
            for (String table : List.of("SA_REFERENCE_PERSON", "SA_REFERENCE_ACCOUNT", "SA_REFERENCE_PHONE")) {
                try (ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData meta = rows.getMetaData();
                    while (rows.next()) {
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            cells.add(table + "." + meta.getColumnName(i) + "=" + rows.getString(i));
                        }
                    }
                }
            }
        }
        assertEquals(3 * 17 + 3 * 5 + 3 * 5, cells.size());
        for (String cell : cells) {
            for (String secret : TestRecords.SECRETS) {
                assertFalse(cell.contains(secret), secret + " in " + cell);
            }
            assertFalse(cell.contains("19610217") || cell.contains("02/17/1961"), cell);
            assertFalse(cell.contains("2025550150"), "phone numbers are hashed too: " + cell);
        }
        assertTrue(cells.contains("SA_REFERENCE_PERSON.TAX_ID_LAST4=4320"));
        assertTrue(cells.contains("SA_REFERENCE_PERSON.MAIL_CITY=Springfield"), "the address is in clear for letters");
        assertTrue(cells.contains("SA_REFERENCE_ACCOUNT.LAST4=8888"));
        assertTrue(cells.contains("SA_REFERENCE_PHONE.LINE_TYPE=MOBILE"));
    }
}
