package org.secureaccess.keycloak.adminpage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.secureaccess.keycloak.testsupport.Chromium;
import org.secureaccess.keycloak.testsupport.DemoApp;
import org.secureaccess.keycloak.testsupport.DemoRealmConfig;
import org.secureaccess.keycloak.testsupport.FakeSmsGateway;
import org.secureaccess.keycloak.testsupport.HttpBrowser;
import org.secureaccess.keycloak.testsupport.HttpSignIn;
import org.secureaccess.keycloak.testsupport.LoginPages;
import org.secureaccess.keycloak.testsupport.PageChecks;
import org.secureaccess.keycloak.testsupport.ProofingPerson;
import org.secureaccess.keycloak.testsupport.ReferenceRecords;
import org.secureaccess.keycloak.testsupport.SecureAccessServerConfig;
import org.secureaccess.keycloak.testsupport.SensitiveValues;
import org.secureaccess.keycloak.testsupport.TestUsers;
import org.secureaccess.keycloak.testsupport.Totp;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The administrators' page in Chromium against Keycloak 26.7.3: a realm administrator (realm-admin and both duty roles)
 * signs in with their second factor and, with no other tool, sees a person's Secure Access state and history (and
 * downloads it), verifies them by exception and resets that, sets and clears their phone, lifts a second-factor lock,
 * imports records of record as CSV (merge) and JSON (replace) and reads the reports and the funnel, each change an admin
 * event; an administrator with view-users only sees the same and changes nothing, even with the page's controls forced
 * open. The page speaks Spanish to a Spanish browser and switches language on request, across the sign-in round trip.
 */
@KeycloakIntegrationTest(config = SecureAccessServerConfig.class)
class AdminPageIT {

    private static final String APP_SECRET = "admin-page-app-secret-0000";

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
    void aRealmAdministratorDoesEveryActionOnThePage() throws Exception {
        String personId = personWithHistory("page-person", "(202) 555-0471", false);
        administrator("page-admin", List.of("realm-admin"), List.of("secure-access-proofing-admin", "secure-access-records-admin"));
        String lockedId = lockedPerson("locked-person");
        Page page = signIn("page-admin", "en-US");
        showPerson(page, "page-person");
        assertEquals("NOT_STARTED", code(page, "#sa-proofing-status"));
        assertEquals("Not started", text(page, "#sa-proofing-status"));
        assertEquals("5", text(page, "#sa-match-attempts"), "every identity-match attempt left");
        assertEquals("(•••) •••-0471", text(page, "#sa-phone-masked"));
        assertEquals("No lock", text(page, "#sa-lock"));
        assertTrue(page.locator("#sa-history tbody tr[data-kind=SIGN_IN]").count() >= 1, "the person's sign-in is in the history");
        assertTrue(page.locator("#sa-history tbody tr[data-kind=SIGN_IN]").first().innerText().contains("Signed in"), "history kinds in words");
        PageChecks.screenshot(page, "admin-page", "person-en");
        PageChecks.assertAccessible(page, "admin-page/person");

        // The full history as CSV.
        Download csv = page.waitForDownload(() -> page.locator("#sa-history-csv").click());
        String rows = Files.readString(csv.path(), StandardCharsets.UTF_8);
        assertTrue(rows.contains("SIGN_IN"), rows);

        // Verify by exception with a reason, then reset that: both admin events.
        long eventsBefore = adminEvents("secure-access-proofing/users/" + personId);
        page.locator("#sa-exception-method").selectOption("telephone");
        page.locator("#sa-exception-reason").fill("Called back on the number of record");
        page.locator("#sa-grant-exception").click();
        page.locator("#sa-proofing-message").getByText("Verified by exception.").waitFor();
        assertEquals("VERIFIED", code(page, "#sa-proofing-status"), page.locator("#sa-proofing-message").innerText());
        assertTrue(page.locator("#sa-person").innerText().contains("telephone: Called back on the number of record"));
        page.onceDialog(dialog -> dialog.accept());
        page.locator("#sa-reset-proofing").click();
        page.locator("#sa-proofing-message").getByText("Identity verification reset.").waitFor();
        assertEquals("NOT_STARTED", code(page, "#sa-proofing-status"), page.locator("#sa-proofing-message").innerText());
        assertEquals(eventsBefore + 2, adminEvents("secure-access-proofing/users/" + personId), "each change is an admin event");

        // Set a new phone, then clear it.
        long phoneEventsBefore = adminEvents("secure-access-phones/users/" + personId);
        SensitiveValues.record(SensitiveValues.Kind.PHONE_NUMBER, "(202) 555-0472");
        page.locator("#sa-phone").fill("(202) 555-0472");
        page.locator("#sa-set-phone").click();
        page.locator("#sa-factors-message").getByText("Phone set.").waitFor();
        assertEquals("(•••) •••-0472", text(page, "#sa-phone-masked"), page.locator("#sa-factors-message").innerText());
        page.locator("#sa-clear-phone").click();
        page.locator("#sa-factors-message").getByText("Phone cleared.").waitFor();
        assertEquals("none", text(page, "#sa-phone-masked"), page.locator("#sa-factors-message").innerText());
        assertEquals(phoneEventsBefore + 2, adminEvents("secure-access-phones/users/" + personId));

        // A bad number is refused with the server's reason, on the same page.
        page.locator("#sa-phone").fill("12");
        page.locator("#sa-set-phone").click();
        page.locator("#sa-factors-message .sa-error").waitFor();
        assertTrue(text(page, "#sa-factors-message").contains("that is not a complete phone number"), text(page, "#sa-factors-message"));
        assertEquals("none", text(page, "#sa-phone-masked"));

        // A person locked after ten wrong codes: the page shows until when, and lifting it is an admin event.
        showPerson(page, "locked-person");
        assertEquals("true", page.locator("#sa-lock").getAttribute("data-locked"), text(page, "#sa-lock"));
        assertTrue(text(page, "#sa-lock").startsWith("Locked until "), text(page, "#sa-lock"));
        long lockEventsBefore = adminEvents("secure-access-phones/users/" + lockedId + "/second-factor-lock");
        page.locator("#sa-lift-lock").click();
        page.locator("#sa-factors-message").getByText("Lock lifted.").waitFor();
        assertEquals("No lock", text(page, "#sa-lock"), page.locator("#sa-factors-message").innerText());
        assertTrue(page.locator("#sa-lift-lock").isDisabled(), "nothing left to lift");
        assertEquals(lockEventsBefore + 1, adminEvents("secure-access-phones/users/" + lockedId + "/second-factor-lock"));

        // Records of record: a CSV file merged, then a JSON file replacing them all; the reports and summaries on the page.
        long importEventsBefore = adminEvents("secure-access-reference-records/import");
        ProofingPerson merged = ProofingPerson.number(71, "Robin", "Recorded", "MOBILE");
        ReferenceRecords.recordSensitiveValues(merged.csvRow());
        Path csvFile = Files.createTempFile("records", ".csv");
        Files.writeString(csvFile, ReferenceRecords.HEADER + "\n" + merged.csvRow() + "\n");
        page.locator("#sa-records-file").setInputFiles(csvFile);
        page.locator("#sa-records-mode").selectOption("merge");
        page.locator("#sa-import").click();
        page.locator("#sa-records-message").getByText("Imported;").waitFor();
        assertTrue(text(page, "#sa-import-report").contains("\"imported\": 1"), text(page, "#sa-import-report"));
        assertTrue(text(page, "#sa-records-summary").matches("\\d+ people, \\d+ accounts, \\d+ phones on record\\."), text(page, "#sa-records-summary"));
        int peopleBeforeReplace = Integer.parseInt(page.locator("#sa-records-summary").getAttribute("data-people"));
        assertTrue(peopleBeforeReplace >= 1, "the merged person is on record");
        Files.delete(csvFile);

        Path json = Files.createTempFile("records", ".json");
        Files.writeString(json, "[" + ProofingPerson.number(72, "Rory", "Replaced", "MOBILE").jsonObject() + "]");
        page.locator("#sa-records-file").setInputFiles(json);
        page.locator("#sa-records-mode").selectOption("replace");
        page.onceDialog(dialog -> {
            assertTrue(dialog.message().startsWith("Replace every record of record"), dialog.message());
            dialog.accept();
        });
        page.locator("#sa-records-message").evaluate("area => area.replaceChildren()");
        page.locator("#sa-import").click();
        page.locator("#sa-records-message").getByText("Imported;").waitFor();
        String replaceReport = text(page, "#sa-import-report");
        assertTrue(replaceReport.contains("\"mode\": \"replace\"") && replaceReport.contains("\"imported\": 1")
                && replaceReport.contains("\"removed\": " + peopleBeforeReplace), replaceReport);
        page.waitForFunction("() => document.querySelector('#sa-records-summary').dataset.people === '1'");
        assertEquals(importEventsBefore + 2, adminEvents("secure-access-reference-records/import"), "each import is an admin event");
        Files.delete(json);

        // The realm's proofing funnel, counting the exception granted above.
        page.waitForFunction("() => Number(document.querySelector('#sa-funnel-by-exception')?.textContent) >= 1");
        assertFalse(page.locator("#sa-funnel").innerText().contains("NaN"), page.locator("#sa-funnel").innerText());
        PageChecks.screenshot(page, "admin-page", "after-actions");
        PageChecks.assertAccessible(page, "admin-page/after-actions");
    }

    @Test
    void aViewUsersAdministratorSeesEverythingAndChangesNothing() throws Exception {
        personWithHistory("viewed-person", "(202) 555-0473", true);
        administrator("page-viewer", List.of("view-users"), List.of());
        Page page = signIn("page-viewer", "en-US");
        showPerson(page, "viewed-person");
        assertEquals("VERIFIED", code(page, "#sa-proofing-status"));
        assertEquals("(•••) •••-0473", text(page, "#sa-phone-masked"));
        assertTrue(page.locator("#sa-history tbody tr").count() >= 1, "the history is visible");
        for (String control : List.of("#sa-grant-exception", "#sa-reset-proofing", "#sa-set-phone", "#sa-clear-phone", "#sa-lift-lock", "#sa-import")) {
            assertTrue(page.locator(control).isDisabled(), control + " is disabled for a view-only administrator");
        }
        PageChecks.assertAccessible(page, "admin-page/view-only");

        // The page only reflects the server's decision: a control forced open is refused by the server.
        page.evaluate("document.querySelector('#sa-clear-phone').disabled = false");
        page.locator("#sa-clear-phone").click();
        page.locator("#sa-factors-message .sa-error").waitFor();
        assertTrue(text(page, "#sa-factors-message").contains("403"), text(page, "#sa-factors-message"));
        assertEquals("(•••) •••-0473", text(page, "#sa-phone-masked"), "nothing changed");
    }

    @Test
    void thePageSpeaksTheAdministratorsLanguageAndKeepsTheirChoice() throws Exception {
        personWithHistory("persona-vista", "(202) 555-0474", false);
        administrator("page-admin-es", List.of("realm-admin"), List.of("secure-access-proofing-admin", "secure-access-records-admin"));
        Page page = signIn("page-admin-es", "es-ES");
        assertEquals("es", page.locator("html").getAttribute("lang"));
        showPerson(page, "persona-vista");
        assertEquals("Sin empezar", text(page, "#sa-proofing-status"));
        assertEquals("Verificación de identidad", text(page, "#sa-proofing-title"));
        assertTrue(page.locator("#sa-history tbody tr[data-kind=SIGN_IN]").first().innerText().contains("Inició sesión"),
                page.locator("#sa-history").innerText());
        page.waitForFunction("() => document.querySelector('#sa-records-summary').textContent.includes('registrados')");
        page.waitForFunction("() => document.querySelector('#sa-funnel-by-exception') !== null");
        PageChecks.screenshot(page, "admin-page", "person-es");
        PageChecks.assertAccessible(page, "admin-page/person-es");
        for (String english : List.of("Identity verification", "Sign out", "People", "Not started", "Records of record")) {
            assertFalse(page.locator("body").innerText().contains(english), "no English left: " + english);
        }

        // English on request, at once and without signing in again; this browser keeps the choice for the next visit.
        page.locator(".sa-admin-languages button[lang=en]").click();
        page.waitForFunction("() => document.documentElement.lang === 'en'");
        assertEquals("People", text(page, "#sa-people-title"));
        assertEquals("Not started", text(page, "#sa-proofing-status"), "the person shown before is shown again, in English");
        assertEquals("true", page.locator(".sa-admin-languages button[lang=en]").getAttribute("aria-pressed"));
        page.navigate(realm.getBaseUrl() + "/secure-access/admin");
        page.locator("#sa-search").waitFor();
        assertEquals("en", page.locator("html").getAttribute("lang"), "the choice outlives a reload and the sign-in round trip");
        assertEquals("Identity proofing funnel", text(page, "#sa-funnel-title"));
    }

    @Test
    void thePageHoldsNothingAndAllowsOnlyItsOwnScript() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(realm.getBaseUrl() + "/secure-access/admin"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src 'self'") && policy.contains("frame-ancestors 'none'") && policy.contains("connect-src 'self'"), policy);
        assertEquals(1, response.headers().allValues("Content-Security-Policy").size(), "one policy, the page's own");
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
        assertFalse(response.body().contains("page-admin"), "no data in the page itself");
    }

    /** A person with a phone and one texted sign-in in their history; verified by an earlier process or not at all. */
    private String personWithHistory(String username, String phone, boolean provedEarlier) throws Exception {
        String id = provedEarlier ? TestUsers.createWithPhone(realm, admin, username, phone)
                : TestUsers.createUnproofedWithPhone(realm, admin, username, phone);
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            HttpSignIn person = new HttpSignIn(new HttpBrowser(realm.getBaseUrl()));
            HttpBrowser.Page codePage = person.signIn(app.authorizationUrl(), username, TestUsers.PASSWORD);
            HttpBrowser.Page next = person.continueFromSecurityInformation(person.smsCode(codePage, sms.lastCodeTo("+1" + phone.replaceAll("\\D", ""))));
            if (!provedEarlier) {
                // Before the enforcement date, verifying is offered and put off: the sign-in completes.
                next = person.postponeProofing(next);
            }
            assertFalse(HttpSignIn.authorizationCode(next).isBlank(), username + " signed in");
        }
        return id;
    }

    private void administrator(String username, List<String> managementRoles, List<String> realmRoles) throws Exception {
        String id = TestUsers.createWithApp(realm, username, APP_SECRET);
        String management = realm.admin().clients().findByClientId("realm-management").get(0).getId();
        List<RoleRepresentation> roles = managementRoles.stream()
                .map(role -> realm.admin().clients().get(management).roles().get(role).toRepresentation()).toList();
        realm.admin().users().get(id).roles().clientLevel(management).add(roles);
        if (!realmRoles.isEmpty()) {
            realm.admin().users().get(id).roles().realmLevel().add(realmRoles.stream().map(role -> realm.admin().roles().get(role).toRepresentation()).toList());
        }
    }

    /** A person with an authenticator app whose wrong codes have started a second-factor lock. */
    private String lockedPerson(String username) throws Exception {
        String secret = username + "-app-secret-000";
        String id = TestUsers.createWithApp(realm, username, secret);
        // The demo realm's own brute-force protector would pause the person after 5 wrong codes, before ours locks at 10.
        RealmRepresentation settings = realm.admin().toRepresentation();
        boolean protectedBefore = Boolean.TRUE.equals(settings.isBruteForceProtected());
        settings.setBruteForceProtected(false);
        realm.admin().update(settings);
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            HttpBrowser browser = new HttpBrowser(realm.getBaseUrl());
            HttpBrowser.Page page = new HttpSignIn(browser).signIn(app.authorizationUrl(), username, TestUsers.PASSWORD);
            for (int wrong = 0; wrong < 12 && page.has("#kc-otp-login-form"); wrong++) {
                page = browser.submit(page.form("#kc-otp-login-form").with("otp", Totp.wrongNow(secret)));
            }
            assertFalse(page.has("#kc-otp-login-form"), "wrong codes end in a lock: " + page.describe());
        } finally {
            settings.setBruteForceProtected(protectedBefore);
            realm.admin().update(settings);
        }
        return id;
    }

    private Page signIn(String username, String language) {
        Page page = chromium.newContext(language, Chromium.DESKTOP_WIDTH);
        LoginPages login = new LoginPages(page).open(realm.getBaseUrl() + "/secure-access/admin");
        login.signIn(username, TestUsers.PASSWORD).enterAppCode(Totp.unused(APP_SECRET)).acknowledgeSecurityInformation();
        page.locator("#sa-search").waitFor();
        return page;
    }

    private static void showPerson(Page page, String username) {
        page.locator("#sa-search").fill(username);
        page.locator("#sa-search-button").click();
        page.locator("[data-username='" + username + "']").click();
        page.locator("#sa-proofing-status").waitFor();
    }

    /** The server's code behind a value the page shows in words. */
    private static String code(Page page, String selector) {
        page.locator(selector).waitFor();
        return page.locator(selector).getAttribute("data-code");
    }

    private static String text(Page page, String selector) {
        Locator locator = page.locator(selector);
        locator.waitFor();
        return locator.innerText().strip();
    }

    private long adminEvents(String resourcePathStart) {
        List<AdminEventRepresentation> events = realm.admin().getAdminEvents(null, null, null, null, null, null, null, null, 0, 10_000);
        return events.stream().filter(e -> e.getResourcePath() != null && e.getResourcePath().startsWith(resourcePathStart)).count();
    }
}
