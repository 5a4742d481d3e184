package org.secureaccess.keycloak.production;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import org.secureaccess.keycloak.testsupport.BuildInfo;
import org.secureaccess.keycloak.testsupport.DemoApp;
import org.secureaccess.keycloak.testsupport.HttpBrowser;
import org.secureaccess.keycloak.testsupport.HttpBrowser.Page;
import org.secureaccess.keycloak.testsupport.HttpSignIn;
import org.secureaccess.keycloak.testsupport.ProofingPerson;
import org.secureaccess.keycloak.testsupport.ReleasedChangesets;
import org.secureaccess.keycloak.testsupport.TestUsers;
import org.secureaccess.keycloak.testsupport.Totp;

/**
 * A database as a released version of the extension left it, committed under {@code src/test/upgrade-fixtures/}: the
 * whole database of a production-mode Keycloak 26.7.3 (its realm imported from realm-export.json) after
 * {@link #populate} made rows of every kind we keep through the server's own endpoints and sign-in pages. The
 * production-mode suites start the JAR under test on it: that is an upgrade from {@link #RELEASE}.
 *
 * <p>Written by {@code mvn verify -Dit.test='PostgresProductionModeIT,MariaDbProductionModeIT'
 * -Dsecureaccess.writeUpgradeFixture=true} (then the same suites test the fresh fixture); see the folder's README.md.
 */
final class UpgradeFixture {

    /** The release whose database the committed fixtures hold. */
    static final String RELEASE = "0.2.0";
    static final String REALM = "secure-access";
    /** The keyed-hash secret the fixture's hashes were made with; an upgraded server must keep it. */
    static final String KEYED_HASH_SECRET = "production-mode-test-secret-0123456789abcdef";
    /** Signs in with an authenticator app set up with {@link #APP_SECRET}. */
    static final String APP_PERSON = "upgrade-app-person";
    static final String APP_SECRET = "upgrade-fixture-totp-secret-20";
    /** Has a phone and identity proofing by exception. */
    static final String PHONE_PERSON = "upgrade-phone-person";

    /**
     * Our rows that the fixture must hold at least one of, by kind: the upgrade test checks each survives. Keycloak's
     * CREDENTIAL and USER_ATTRIBUTE rows are ours only where they hold a phone.
     */
    static final Map<String, String> KINDS_OF_ROW = kindsOfRow();

    private static Map<String, String> kindsOfRow() {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("login history", "SELECT * FROM SA_LOGIN_HISTORY");
        kinds.put("failed-attempt tallies", "SELECT * FROM SA_LOGIN_HISTORY_TALLY");
        kinds.put("security counters", "SELECT * FROM SA_SECURITY_COUNTER");
        kinds.put("proofing records", "SELECT * FROM SA_PROOFING");
        kinds.put("proofing funnel", "SELECT * FROM SA_PROOFING_FUNNEL");
        kinds.put("reference people", "SELECT * FROM SA_REFERENCE_PERSON");
        kinds.put("reference accounts", "SELECT * FROM SA_REFERENCE_ACCOUNT");
        kinds.put("reference phones", "SELECT * FROM SA_REFERENCE_PHONE");
        kinds.put("phone credentials", "SELECT * FROM CREDENTIAL WHERE TYPE = 'secure-access-phone'");
        kinds.put("phone lookups", "SELECT * FROM USER_ATTRIBUTE WHERE NAME = 'secure-access.phone-lookup'");
        kinds.put("app credentials", "SELECT * FROM CREDENTIAL WHERE TYPE = 'otp'");
        return kinds;
    }

    /** Keycloak's change log and each of ours, which record every changeset run on the database. */
    static final List<String> CHANGE_LOGS = java.util.stream.Stream.concat(java.util.stream.Stream.of("DATABASECHANGELOG"),
            ProductionModeContract.EXTENSION_CHANGE_LOGS.stream()).toList();

    private UpgradeFixture() {
    }

    /** {@code src/test/upgrade-fixtures/<release>/<vendor>.sql}. */
    static Path file(String vendor) {
        return BuildInfo.realmExport().resolveSibling("src/test/upgrade-fixtures/" + RELEASE + "/" + vendor + ".sql");
    }

    /**
     * Rows of every kind, made the way they are made in service: reference records imported, a phone set and proofing
     * granted by an admin, and sign-ins on the themed pages (two, the first after a wrong app code; then a wrong password).
     */
    static void populate(String baseUrl) throws Exception {
        RealmAdmin admin = new RealmAdmin(baseUrl, REALM, UnaryOperator.identity());
        ProofingPerson ofRecord = ProofingPerson.number(81, "Uma", "Upgrade", "MOBILE");
        admin.mergeReferenceRecords(ofRecord.csvRow(), ProofingPerson.number(82, "Ulla", "Upgrade", "MOBILE").csvRow());

        String phonePerson = admin.createUser(PHONE_PERSON, false);
        admin.setPhone(phonePerson, ofRecord.mobile());
        admin.grantProofingException(phonePerson, "in-person", "Identity seen in person (upgrade fixture)");

        admin.createUser(APP_PERSON, true, TestUsers.otp(APP_SECRET));
        String realmUrl = baseUrl + "/realms/" + REALM;
        try (DemoApp app = new DemoApp(realmUrl)) {
            HttpSignIn wrongCodeFirst = new HttpSignIn(new HttpBrowser(baseUrl));
            Page codePage = wrongCodeFirst.signIn(app.authorizationUrl(), APP_PERSON, TestUsers.PASSWORD);
            Page stillCode = wrongCodeFirst.appCode(codePage, Totp.wrongNow(APP_SECRET));
            if (!stillCode.has("#kc-otp-login-form")) {
                throw new AssertionError("A wrong app code was not refused on the code page: " + stillCode.describe());
            }
            signInEnds(wrongCodeFirst, wrongCodeFirst.appCode(stillCode, Totp.unused(APP_SECRET)));
            signInWithApp(baseUrl);
            // Last: Keycloak's brute-force protection pauses sign-in after two failures in quick succession.
            HttpSignIn wrongPassword = new HttpSignIn(new HttpBrowser(baseUrl));
            Page refused = wrongPassword.password(wrongPassword.username(wrongPassword.open(app.authorizationUrl()), APP_PERSON), "Not-The-Password-1");
            if (!refused.has("#password") || !refused.has("#password-error")) {
                throw new AssertionError("A wrong password was not refused on the password page: " + refused.describe());
            }
        }
    }

    /** A full sign-in of {@link #APP_PERSON}: password, app code, Online Security Information, the application's tokens. */
    static DemoApp.Tokens signInWithApp(String baseUrl) throws Exception {
        try (DemoApp app = new DemoApp(baseUrl + "/realms/" + REALM)) {
            HttpSignIn signIn = new HttpSignIn(new HttpBrowser(baseUrl));
            Page page = signIn.appCode(signIn.signIn(app.authorizationUrl(), APP_PERSON, TestUsers.PASSWORD), Totp.unused(APP_SECRET));
            return app.exchange(signInEnds(signIn, page));
        }
    }

    private static String signInEnds(HttpSignIn signIn, Page page) throws Exception {
        return HttpSignIn.authorizationCode(signIn.continueFromSecurityInformation(page));
    }

    /** Every row of each kind in {@link #KINDS_OF_ROW}, each row as the text of all its columns. */
    static Map<String, Set<String>> rows(Connection db) throws Exception {
        Map<String, Set<String>> rows = new LinkedHashMap<>();
        for (Map.Entry<String, String> kind : KINDS_OF_ROW.entrySet()) {
            rows.put(kind.getKey(), query(db, kind.getValue()));
        }
        return rows;
    }

    /** {@code FILENAME::ID::AUTHOR MD5SUM} of every changeset each change log records. */
    static Map<String, Set<String>> changesets(Connection db) throws Exception {
        Map<String, Set<String>> logs = new LinkedHashMap<>();
        for (String log : CHANGE_LOGS) {
            logs.put(log, query(db, "SELECT FILENAME, ID, AUTHOR, MD5SUM FROM " + log).stream()
                    .map(row -> {
                        String[] cells = row.split("\t", -1);
                        return cells[0] + "::" + cells[1] + "::" + cells[2] + " " + cells[3];
                    })
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
        }
        return logs;
    }

    /** {@code file::id::author checksum} of every changeset of ours, as {@link ReleasedChangesets} records them. */
    static Set<String> declaredChangesets() throws IOException {
        Set<String> declared = new TreeSet<>();
        ReleasedChangesets.read().forEach((key, checksum) -> declared.add(key + " " + checksum));
        return declared;
    }

    private static Set<String> query(Connection db, String sql) throws Exception {
        Set<String> rows = new TreeSet<>();
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            ResultSetMetaData columns = result.getMetaData();
            while (result.next()) {
                List<String> cells = new ArrayList<>();
                for (int column = 1; column <= columns.getColumnCount(); column++) {
                    Object value = result.getObject(column);
                    if (value instanceof byte[] bytes) {
                        value = java.util.HexFormat.of().formatHex(bytes);
                    } else if (value instanceof java.sql.Clob clob) {
                        value = clob.getSubString(1, (int) clob.length());
                    }
                    cells.add(String.valueOf(value));
                }
                rows.add(String.join("\t", cells));
            }
        }
        return rows;
    }
}
