package org.secureaccess.keycloak.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.util.JsonSerialization;
import org.secureaccess.keycloak.testsupport.Chromium;
import org.secureaccess.keycloak.testsupport.DemoApp;
import org.secureaccess.keycloak.testsupport.DemoRealmConfig;
import org.secureaccess.keycloak.testsupport.FakeSmsGateway;
import org.secureaccess.keycloak.testsupport.HttpBrowser;
import org.secureaccess.keycloak.testsupport.HttpBrowser.Page;
import org.secureaccess.keycloak.testsupport.HttpSignIn;
import org.secureaccess.keycloak.testsupport.LoginPages;
import org.secureaccess.keycloak.testsupport.PageChecks;
import org.secureaccess.keycloak.testsupport.SecureAccessServerConfig;
import org.secureaccess.keycloak.testsupport.TestUsers;
import org.secureaccess.keycloak.testsupport.Totp;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;

/**
 * Our pages in Keycloak's own account console (keycloak.v3 with the secure-access account theme), in a real browser in
 * English and Spanish: the login history with paging and "This wasn't me", the identity verification status with its
 * next step, and adding a phone (the phone credential's create action) with removal only while another second factor
 * remains. Every page passes axe (WCAG 2.1 AA) with no violation and no undecided contrast.
 */
@KeycloakIntegrationTest(config = SecureAccessServerConfig.class)
class AccountConsoleIT {

    private static final String JOURNEY = "account-console";
    private static final String APP_SECRET = "account-console-app-secret-000";

    @RegisterExtension
    static Chromium chromium = new Chromium();

    @InjectRealm(config = DemoRealmConfig.class)
    ManagedRealm realm;

    @InjectAdminClient
    Keycloak admin;

    private final FakeSmsGateway sms = FakeSmsGateway.get();

    @BeforeEach
    void resetGateway() {
        sms.reset();
    }

    @Test
    void theLoginHistoryPagesThroughEveryRowAndThisWasntMeSecuresTheAccountInEnglish() throws Exception {
        historyJourney("en-US", "en", "history-en", "(202) 555-0461", new Words("Login history", "Older activity", "Newer activity",
                "Page 2", "This wasn’t me", "Secure your account", "Your account is secured", "Signed in"));
    }

    @Test
    void theLoginHistoryPagesThroughEveryRowAndThisWasntMeSecuresTheAccountInSpanish() throws Exception {
        historyJourney("es-ES", "es", "history-es", "(202) 555-0462", new Words("Historial de inicios de sesión", "Actividad más antigua",
                "Actividad más reciente", "Página 2", "No fui yo", "Proteja su cuenta", "Su cuenta está protegida", "Inició sesión"));
    }

    /** What a person reads on the history journey, in one language. */
    record Words(String title, String older, String newer, String secondPage, String notMe, String confirmHeading, String doneHeading,
                 String signedIn) {
    }

    private void historyJourney(String browserLocale, String language, String username, String phone, Words words) throws Exception {
        String userId = TestUsers.createWithPhone(realm, admin, username, phone);
        String e164 = "+1" + phone.replaceAll("\\D", "");
        // Five earlier sign-ins (a code sent and a sign-in each): with the console's own, 12 rows, two pages of ten.
        for (int i = 0; i < 5; i++) {
            try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
                HttpSignIn person = new HttpSignIn(new HttpBrowser(realm.getBaseUrl()));
                Page codePage = person.signIn(app.authorizationUrl(), username, TestUsers.PASSWORD);
                assertFalse(HttpSignIn.authorizationCode(person.continueFromSecurityInformation(person.smsCode(codePage, sms.lastCodeTo(e164))))
                        .isBlank(), "earlier sign-in " + i);
            }
        }

        com.microsoft.playwright.Page browser = chromium.newContext(browserLocale, Chromium.DESKTOP_WIDTH);
        LoginPages login = new LoginPages(browser).open(realm.getBaseUrl() + "/account/content/login-history");
        login.signIn(username, TestUsers.PASSWORD).enterCode(sms.lastCodeTo(e164)).acknowledgeSecurityInformation();

        Locator rows = browser.locator("[data-testid=sa-login-history] tbody tr");
        rows.first().waitFor();
        List<String> recorded = kindsRecorded(userId);
        assertTrue(recorded.size() > 10 && recorded.size() <= 20, "two pages of history: " + recorded);
        assertEquals(words.title(), browser.locator("[data-testid=page-heading]").innerText());
        assertEquals(recorded.subList(0, 10), kindsShown(rows), "page 1: the ten newest rows, newest first");
        assertEquals("SIGN_IN", rows.first().getAttribute("data-kind"), "this very sign-in on top");
        assertEquals(words.signedIn(), rows.first().locator("td").nth(1).innerText());
        assertEquals(browser.locator("tr[data-kind=SIGN_IN] a").count(), browser.locator("tr[data-kind=SIGN_IN]").count(),
                "\"This wasn't me\" on every sign-in");
        assertEquals(0, browser.locator("tr[data-kind=CODE_SENT] a").count(), "…and on nothing else here");
        assertTrue(button(browser, words.newer()).isDisabled(), "no newer page");
        consolePage(browser, language, "login-history-" + language);
        // The page reads with the sign-in cookie; another site can make the browser send it but never read the answer.
        APIResponse fromElsewhere = browser.context().request().get(realm.getBaseUrl() + "/secure-access/login-history",
                RequestOptions.create().setHeader("Origin", "https://elsewhere.example"));
        assertEquals(200, fromElsewhere.status(), "the cookie identifies the person");
        assertFalse(fromElsewhere.headers().containsKey("access-control-allow-origin"), "no CORS: " + fromElsewhere.headers());

        button(browser, words.older()).click();
        browser.getByText(words.secondPage()).waitFor();
        rows.first().waitFor();
        assertEquals(recorded.subList(10, recorded.size()), kindsShown(rows), "page 2: the oldest rows");
        assertTrue(button(browser, words.older()).isDisabled(), "no older page");
        consolePage(browser, language, "login-history-page-2-" + language);

        // The oldest sign-in on this page wasn't them: the same confirmation as a notice email's link, then the account is secured.
        browser.locator("tr[data-kind=SIGN_IN]").last().getByText(words.notMe()).click();
        assertEquals(words.confirmHeading(), login.heading());
        PageChecks.check(browser, language, JOURNEY, "not-me-confirm-" + language);
        login.submit("#sa-not-me-confirm");
        assertEquals(words.doneHeading(), login.heading());
        PageChecks.check(browser, language, JOURNEY, "not-me-done-" + language);
        assertEquals(0, realm.admin().users().get(userId).getUserSessions().size(), "every session of the person ended");
        assertTrue(realm.admin().users().get(userId).toRepresentation().getRequiredActions().contains("UPDATE_PASSWORD"),
                "a new password at the next sign-in");
        assertTrue(realm.admin().users().get(userId).credentials().stream().anyMatch(c -> "secure-access-phone".equals(c.getType())),
                "the phone, added before the reported sign-in, stays");
    }

    @Test
    void aVerifiedPersonSeesTheyAreDoneAndAnUnverifiedOneStartsTheWizardInEnglishAndSpanish() throws Exception {
        for (String[] language : List.of(new String[] {"en-US", "en", "Your identity is verified.", "Verify my identity", "Verify your identity"},
                new String[] {"es-ES", "es", "Su identidad está verificada.", "Verificar mi identidad", "Verifique su identidad"})) {
            String done = "identity-done-" + language[1];
            TestUsers.createWithApp(realm, done, APP_SECRET);
            com.microsoft.playwright.Page browser = chromium.newContext(language[0], Chromium.DESKTOP_WIDTH);
            LoginPages login = new LoginPages(browser).open(realm.getBaseUrl() + "/account/content/identity-verification");
            login.signIn(done, TestUsers.PASSWORD).enterAppCode(Totp.unused(APP_SECRET)).acknowledgeSecurityInformation();
            Locator status = browser.locator("[data-testid=sa-identity-status]");
            status.waitFor();
            assertEquals("VERIFIED", status.getAttribute("data-status"));
            assertTrue(status.innerText().startsWith(language[2]), status.innerText());
            assertEquals(0, status.locator("button").count(), "nothing left to do");
            consolePage(browser, language[1], "identity-verified-" + language[1]);

            String notStarted = "identity-new-" + language[1];
            TestUsers.createUnproofedWithApp(realm, notStarted, APP_SECRET);
            browser = chromium.newContext(language[0], Chromium.DESKTOP_WIDTH);
            login = new LoginPages(browser).open(realm.getBaseUrl() + "/account/content/identity-verification");
            login.signIn(notStarted, TestUsers.PASSWORD).enterAppCode(Totp.unused(APP_SECRET)).acknowledgeSecurityInformation();
            // Before the realm's enforcement date the sign-in offers the wizard first; the person puts it off.
            assertEquals(language[4], login.heading());
            login.submit("#sa-postpone");
            status = browser.locator("[data-testid=sa-identity-status]");
            status.waitFor();
            assertEquals("NOT_STARTED", status.getAttribute("data-status"));
            consolePage(browser, language[1], "identity-not-started-" + language[1]);
            status.getByText(language[3]).click();
            browser.waitForURL(url -> !url.contains("/account/"));
            assertEquals(language[4], login.heading(), "the wizard, started from the console");
            // Put off again, the wizard returns to the console page, which ignores the code it did not ask for.
            login.submit("#sa-postpone");
            status.waitFor();
            assertEquals("NOT_STARTED", status.getAttribute("data-status"));
            assertTrue(browser.url().endsWith("/account/content/identity-verification"), browser.url());
        }
    }

    @Test
    void aPersonAddsAPhoneFromTheConsoleAndMayRemoveItOnlyWhileAnotherSecondFactorRemains() throws Exception {
        int n = 0;
        for (String[] language : List.of(new String[] {"en-US", "en", "Set up Text message", "Add a mobile phone for security codes",
                        "This sign-in method can’t be removed now."},
                new String[] {"es-ES", "es", "Configurar Mensaje de texto", "Agregue un teléfono móvil para los códigos de seguridad",
                        "Este método de inicio de sesión no se puede quitar ahora."})) {
            n++;
            String withApp = "console-adds-phone-" + language[1];
            String userId = TestUsers.createWithApp(realm, withApp, APP_SECRET);
            com.microsoft.playwright.Page browser = chromium.newContext(language[0], Chromium.DESKTOP_WIDTH);
            LoginPages login = new LoginPages(browser).open(realm.getBaseUrl() + "/account/account-security/signing-in");
            login.signIn(withApp, TestUsers.PASSWORD).enterAppCode(Totp.unused(APP_SECRET)).acknowledgeSecurityInformation();
            Locator setUpPhone = browser.locator("[data-testid='secure-access-phone/create']");
            setUpPhone.waitFor();
            assertEquals(language[2], setUpPhone.innerText());
            consolePage(browser, language[1], "signing-in-" + language[1]);

            setUpPhone.click();
            assertEquals(language[3], login.heading());
            String number = "(202) 555-046" + (2 * n + 1);
            browser.locator("#phoneNumber").fill(number);
            login.submit("#sa-send-code");
            login.enterCode(sms.lastCodeTo("+1" + number.replaceAll("\\D", "")));
            Locator phoneRow = browser.locator("[data-testid='secure-access-phone/credential-list']");
            phoneRow.waitFor();
            assertTrue(phoneRow.innerText().contains("(•••) •••-046" + (2 * n + 1)), phoneRow.innerText());
            assertEquals(1, phoneRow.locator("[data-testrole=remove]").count(), "with the app beside it, the phone may be removed");
            assertTrue(phoneCredential(userId) != null);

            // Someone whose phone is their only second factor sees no Delete, and Keycloak's delete action refuses it.
            String phoneOnly = "console-phone-only-" + language[1];
            String phoneOnlyNumber = "(202) 555-046" + (2 * n + 2);
            String phoneOnlyId = TestUsers.createWithPhone(realm, admin, phoneOnly, phoneOnlyNumber);
            browser = chromium.newContext(language[0], Chromium.DESKTOP_WIDTH);
            login = new LoginPages(browser).open(realm.getBaseUrl() + "/account/account-security/signing-in");
            login.signIn(phoneOnly, TestUsers.PASSWORD).enterCode(sms.lastCodeTo("+1" + phoneOnlyNumber.replaceAll("\\D", "")))
                    .acknowledgeSecurityInformation();
            phoneRow = browser.locator("[data-testid='secure-access-phone/credential-list']");
            phoneRow.waitFor();
            assertEquals(0, phoneRow.locator("[data-testrole=remove]").count(), "the only second factor offers no Delete");
            consolePage(browser, language[1], "signing-in-phone-only-" + language[1]);

            String phoneId = phoneCredential(phoneOnlyId).getId();
            try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
                browser.navigate(app.authorizationUrl(Map.of("kc_action", "delete_credential:" + phoneId)));
                browser.locator("#kc-accept").waitFor();
                consolePage(browser, language[1], "delete-confirm-" + language[1]);
                browser.locator("#kc-accept").click();
                // Keycloak's refusal, in our words and the person's language, not its raw English.
                Locator refusal = browser.locator("#kc-error-message, .sa-alert--error, [role=alert]").first();
                refusal.waitFor();
                assertTrue(browser.locator("main, body").first().innerText().contains(language[4]), browser.locator("body").innerText());
                consolePage(browser, language[1], "delete-refused-" + language[1]);
                assertTrue(phoneCredential(phoneOnlyId) != null, "the phone is still there after the delete action was asked for: "
                        + browser.locator("body").innerText());
            }
        }
    }

    /**
     * A page of Keycloak's account console: in the person's language, pictured for the gallery, and accessible. Its
     * layout is Keycloak's (PatternFly's 36 px buttons, the language choice in the person's menu), so our login pages'
     * layout checks do not apply.
     */
    private static void consolePage(com.microsoft.playwright.Page page, String language, String name) {
        assertEquals(language, page.locator("html").getAttribute("lang"), "page language on " + name);
        PageChecks.screenshot(page, JOURNEY, name);
        PageChecks.assertAccessible(page, JOURNEY + "/" + name);
    }

    private static Locator button(com.microsoft.playwright.Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName(name));
    }

    private static List<String> kindsShown(Locator rows) {
        return rows.all().stream().map(row -> row.getAttribute("data-kind")).toList();
    }

    /** The person's history as the admin API has it, newest first. */
    private List<String> kindsRecorded(String userId) throws Exception {
        String url = realm.getBaseUrl().replace("/realms/", "/admin/realms/") + "/secure-access-login-history/users/" + userId + "?max=100";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + admin.tokenManager().getAccessTokenString()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        List<String> kinds = new ArrayList<>();
        JsonSerialization.mapper.readTree(response.body()).get("items").forEach(item -> kinds.add(item.get("kind").asText()));
        return kinds;
    }

    private CredentialRepresentation phoneCredential(String userId) {
        return realm.admin().users().get(userId).credentials().stream().filter(c -> "secure-access-phone".equals(c.getType()))
                .findFirst().orElse(null);
    }
}
