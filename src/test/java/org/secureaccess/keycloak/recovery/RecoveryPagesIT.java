package org.secureaccess.keycloak.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

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
 * the cancel link) accessible (axe, WCAG 2.1 AA) in English at desktop width and in Spanish at 375 px, and photographed
 * for the gallery beside the journeys' pages.
 */
@KeycloakIntegrationTest(config = SecureAccessServerConfig.class)
class RecoveryPagesIT {

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

    /** A language, the width its pages are clicked through at, the gallery's folder, and what the pages say in it. */
    record Variant(String language, int width, String folder, Map<String, String> words) {

        String word(String english) {
            return words.getOrDefault(english, english);
        }
    }

    static final List<Variant> VARIANTS = List.of(
            new Variant("en", Chromium.DESKTOP_WIDTH, "journeys/en-desktop", Map.of()),
            new Variant("es", Chromium.PHONE_WIDTH, "journeys/es-phone", Map.of(
                    "I can’t use any of these", "No puedo usar ninguno de estos",
                    "Lost your phone, app or security key?", "¿Perdió su teléfono, su aplicación o su llave de seguridad?",
                    "Get back into your account", "Vuelva a entrar en su cuenta",
                    "Your request is waiting", "Su solicitud está en espera",
                    "Cancel the request?", "¿Cancelar la solicitud?",
                    "Request cancelled", "Solicitud cancelada",
                    "Enter the code from your letter", "Ingrese el código de su carta",
                    "That code is not correct", "Ese código no es correcto")));

    @Test
    void theWayBackIsVisibleAndTheWaitPagesAreAccessible() throws Exception {
        int n = 0;
        for (Variant variant : VARIANTS) {
            n++;
            String username = "pages-wait-" + variant.language();
            TestUsers.createWithPhone(realm, admin, username, "+1202555076" + n);
            Page page = chromium.newContext(variant.language(), variant.width());
            try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
                LoginPages login = new LoginPages(page).open(app.authorizationUrl()).signIn(username, TestUsers.PASSWORD);
                assertTrue(login.has("#sa-sms-code-form"), "the texted-code page: " + login.heading());
                Locator link = page.locator("#sa-lost-second-factor");
                assertTrue(link.isVisible(), "the way back is visible on the texted-code page, " + variant.language());
                assertEquals(variant.word("I can’t use any of these"), link.innerText().strip());

                login.tryAnotherWay();
                assertTrue(login.mainText().contains(variant.word("I can’t use any of these")), login.mainText());
                assertTrue(login.mainText().contains(variant.word("Lost your phone, app or security key?")), "with its help text: " + login.mainText());
                // The choice of methods is in the gallery already (41-choose-method); here it is checked, not photographed again.
                PageChecks.assertAccessible(page, "recovery/choose-method-" + variant.language());
                login.choose(variant.word("I can’t use any of these"));
                assertEquals(variant.word("Get back into your account"), login.heading());
                check(page, variant, "60-recovery-ways-back-wait");

                login.submit("#sa-request-removal");
                assertEquals(variant.word("Your request is waiting"), login.heading());
                assertTrue(page.locator("#sa-wait-ends time").isVisible(), "the page says when the wait ends");
                check(page, variant, "61-recovery-waiting");
            }
            String link = RecoverySteps.cancelLink(steps.awaitEmails(username, 1).get(0));
            Page fromEmail = chromium.newContext(variant.language(), variant.width());
            LoginPages cancel = new LoginPages(fromEmail).open(link);
            assertEquals(variant.word("Cancel the request?"), cancel.heading());
            check(fromEmail, variant, "62-recovery-cancel-link");
            cancel.submit("#sa-confirm-cancel");
            assertEquals(variant.word("Request cancelled"), cancel.heading());
            check(fromEmail, variant, "63-recovery-cancelled");
        }
    }

    @Test
    void theAppCodePageLeadsToTheLetter() throws Exception {
        int n = 43;
        for (Variant variant : VARIANTS) {
            n++;
            ProofingPerson person = ProofingPerson.number(n, "Ana", "Apartado", "MOBILE");
            ReferenceRecords.merge(realm, admin, person.csvRow());
            String username = "pages-letter-" + variant.language();
            TestUsers.createUnproofedWithApp(realm, username, APP_SECRET + username);
            steps.proofByPhone(username, APP_SECRET + username, person);

            Page page = chromium.newContext(variant.language(), variant.width());
            try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
                LoginPages login = new LoginPages(page).open(app.authorizationUrl()).signIn(username, TestUsers.PASSWORD);
                assertTrue(login.has("#otp"), "the app-code page: " + login.heading());
                Locator link = page.locator("#sa-lost-second-factor");
                assertTrue(link.isVisible(), "the way back is visible on the app-code page");
                assertEquals(variant.word("I can’t use any of these"), link.innerText().strip());

                login.submit("#sa-lost-second-factor");
                assertEquals(variant.word("Get back into your account"), login.heading());
                assertTrue(login.has("#sa-mail-code"), "a proofed person is offered the letter");
                check(page, variant, "64-recovery-ways-back-letter");

                login.submit("#sa-mail-code");
                assertEquals(variant.word("Enter the code from your letter"), login.heading());
                check(page, variant, "65-recovery-letter");
                page.locator("#letter_code").fill("0000000000");
                login.submit("#sa-enter-letter-code");
                assertTrue(login.fieldError("letter_code").contains(variant.word("That code is not correct")), login.fieldError("letter_code"));
                check(page, variant, "66-recovery-letter-wrong");
            }
        }
    }

    private static void check(Page page, Variant variant, String name) {
        PageChecks.check(page, variant.language(), variant.folder(), name);
    }
}
