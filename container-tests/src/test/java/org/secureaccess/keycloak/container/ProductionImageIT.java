package org.secureaccess.keycloak.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.info.ServerInfoRepresentation;
import org.keycloak.representations.info.SpiInfoRepresentation;
import org.keycloak.representations.info.ThemeInfoRepresentation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The image the project's Containerfile builds, started in production mode ({@code start --optimized}) on
 * PostgreSQL the way docs/operations.md tells an administrator to run it: the keyed-hash secret and the Twilio
 * account from {@code KC_SPI_...} environment variables, the Twilio auth token from a {@code ${vault.<name>}}
 * reference resolved in the file vault. The same checks as the main project's production-mode tests, and a full
 * sign-in with a texted code that goes out through the image's build-time SMS sender (twilio) to a fake Twilio API
 * on the loopback address. Needs a container engine: without one the class is skipped (and
 * {@link SkippedTestsReport} prints why), unless CI requires it ({@link ContainerEngineCondition}).
 */
@ExtendWith(ContainerEngineCondition.class)
class ProductionImageIT {

    static final String REALM = "secure-access";
    static final String TWILIO_ACCOUNT_SID = "AC" + "5ec0eacce55".repeat(3).substring(0, 32);
    static final String TWILIO_TOKEN_VAULT_KEY = "twilio-auth-token";
    static final String PAT_PHONE = "+12025550143";

    /**
     * The providers the image's build chose, by SPI: exactly these (the Containerfile's defaults: the SMS and letter
     * senders by {@code provider}, which deploys the chosen one only; both evidence verifiers, reference-records the default).
     */
    static final Map<String, Set<String>> BUILD_TIME_CHOICES = Map.of(
            "sms-sender", Set.of("twilio"),
            "letter-sender", Set.of("pdf-spool"),
            "evidence-verifier", Set.of("reference-records", "http"));

    /** Our other providers that the server must list, by SPI. */
    static final Map<String, List<String>> PROVIDERS = Map.of(
            "password-policy", List.of("notCommonPassword"),
            "authenticator", List.of("secure-access-sms-code", "secure-access-app-code", "secure-access-security-key",
                    "secure-access-recovery-code", "secure-access-has-second-factor", "secure-access-phone-from-attribute"),
            "required-action", List.of("secure-access-phone"),
            "credential", List.of("secure-access-phone"),
            "secure-access-keyed-hash", List.of("hmac-sha256"),
            "admin-realm-restapi-extension", List.of("secure-access-phones"));

    private static final Pattern PRODUCT_NAME = Pattern.compile("id=\"sa-product-name\"[^>]*>\\s*([^<]*?)\\s*<");
    private static final Pattern STYLESHEET = Pattern.compile("href=\"([^\"]*/css/secure-access\\.css)\"");
    private static final Pattern TEXTED_CODE = Pattern.compile("\\b(\\d{6,8})\\b");

    private static final SecureRandom random = new SecureRandom();
    private static final String keyedHashSecret = randomHex(24);
    private static final String twilioAuthToken = randomHex(16);

    private static SuiteDatabase database;
    private static FakeTwilio twilio;
    private static SecureAccessKeycloakContainer keycloak;
    private static String startupLog;
    private static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @BeforeAll
    static void buildImageAndStart() throws Exception {
        BaseImage base = BaseImage.choose(SuiteInputs.containerfile());
        database = new SuiteDatabase().recreate();
        twilio = new FakeTwilio();
        keycloak = new SecureAccessKeycloakContainer(base, SuiteInputs.containerfile(), SuiteInputs.extensionJar(),
                SuiteInputs.realmExport(), database)
                .withOption("--spi-secure-access-keyed-hash--hmac-sha256--secret", keyedHashSecret)
                .withOption("--spi-sms-sender--twilio--account-sid", TWILIO_ACCOUNT_SID)
                .withOption("--spi-sms-sender--twilio--from", "+12025550100")
                .withOption("--spi-sms-sender--twilio--base-url", twilio.baseUrl())
                .withVaultReference("--spi-sms-sender--twilio--auth-token", TWILIO_TOKEN_VAULT_KEY)
                .withVaultEntry(REALM, TWILIO_TOKEN_VAULT_KEY, twilioAuthToken)
                .withOption("--spi-letter-sender--pdf-spool--directory", "/opt/keycloak/data/letters")
                .withOption("--spi-letter-sender--pdf-spool--return-address", "Secure Access\n1 Example Plaza\nWashington, DC 20001");
        long started = System.nanoTime();
        keycloak.start();
        System.out.printf("[container suite] image built and Keycloak ready in %.1f s%n", (System.nanoTime() - started) / 1e9);
        startupLog = keycloak.getLogs();
    }

    @AfterAll
    static void stop() {
        if (keycloak != null) {
            keycloak.stop();
        }
        if (twilio != null) {
            twilio.close();
        }
        if (database != null) {
            database.drop();
        }
    }

    @Test
    void serverIsReadyInProductionMode() throws Exception {
        HttpResponse<String> ready = get(keycloak.getMgmtServerUrl() + "/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertEquals("UP", json(ready).path("status").asText(), ready.body());
        assertTrue(startupLog.contains("Keycloak 26.7.3"), startupLog);
        assertTrue(startupLog.contains("Profile prod activated"), "production profile:\n" + startupLog);
    }

    @Test
    void startupLogHasNoErrors() {
        List<String> errors = startupLog.lines().filter(line -> line.contains(" ERROR ")).toList();
        assertTrue(errors.isEmpty(), "ERROR lines at start-up:\n" + String.join("\n", errors) + "\n\nfull log:\n" + startupLog);
    }

    @Test
    void realmIsImported() throws Exception {
        String issuer = keycloak.getAuthServerUrl() + "/realms/" + REALM;
        HttpResponse<String> discovery = get(issuer + "/.well-known/openid-configuration");
        assertEquals(200, discovery.statusCode(), discovery.body());
        assertEquals(issuer, json(discovery).path("issuer").asText());

        try (Keycloak admin = keycloak.getKeycloakAdminClient()) {
            RealmRepresentation realm = admin.realm(REALM).toRepresentation();
            assertEquals("secure-access", realm.getLoginTheme());
            assertTrue(admin.realm(REALM).clients().findByClientId("demo-app").size() == 1, "the demo-app client");
        }
    }

    @ParameterizedTest(name = "ui_locales={0}")
    @CsvSource({"en, Secure Access", "es, Acceso Seguro"})
    void loginPageIsThemed(String locale, String productName) throws Exception {
        String redirect = URLEncoder.encode("http://localhost:3000/callback", StandardCharsets.UTF_8);
        HttpResponse<String> page = get(keycloak.getAuthServerUrl() + "/realms/" + REALM + "/protocol/openid-connect/auth"
                + "?client_id=demo-app&response_type=code&scope=openid&redirect_uri=" + redirect
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256"
                + "&ui_locales=" + locale);
        assertEquals(200, page.statusCode(), page.body());

        Matcher name = PRODUCT_NAME.matcher(page.body());
        assertTrue(name.find(), "the themed page has id=\"sa-product-name\":\n" + page.body());
        assertEquals(productName, name.group(1));

        Matcher stylesheet = STYLESHEET.matcher(page.body());
        assertTrue(stylesheet.find(), "the page links /css/secure-access.css:\n" + page.body());
        HttpResponse<String> css = get(URI.create(keycloak.getAuthServerUrl() + "/").resolve(stylesheet.group(1)).toString());
        assertEquals(200, css.statusCode(), "the theme's stylesheet is served from the JAR: " + stylesheet.group(1));
    }

    @Test
    void serverInfoListsTheExtensionsProvidersAndThemes() {
        try (Keycloak admin = keycloak.getKeycloakAdminClient()) {
            ServerInfoRepresentation info = admin.serverInfo().getInfo();
            PROVIDERS.forEach((spiName, ids) -> {
                SpiInfoRepresentation spi = info.getProviders().get(spiName);
                assertNotNull(spi, "SPI " + spiName + " is known to the server");
                for (String id : ids) {
                    assertTrue(spi.getProviders().containsKey(id), spiName + " lists " + id + ": " + spi.getProviders().keySet());
                }
            });
            BUILD_TIME_CHOICES.forEach((spiName, ids) -> {
                SpiInfoRepresentation spi = info.getProviders().get(spiName);
                assertNotNull(spi, "SPI " + spiName + " is known to the server");
                assertEquals(ids, spi.getProviders().keySet(), "the providers of " + spiName + " the image was built with");
            });
            for (String type : List.of("login", "email", "account")) {
                List<ThemeInfoRepresentation> themes = info.getThemes().get(type);
                assertNotNull(themes, type + " themes");
                assertTrue(themes.stream().anyMatch(theme -> theme.getName().equals("secure-access")), type + " theme secure-access");
            }
        }
    }

    @Test
    void metricsAreServedBecauseTheImageWasBuiltWithThem() throws Exception {
        HttpResponse<String> metrics = get(keycloak.getMgmtServerUrl() + "/metrics");
        assertEquals(200, metrics.statusCode(), "--metrics-enabled=true at build time");
        assertTrue(metrics.body().contains("jvm_memory_used_bytes"), metrics.body());
    }

    @Test
    void extensionReportsNoUnusableSetting() {
        // A secret that did not arrive (an unescaped ${vault...} is expanded away by Keycloak's configuration)
        // shows here as "cannot send" / "cannot write letters" / "No secret for keyed hashes".
        List<String> warnings = startupLog.lines()
                .filter(line -> line.contains("[org.secureaccess.") && (line.contains(" WARN ") || line.contains(" ERROR ")))
                .toList();
        assertTrue(warnings.isEmpty(), "the extension warned at start-up:\n" + String.join("\n", warnings));
    }

    @Test
    void keycloakRunsOnThePostgresqlDatabase() throws Exception {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user, database.password);
                Statement sql = connection.createStatement();
                ResultSet realms = sql.executeQuery("SELECT count(*) FROM realm WHERE name = '" + REALM + "'");
                ResultSet ours = connection.createStatement().executeQuery(
                        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'sa_login_history'")) {
            assertTrue(realms.next());
            assertEquals(1, realms.getInt(1), "the imported realm is in " + database.jdbcUrl());
            assertTrue(ours.next());
            assertEquals(1, ours.getInt(1), "the extension's Liquibase changesets ran on PostgreSQL");
        }
    }

    /**
     * pat.phone signs in with a code texted through the image's twilio sender: the Twilio account from the
     * environment, the auth token from the vault, the code kept only as a keyed hash made with the secret from the
     * environment. Any of the three missing would stop the sign-in at the code page.
     */
    @Test
    void signInWithATextedCodeThroughTwilioWithTheTokenFromTheVault() throws Exception {
        String redirect = "http://localhost:3000/callback";
        BrowserlessSignIn browser = new BrowserlessSignIn(keycloak.getAuthServerUrl());
        BrowserlessSignIn.Page page = browser.open(keycloak.getAuthServerUrl() + "/realms/" + REALM + "/protocol/openid-connect/auth"
                + "?client_id=demo-app&response_type=code&scope=openid&redirect_uri=" + URLEncoder.encode(redirect, StandardCharsets.UTF_8)
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256&ui_locales=en");
        page = browser.submit(page, "#kc-form-login", Map.of("username", "pat.phone"));
        page = browser.submit(page, "#kc-form-login", Map.of("password", "SecureAccess-Demo-2026"));
        assertTrue(page.has("#sa-sms-code-form") || page.has("#sa-phone-verify-form"), "the code page: " + page.describe());

        FakeTwilio.Request text = twilio.next(30);
        assertEquals("/2010-04-01/Accounts/" + TWILIO_ACCOUNT_SID + "/Messages.json", text.path());
        assertEquals("Basic " + Base64.getEncoder().encodeToString((TWILIO_ACCOUNT_SID + ":" + twilioAuthToken).getBytes(StandardCharsets.UTF_8)),
                text.authorization(), "Twilio is called with the account from the environment and the token from the vault");
        assertEquals(PAT_PHONE, text.form().get("To"));
        Matcher code = TEXTED_CODE.matcher(text.form().getOrDefault("Body", ""));
        assertTrue(code.find(), "a code in the text: " + text.form().get("Body"));

        page = browser.submit(page, page.has("#sa-sms-code-form") ? "#sa-sms-code-form" : "#sa-phone-verify-form", Map.of("code", code.group(1)));
        for (int step = 0; step < 5 && page.html() != null; step++) {
            if (page.has("#sa-site-phrase-form")) {
                page = browser.submit(page, "#sa-site-phrase-form", Map.of("site_phrase", "Kites over the river", "site_image", "kite"));
            } else if (page.has("#sa-security-form")) {
                page = browser.submit(page, "#sa-security-form", Map.of("continue", "true"));
            } else {
                break;
            }
        }
        assertTrue(page.uri().toString().startsWith(redirect), "back at the application, not at " + page.describe());
        assertTrue(page.query("code").isPresent(), "with an authorization code: " + page.uri());
        assertEquals(0, twilio.pending(), "exactly one text for one sign-in");
    }

    private static String randomHex(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return new ObjectMapper().readTree(response.body());
    }
}
