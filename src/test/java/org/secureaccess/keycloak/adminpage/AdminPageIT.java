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
 * downloads it), verifies them by exception and resets that, sets and clears their phone, imports records of record and
 * reads the report and the funnel, each change an admin event; an administrator with view-users only sees the same and
 * changes nothing, even with the page's controls forced open.
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
        Page page = signIn("page-admin");
        showPerson(page, "page-person");
        assertEquals("NOT_STARTED", text(page, "#sa-proofing-status"));
        assertEquals("5", text(page, "#sa-match-attempts"), "every identity-match attempt left");
        assertEquals("(•••) •••-0471", text(page, "#sa-phone-masked"));
        assertEquals("No lock", text(page, "#sa-lock"));
        assertTrue(page.locator("#sa-history tbody tr[data-kind=SIGN_IN]").count() >= 1, "the person's sign-in is in the history");
        PageChecks.screenshot(page, "admin-page", "person");
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
        assertEquals("VERIFIED", text(page, "#sa-proofing-status"), page.locator("#sa-proofing-message").innerText());
        assertTrue(page.locator("#sa-person").innerText().contains("telephone: Called back on the number of record"));
        page.onceDialog(dialog -> dialog.accept());
        page.locator("#sa-reset-proofing").click();
        page.locator("#sa-proofing-message").getByText("Identity verification reset.").waitFor();
        assertEquals("NOT_STARTED", text(page, "#sa-proofing-status"), page.locator("#sa-proofing-message").innerText());
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

        // Records of record: import a file, read the report and the new summary.
        ProofingPerson record = ProofingPerson.number(71, "Robin", "Recorded", "MOBILE");
        ReferenceRecords.recordSensitiveValues(record.csvRow());
        Path file = Files.createTempFile("records", ".csv");
        Files.writeString(file, ReferenceRecords.HEADER + "\n" + record.csvRow() + "\n");
        long importEventsBefore = adminEvents("secure-access-reference-records/import");
        page.locator("#sa-records-file").setInputFiles(file);
        page.locator("#sa-records-mode").selectOption("merge");
        page.locator("#sa-import").click();
        page.locator("#sa-records-message").getByText("Imported;").waitFor();
        assertTrue(text(page, "#sa-import-report").contains("\"imported\": 1"), text(page, "#sa-import-report"));
        assertTrue(text(page, "#sa-records-summary").matches("\\d+ people, \\d+ accounts, \\d+ phones on record\\."), text(page, "#sa-records-summary"));
        assertEquals(importEventsBefore + 1, adminEvents("secure-access-reference-records/import"));
        Files.delete(file);

        // The realm's proofing funnel, counting the exception granted above.
        page.waitForFunction("() => { const term = [...document.querySelectorAll('#sa-funnel dt')]"
                + ".find(dt => dt.textContent === 'Completed by exception'); return term && Number(term.nextElementSibling.textContent) >= 1; }");
        assertFalse(page.locator("#sa-funnel").innerText().contains("NaN"), page.locator("#sa-funnel").innerText());
        PageChecks.screenshot(page, "admin-page", "after-actions");
        PageChecks.assertAccessible(page, "admin-page/after-actions");
    }

    @Test
    void aViewUsersAdministratorSeesEverythingAndChangesNothing() throws Exception {
        personWithHistory("viewed-person", "(202) 555-0473", true);
        administrator("page-viewer", List.of("view-users"), List.of());
        Page page = signIn("page-viewer");
        showPerson(page, "viewed-person");
        assertEquals("VERIFIED", text(page, "#sa-proofing-status"));
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

    private Page signIn(String username) {
        Page page = chromium.newContext("en-US", Chromium.DESKTOP_WIDTH);
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
