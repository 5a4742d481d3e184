package org.secureaccess.keycloak.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.keycloak.util.JsonSerialization;
import org.secureaccess.keycloak.testsupport.BuildInfo;
import org.secureaccess.keycloak.testsupport.DemoApp;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The shaded JAR in a production-mode Keycloak ({@code kc.sh build}, then {@code start --optimized}) on a real
 * database that the last release left ({@link UpgradeFixture}): an upgrade. Subclasses name the database; every check
 * here runs against each. A fresh install is the fixture's own making, and the two-node and container suites start on
 * empty PostgreSQL databases.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ProductionModeContract {

    static final String DATABASE = "secure_access_production_test";
    /** Every table our changelogs create. */
    static final List<String> EXTENSION_TABLES = List.of("SA_SECURITY_COUNTER", "SA_LOGIN_HISTORY", "SA_LOGIN_HISTORY_TALLY",
            "SA_PROOFING", "SA_PROOFING_FUNNEL", "SA_RECOVERY_REQUEST", "SA_RECOVERY_CANCEL_LINK", "SA_REFERENCE_PERSON",
            "SA_REFERENCE_ACCOUNT", "SA_REFERENCE_PHONE");
    /** Keycloak's record of our changesets: a change log table per extension entity provider. */
    static final List<String> EXTENSION_CHANGE_LOGS = List.of("DATABASECHANGELOG_SA_LOGIN_H", "DATABASECHANGELOG_SA_PROOFIN",
            "DATABASECHANGELOG_SA_RECOVER", "DATABASECHANGELOG_SA_REFEREN", "DATABASECHANGELOG_SA_SECURIT");

    private KeycloakDistribution keycloak;
    private Map<String, Set<String>> rowsBeforeUpgrade;
    private Map<String, Set<String>> changesetsBeforeUpgrade;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    /** A short name for the installation folder, e.g. "postgres". */
    abstract String vendor();

    /** Drops and re-creates {@link #DATABASE}. */
    abstract void recreateDatabase() throws Exception;

    /** Runs the SQL script {@code sql} (a dump) on {@link #DATABASE} with the database's own client. */
    abstract void restoreDatabase(Path sql) throws Exception;

    /** Writes {@link #DATABASE} as a SQL script to {@code sql} with the database's own dump tool. */
    abstract void dumpDatabase(Path sql) throws Exception;

    /** JDBC URL of {@link #DATABASE}. */
    abstract String jdbcUrl();

    abstract String dbUser();

    abstract String dbPassword();

    /**
     * The database starts as the last release left it ({@link UpgradeFixture}), so every start here is an upgrade. With
     * {@code -Dsecureaccess.writeUpgradeFixture=true} the fixture is first written afresh: this JAR installed on an empty
     * database, rows of every kind made through it, the database dumped.
     */
    @BeforeAll
    void startKeycloak() throws Exception {
        recreateDatabase();
        keycloak = KeycloakDistribution.unpackFresh(vendor());
        keycloak.build(List.of("--db=" + vendor(), "--health-enabled=true", "--metrics-enabled=true"));
        if (Boolean.getBoolean("secureaccess.writeUpgradeFixture")) {
            keycloak.startOptimized(startOptions());
            UpgradeFixture.populate(KeycloakDistribution.BASE_URL);
            keycloak.stop();
            try (Connection db = DriverManager.getConnection(jdbcUrl(), dbUser(), dbPassword()); Statement statement = db.createStatement()) {
                // The stopped node's discovery entry: a server started on the fixture would look for that member first.
                statement.execute("DELETE FROM JGROUPS_PING");
            }
            Files.createDirectories(UpgradeFixture.file(vendor()).getParent());
            dumpDatabase(UpgradeFixture.file(vendor()));
            recreateDatabase();
        }
        restoreDatabase(UpgradeFixture.file(vendor()));
        try (Connection db = DriverManager.getConnection(jdbcUrl(), dbUser(), dbPassword())) {
            rowsBeforeUpgrade = UpgradeFixture.rows(db);
            changesetsBeforeUpgrade = UpgradeFixture.changesets(db);
        }
        keycloak.startOptimized(startOptions());
    }

    /**
     * Runs a database client ({@code psql}, {@code mariadb}, their dump tools), reading {@code input} and writing
     * {@code output} when given; fails with what it printed when it fails.
     */
    static void runDatabaseClient(List<String> command, Path input, Path output) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command);
        Path errors = Files.createTempFile("database-client", ".log");
        builder.redirectError(errors.toFile());
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        if (output != null) {
            builder.redirectOutput(output.toFile());
        } else {
            builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        }
        Process client;
        try {
            client = builder.start();
        } catch (java.io.IOException notInstalled) {
            throw new AssertionError("Cannot run " + command.get(0) + ", the database's own client, which the upgrade test needs "
                    + "(Debian packages postgresql-client and mariadb-client): " + notInstalled.getMessage());
        }
        if (!client.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)) {
            client.destroyForcibly();
            throw new AssertionError(command + " did not finish in 5 minutes");
        }
        String printed = Files.readString(errors);
        Files.delete(errors);
        if (client.exitValue() != 0) {
            throw new AssertionError(command + " failed with " + client.exitValue() + ":\n" + printed);
        }
    }

    private List<String> startOptions() {
        return List.of(
                "--spi-secure-access-keyed-hash--hmac-sha256--secret=" + UpgradeFixture.KEYED_HASH_SECRET,
                "--db-url=" + jdbcUrl(),
                "--db-username=" + dbUser(),
                "--db-password=" + dbPassword());
    }

    @AfterAll
    void stopKeycloak() throws Exception {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    /**
     * Keycloak ran exactly the changesets of ours that the release before did not have, and none of its own (the
     * fixture was written with the same Keycloak): every changeset the fixture records is still recorded, unchanged.
     */
    @Test
    @Order(1)
    void theUpgradeRanOnlyTheChangesetsTheLastReleaseLacked() throws Exception {
        Map<String, Set<String>> after;
        try (Connection db = DriverManager.getConnection(jdbcUrl(), dbUser(), dbPassword())) {
            after = UpgradeFixture.changesets(db);
        }
        Set<String> oursBefore = new TreeSet<>();
        Set<String> oursRan = new TreeSet<>();
        for (String log : UpgradeFixture.CHANGE_LOGS) {
            Set<String> before = changesetsBeforeUpgrade.get(log);
            assertTrue(after.get(log).containsAll(before), log + " still records every changeset of " + UpgradeFixture.RELEASE);
            Set<String> ran = new TreeSet<>(after.get(log));
            ran.removeAll(before);
            if (log.equals("DATABASECHANGELOG")) {
                assertTrue(before.size() > 100, "the fixture holds Keycloak's own schema: " + before.size() + " changesets");
                assertEquals(Set.of(), ran, "Keycloak ran none of its own changesets again (same Keycloak as the fixture)");
            } else {
                oursBefore.addAll(before);
                oursRan.addAll(ran);
            }
        }
        assertTrue(!oursBefore.isEmpty(), "the fixture records our changesets");
        Set<String> lacking = UpgradeFixture.declaredChangesets();
        lacking.removeAll(oursBefore);
        assertEquals(lacking, oursRan, "the changesets run at the upgrade are exactly those " + UpgradeFixture.RELEASE + " lacked");
    }

    /** Every row of ours the last release left (and the phone and app credentials) is still there, unchanged. */
    @Test
    @Order(2)
    void everyRowTheLastReleaseLeftSurvivesTheUpgrade() throws Exception {
        Map<String, Set<String>> after;
        try (Connection db = DriverManager.getConnection(jdbcUrl(), dbUser(), dbPassword())) {
            after = UpgradeFixture.rows(db);
        }
        rowsBeforeUpgrade.forEach((kind, before) -> {
            assertTrue(!before.isEmpty(), "the fixture holds " + kind);
            Set<String> lost = new TreeSet<>(before);
            lost.removeAll(after.get(kind));
            assertEquals(Set.of(), lost, kind + " lost or changed at the upgrade");
        });
    }

    /** A person from before the upgrade signs in with their password and app, as before: a token with both factors. */
    @Test
    @Order(3)
    void aPersonFromTheLastReleaseSignsInWithTheirApp() throws Exception {
        DemoApp.Tokens tokens = UpgradeFixture.signInWithApp(KeycloakDistribution.BASE_URL);
        JsonNode amr = tokens.idToken().get("amr");
        assertTrue(amr != null && amr.toString().contains("pwd") && amr.toString().contains("otp"), "amr of " + tokens.idToken());
        assertEquals(UpgradeFixture.APP_PERSON, tokens.idToken().get("preferred_username").asText());
    }

    @Test
    void serverRunsInProductionModeWithTheExtension() throws Exception {
        String log = keycloak.serverLog();
        assertTrue(log.contains("Keycloak 26.7.3"), log);
        assertTrue(log.contains("Profile prod activated"), "production profile: " + log);
        assertTrue(!log.contains(" ERROR "), "no errors at start-up:\n" + log);
    }

    /** The realm the last release imported is served from the database (the start's --import-realm skips it). */
    @Test
    void realmIsServedFromTheDatabase() throws Exception {
        HttpResponse<String> discovery = get(KeycloakDistribution.BASE_URL + "/realms/secure-access/.well-known/openid-configuration");
        assertEquals(200, discovery.statusCode());

        try (Connection db = DriverManager.getConnection(jdbcUrl(), dbUser(), dbPassword());
             ResultSet realms = db.createStatement().executeQuery("SELECT NAME, LOGIN_THEME FROM REALM WHERE NAME = 'secure-access'")) {
            assertTrue(realms.next(), "the realm row exists in " + vendor());
            assertEquals("secure-access", realms.getString(2));
        }
    }

    /** Our Liquibase changelogs applied: each table exists and can be queried. */
    @Test
    void extensionTablesExist() throws Exception {
        try (Connection db = DriverManager.getConnection(jdbcUrl(), dbUser(), dbPassword())) {
            for (String table : EXTENSION_TABLES) {
                try (ResultSet rows = db.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
                    assertTrue(rows.next(), table);
                }
            }
        }
    }

    /** The login-history reads made at every sign-in each have an index (their cost must not grow with history). */
    @Test
    void loginHistoryLookupsHaveTheirIndexes() throws Exception {
        java.util.Set<String> indexes = new java.util.TreeSet<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl(), dbUser(), dbPassword())) {
            for (String table : List.of("SA_LOGIN_HISTORY", "sa_login_history")) {
                try (ResultSet rows = db.getMetaData().getIndexInfo(db.getCatalog(), null, table, false, false)) {
                    while (rows.next()) {
                        if (rows.getString("INDEX_NAME") != null) {
                            indexes.add(rows.getString("INDEX_NAME").toUpperCase(java.util.Locale.ROOT));
                        }
                    }
                }
            }
        }
        for (String index : List.of("IDX_SA_HISTORY_USER_TIME", "IDX_SA_HISTORY_TIME", "IDX_SA_HISTORY_USER_DEVICE")) {
            assertTrue(indexes.contains(index), index + " among " + indexes);
        }
    }

    @Test
    void loginPageIsThemed() throws Exception {
        String redirect = URLEncoder.encode("http://localhost:3000/callback", StandardCharsets.UTF_8);
        HttpResponse<String> page = get(KeycloakDistribution.BASE_URL + "/realms/secure-access/protocol/openid-connect/auth"
                + "?client_id=demo-app&response_type=code&scope=openid&redirect_uri=" + redirect
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"sa-product-name\""), page.body());
        assertTrue(page.body().contains("/css/secure-access.css"), page.body());
    }

    @Test
    void serverInfoListsTheExtensionsProviders() throws Exception {
        JsonNode providers = serverInfo().get("providers");
        assertTrue(providers.get("password-policy").get("providers").has("notCommonPassword"));
        // No sender chosen: all four load, the bundled (relocated) AWS SDK and HTTP clients included.
        for (String sender : List.of("log", "webhook", "twilio", "aws-sns")) {
            assertTrue(providers.get("sms-sender").get("providers").has(sender), "sms-sender " + sender);
        }
        for (String authenticator : List.of("secure-access-sms-code", "secure-access-app-code", "secure-access-security-key",
                "secure-access-recovery-code", "secure-access-has-second-factor", "secure-access-phone-from-attribute")) {
            assertTrue(providers.get("authenticator").get("providers").has(authenticator), authenticator);
        }
        assertTrue(providers.get("required-action").get("providers").has("secure-access-phone"));
        // No verifier chosen: both load, and reference-records is the default.
        for (String verifier : List.of("reference-records", "http")) {
            assertTrue(providers.get("evidence-verifier").get("providers").has(verifier), "evidence-verifier " + verifier);
        }
    }

    /** The relocated libphonenumber inside the shaded JAR still finds its metadata resources. */
    @Test
    void shadedPhoneNumberLibraryWorks() throws Exception {
        try (URLClassLoader jar = new URLClassLoader(new URL[] {BuildInfo.extensionJar().toUri().toURL()}, null)) {
            Class<?> util = jar.loadClass("org.secureaccess.keycloak.shaded.phonenumbers.PhoneNumberUtil");
            Object instance = util.getMethod("getInstance").invoke(null);
            Object number = util.getMethod("parse", CharSequence.class, String.class).invoke(instance, "(202) 555-0143", "US");
            Method regionOf = util.getMethod("getRegionCodeForNumber", number.getClass());
            assertEquals("US", regionOf.invoke(instance, number));
        }
    }

    /**
     * Last, with Keycloak stopped as the docs say: docs/sql/uninstall.sql removes our tables, Keycloak's change logs of
     * them, the phone credentials and their numbers' keyed hashes, and nothing else.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void theUninstallScriptRemovesWhatTheExtensionKeepsAndNothingElse() throws Exception {
        keycloak.close();
        String script = Files.readString(BuildInfo.realmExport().resolveSibling("docs/sql/uninstall.sql"));
        try (Connection db = DriverManager.getConnection(jdbcUrl(), dbUser(), dbPassword())) {
            Set<String> before = tableNames(db);
            assertTrue(before.containsAll(EXTENSION_TABLES) && before.containsAll(EXTENSION_CHANGE_LOGS), "installed: " + before);
            long keycloakChangesets = count(db, "SELECT COUNT(*) FROM DATABASECHANGELOG");
            try (Statement statement = db.createStatement()) {
                for (String sql : script.replaceAll("(?m)^--.*$", "").split(";")) {
                    if (!sql.isBlank()) {
                        statement.execute(sql.strip());
                    }
                }
            }
            Set<String> removed = new TreeSet<>(before);
            removed.removeAll(tableNames(db));
            Set<String> expected = new TreeSet<>(EXTENSION_TABLES);
            expected.addAll(EXTENSION_CHANGE_LOGS);
            assertEquals(expected, removed, "exactly our tables and change logs are gone");
            assertEquals(keycloakChangesets, count(db, "SELECT COUNT(*) FROM DATABASECHANGELOG"), "Keycloak's own change log is untouched");
            assertEquals(0, count(db, "SELECT COUNT(*) FROM CREDENTIAL WHERE TYPE = 'secure-access-phone'"));
            assertEquals(0, count(db, "SELECT COUNT(*) FROM USER_ATTRIBUTE WHERE NAME = 'secure-access.phone-lookup'"));
        }
    }

    private static Set<String> tableNames(Connection db) throws Exception {
        Set<String> names = new TreeSet<>();
        try (ResultSet tables = db.getMetaData().getTables(db.getCatalog(), null, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME").toUpperCase(Locale.ROOT));
            }
        }
        return names;
    }

    private static long count(Connection db, String sql) throws Exception {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    JsonNode serverInfo() throws Exception {
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(
                        URI.create(KeycloakDistribution.BASE_URL + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password=admin"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, token.statusCode(), token.body());
        String accessToken = JsonSerialization.mapper.readTree(token.body()).get("access_token").asText();
        HttpResponse<String> info = http.send(HttpRequest.newBuilder(
                        URI.create(KeycloakDistribution.BASE_URL + "/admin/serverinfo"))
                .header("Authorization", "Bearer " + accessToken)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, info.statusCode(), info.body());
        return JsonSerialization.mapper.readTree(info.body());
    }

    HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
