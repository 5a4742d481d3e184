package org.secureaccess.keycloak.evidence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.testframework.remote.providers.runonserver.FetchOnServer;

/**
 * Code that {@link ReferenceRecordsImportIT} runs inside the test server (run-on-server): it is serialised there and
 * loaded from the test classes, so it refers only to the server's classes (Keycloak's and the extension's) and the
 * JDK. Results come back as JSON-friendly maps and lists.
 */
public final class ServerSideChecks {

    private ServerSideChecks() {
    }

    /** Asks the realm's evidence verifier about Zoë (imported by the test) as she would type herself on a page. */
    static FetchOnServer verifyZoe(String realmName) {
        return session -> {
            RealmModel realm = session.realms().getRealmByName(realmName);
            session.getContext().setRealm(realm);
            EvidenceVerifierProvider verifier = session.getProvider(EvidenceVerifierProvider.class);
            Map<String, Object> result = new LinkedHashMap<>();
            try {
                IdentityClaim claim = zoe("1961-02-17");
                IdentityMatch match = verifier.matchIdentity(realm, claim);
                result.put("matched", match.matched());
                result.put("hasPhone", match.hasPhoneOnRecord());
                result.put("hasAccount", match.hasAccountOnRecord());
                result.put("nearMissMatched", verifier.matchIdentity(realm, zoe("1961-02-18")).matched());
                if (match.matched()) {
                    String ref = match.personReference();
                    result.put("card", verifier.matchFinancialAccount(realm, ref, FinancialAccountType.CREDIT_CARD, "4012-8888"));
                    result.put("wrongCard", verifier.matchFinancialAccount(realm, ref, FinancialAccountType.CREDIT_CARD, "40128889"));
                    result.put("mobile", verifier.matchPhone(realm, ref, "+12025550150").name());
                    result.put("voip", verifier.matchPhone(realm, ref, "+12025550151").name());
                    result.put("unknownPhone", verifier.matchPhone(realm, ref, "+12025550199").name());
                    result.put("addressLines", verifier.addressOfRecord(realm, ref).map(a -> a.lines()).orElse(null));
                }
            } catch (VerifierUnavailableException e) {
                result.put("unavailable", e.eventValue());
            }
            return result;
        };
    }

    private static IdentityClaim zoe(String dateOfBirth) {
        Map<String, String> typed = new HashMap<>();
        typed.put(EvidenceFields.FIRST_NAME, "Zoe");
        typed.put(EvidenceFields.LAST_NAME, "O'Brien Nunez");
        typed.put(EvidenceFields.SUFFIX, "Jr");
        typed.put(EvidenceFields.TAX_ID, "987-65-4320");
        typed.put(EvidenceFields.DATE_OF_BIRTH, dateOfBirth);
        typed.put(EvidenceFields.FILING_STATUS, "Single");
        typed.put(EvidenceFields.ADDRESS_LINE1, "123 N Main St");
        typed.put(EvidenceFields.ADDRESS_LINE2, "Apt 4");
        typed.put(EvidenceFields.CITY, "Springfield");
        typed.put(EvidenceFields.STATE, "IL");
        typed.put(EvidenceFields.ZIP, "62704");
        return IdentityClaim.validate(IdentityClaim.Typed.of(typed), java.time.LocalDate.now()).claim().orElseThrow();
    }

    /** How many login-history and proofing rows the database holds about one user: {@code {"history": n, "proofing": n}}. */
    public static FetchOnServer rowsAbout(String userId) {
        return session -> {
            EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
            Map<String, Object> counts = new LinkedHashMap<>();
            counts.put("history", ((Number) em.createNativeQuery("SELECT COUNT(*) FROM SA_LOGIN_HISTORY WHERE USER_ID = ?1")
                    .setParameter(1, userId).getSingleResult()).longValue());
            counts.put("proofing", ((Number) em.createNativeQuery("SELECT COUNT(*) FROM SA_PROOFING WHERE USER_ID = ?1")
                    .setParameter(1, userId).getSingleResult()).longValue());
            return counts;
        };
    }

    /**
     * Searches every text column of every table in the server's database schema for each of {@code secrets} and for
     * {@code control} (a value that is stored in clear, proving the search works). Returns
     * {@code {"columns": n, "secretHits": ["TABLE.COLUMN", ...], "controlHits": [...]}}.
     */
    public static FetchOnServer scanDatabase(ArrayList<String> secrets, String control) {
        return session -> scan(session, secrets, control);
    }

    private static Map<String, Object> scan(KeycloakSession session, List<String> secrets, String control) {
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        @SuppressWarnings("unchecked")
        List<Object[]> columns = em.createNativeQuery("SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS "
                + "WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND UPPER(DATA_TYPE) IN ('CHARACTER VARYING', 'CHARACTER', "
                + "'CHARACTER LARGE OBJECT', 'VARCHAR', 'TEXT', 'CLOB')").getResultList();
        List<String> secretHits = new ArrayList<>();
        List<String> controlHits = new ArrayList<>();
        for (Object[] column : columns) {
            String table = String.valueOf(column[0]);
            String name = String.valueOf(column[1]);
            String where = "\"" + name + "\" LIKE ?1";
            StringBuilder any = new StringBuilder();
            for (int i = 0; i < secrets.size(); i++) {
                any.append(i == 0 ? "" : " OR ").append('"').append(name).append("\" LIKE ?").append(i + 1);
            }
            var secretQuery = em.createNativeQuery("SELECT COUNT(*) FROM \"" + table + "\" WHERE " + any);
            for (int i = 0; i < secrets.size(); i++) {
                secretQuery.setParameter(i + 1, "%" + secrets.get(i) + "%");
            }
            if (((Number) secretQuery.getSingleResult()).longValue() > 0) {
                secretHits.add(table + "." + name);
            }
            Number controlCount = (Number) em.createNativeQuery("SELECT COUNT(*) FROM \"" + table + "\" WHERE " + where)
                    .setParameter(1, "%" + control + "%").getSingleResult();
            if (controlCount.longValue() > 0) {
                controlHits.add(table + "." + name);
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("columns", columns.size());
        result.put("secretHits", secretHits);
        result.put("controlHits", controlHits);
        return result;
    }
}
