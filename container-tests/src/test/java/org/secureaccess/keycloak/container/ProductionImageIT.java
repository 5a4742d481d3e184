package org.secureaccess.keycloak.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.info.ServerInfoRepresentation;
import org.keycloak.representations.info.SpiInfoRepresentation;
import org.keycloak.representations.info.ThemeInfoRepresentation;
import org.testcontainers.junit.jupiter.Testcontainers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The deployable JAR in the official Keycloak image, built and started in production mode
 * ({@code kc.sh build}, then {@code start --optimized}) the way an administrator runs it; the same
 * checks as the main project's production-mode tests. Needs a Docker engine: without one the class is
 * skipped (and {@link SkippedTestsReport} prints why).
 */
@Testcontainers(disabledWithoutDocker = true)
class ProductionImageIT {

    static final String REALM = "secure-access";

    /** Our providers that the server must list, by SPI. */
    static final Map<String, List<String>> PROVIDERS = Map.of(
            "password-policy", List.of("notCommonPassword"),
            "sms-sender", List.of("log", "webhook", "twilio", "aws-sns"),
            "authenticator", List.of("secure-access-sms-code", "secure-access-app-code", "secure-access-security-key",
                    "secure-access-recovery-code", "secure-access-has-second-factor", "secure-access-phone-from-attribute"),
            "required-action", List.of("secure-access-phone"),
            "credential", List.of("secure-access-phone"),
            "secure-access-keyed-hash", List.of("hmac-sha256"),
            "admin-realm-restapi-extension", List.of("secure-access-phones"));

    private static final Pattern PRODUCT_NAME = Pattern.compile("id=\"sa-product-name\"[^>]*>\\s*([^<]*?)\\s*<");
    private static final Pattern STYLESHEET = Pattern.compile("href=\"([^\"]*/css/secure-access\\.css)\"");

    private static SecureAccessKeycloakContainer keycloak;
    private static String startupLog;
    private static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @BeforeAll
    static void buildImageAndStart() {
        keycloak = new SecureAccessKeycloakContainer(SuiteInputs.extensionJar(), SuiteInputs.realmExport());
        keycloak.start();
        startupLog = keycloak.getLogs();
    }

    @AfterAll
    static void stop() {
        if (keycloak != null) {
            keycloak.stop();
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
            for (String type : List.of("login", "email", "account")) {
                List<ThemeInfoRepresentation> themes = info.getThemes().get(type);
                assertNotNull(themes, type + " themes");
                assertTrue(themes.stream().anyMatch(theme -> theme.getName().equals("secure-access")), type + " theme secure-access");
            }
        }
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return new ObjectMapper().readTree(response.body());
    }
}
