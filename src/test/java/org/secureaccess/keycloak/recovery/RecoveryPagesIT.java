package org.secureaccess.keycloak.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.secureaccess.keycloak.testsupport.Chromium;
import org.secureaccess.keycloak.testsupport.DemoApp;
import org.secureaccess.keycloak.testsupport.FakeLetterService;
import org.secureaccess.keycloak.testsupport.FakeSmsGateway;
import org.secureaccess.keycloak.testsupport.LenientBruteForceRealmConfig;
import org.secureaccess.keycloak.testsupport.LoginPages;
import org.secureaccess.keycloak.testsupport.PageChecks;
import org.secureaccess.keycloak.testsupport.ProofingPerson;
import org.secureaccess.keycloak.testsupport.ReferenceRecords;
import org.secureaccess.keycloak.testsupport.SecureAccessServerConfig;
import org.secureaccess.keycloak.testsupport.TestUsers;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The way back as people see it, in Chromium: "I can't use any of these" visible on the second-factor
 * pages and in the choice of methods, and every recovery page (the ways back, the wait, the letter,
 * the cancel link) accessible (axe, WCAG 2.1 AA) in English at desktop width and in Spanish at 375 px.
 */
@KeycloakIntegrationTest(config = SecureAccessServerConfig.class)
class RecoveryPagesIT {

    static final String JOURNEY = "recovery";
    static final String APP_SECRET = "recovery-pages-app-secret-";

    @RegisterExtension
    static Chromium chromium = new Chromium();

    @InjectRealm(config = LenientBruteForceRealmConfig.class)
    ManagedRealm realm;

    @InjectAdminClient
    Keycloak admin;

    @InjectMailServer
    MailServer mail;

    private final FakeSmsGateway sms = FakeSmsGateway.get();
    private RecoverySteps steps;

    @BeforeEach
    void reset() {
        sms.reset();
        FakeLetterService.get().reset();
        mail.runCleanup();
        steps = new RecoverySteps(realm, admin, mail);
    }

    @Test
    void theWayBackIsVisibleAndTheWaitPagesAreAccessible() throws Exception {
        TestUsers.createWithPhone(realm, admin, "pages-wait", "+12025550761");
        Page page = chromium.newContext("en", Chromium.DESKTOP_WIDTH);
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            LoginPages login = new LoginPages(page).open(app.authorizationUrl()).signIn("pages-wait", TestUsers.PASSWORD);
            assertEquals("Enter your security code", login.heading());
            Locator link = page.locator("#sa-lost-second-factor");
            assertTrue(link.isVisible(), "the way back is visible on the texted-code page");
            assertEquals("I can’t use any of these", link.innerText().strip());

            login.tryAnotherWay();
            assertTrue(login.mainText().contains("I can’t use any of these"), login.mainText());
            assertTrue(login.mainText().contains("Lost your phone, app or security key?"), "with its help text: " + login.mainText());
            PageChecks.check(page, "en", JOURNEY, "01-choose-method");
            login.choose("I can’t use any of these");
            assertEquals("Get back into your account", login.heading());
            PageChecks.check(page, "en", JOURNEY, "02-ways-back-wait");

            login.submit("#sa-request-removal");
            assertEquals("Your request is waiting", login.heading());
            assertTrue(page.locator("#sa-wait-ends time").isVisible(), "the page says when the wait ends");
            PageChecks.check(page, "en", JOURNEY, "03-waiting");
        }
        String link = RecoverySteps.cancelLink(steps.awaitEmails("pages-wait", 1).get(0));
        Page fromEmail = chromium.newContext("en", Chromium.DESKTOP_WIDTH);
        LoginPages cancel = new LoginPages(fromEmail).open(link);
        assertEquals("Cancel the request?", cancel.heading());
        PageChecks.check(fromEmail, "en", JOURNEY, "04-cancel-link");
        cancel.submit("#sa-confirm-cancel");
        assertEquals("Request cancelled", cancel.heading());
        PageChecks.check(fromEmail, "en", JOURNEY, "05-cancelled");
    }

    @Test
    void inSpanishOnAPhoneTheAppCodePageLeadsToTheLetter() throws Exception {
        ProofingPerson ana = ProofingPerson.number(44, "Ana", "Apartado", "MOBILE");
        ReferenceRecords.merge(realm, admin, ana.csvRow());
        TestUsers.createUnproofedWithApp(realm, "pages-letter", APP_SECRET + "ana");
        steps.proofByPhone("pages-letter", APP_SECRET + "ana", ana);

        Page page = chromium.newContext("es", Chromium.PHONE_WIDTH);
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            LoginPages login = new LoginPages(page).open(app.authorizationUrl()).signIn("pages-letter", TestUsers.PASSWORD);
            assertTrue(login.has("#otp"), "the app-code page: " + login.heading());
            Locator link = page.locator("#sa-lost-second-factor");
            assertTrue(link.isVisible(), "the way back is visible on the app-code page");
            assertEquals("No puedo usar ninguno de estos", link.innerText().strip());
            PageChecks.check(page, "es", JOURNEY, "06-app-code-es");

            login.submit("#sa-lost-second-factor");
            assertEquals("Vuelva a entrar en su cuenta", login.heading());
            assertTrue(login.has("#sa-mail-code"), "a proofed person is offered the letter");
            PageChecks.check(page, "es", JOURNEY, "07-ways-back-letter-es");

            login.submit("#sa-mail-code");
            assertEquals("Ingrese el código de su carta", login.heading());
            PageChecks.check(page, "es", JOURNEY, "08-letter-es");
            page.locator("#letter_code").fill("0000000000");
            login.submit("#sa-enter-letter-code");
            assertTrue(login.fieldError("letter_code").contains("Ese código no es correcto"), login.fieldError("letter_code"));
            PageChecks.check(page, "es", JOURNEY, "09-letter-wrong-es");
        }
    }
}
