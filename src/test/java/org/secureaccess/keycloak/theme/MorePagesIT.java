package org.secureaccess.keycloak.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.remote.timeoffset.InjectTimeOffSet;
import org.keycloak.testframework.remote.timeoffset.TimeOffSet;
import org.secureaccess.keycloak.testsupport.Chromium;
import org.secureaccess.keycloak.testsupport.DemoApp;
import org.secureaccess.keycloak.testsupport.FakeSmsGateway;
import org.secureaccess.keycloak.testsupport.LenientBruteForceRealmConfig;
import org.secureaccess.keycloak.testsupport.LoginPages;
import org.secureaccess.keycloak.testsupport.PageChecks;
import org.secureaccess.keycloak.testsupport.ProofingPerson;
import org.secureaccess.keycloak.testsupport.ProofingWizard;
import org.secureaccess.keycloak.testsupport.ReferenceRecords;
import org.secureaccess.keycloak.testsupport.SecureAccessServerConfig;
import org.secureaccess.keycloak.testsupport.TestUsers;
import org.secureaccess.keycloak.testsupport.Totp;

import com.microsoft.playwright.Page;

/**
 * The pages the journeys do not pass through (errors, method choice, enrolment, proofing's error
 * pages), in English at desktop width and Spanish at 375 px: each checked with axe-core (WCAG 2.1
 * AA, no violation) and photographed for the gallery.
 */
@KeycloakIntegrationTest(config = SecureAccessServerConfig.class)
class MorePagesIT {

    record Variant(String language, int width, String folder) {
    }

    static final List<Variant> VARIANTS = List.of(new Variant("en", Chromium.DESKTOP_WIDTH, "journeys/en-desktop"),
            new Variant("es", Chromium.PHONE_WIDTH, "journeys/es-phone"));
    static final String APP_SECRET = "MorePagesAppSecret";

    @RegisterExtension
    static Chromium chromium = new Chromium();

    @InjectRealm(config = LenientBruteForceRealmConfig.class)
    ManagedRealm realm;

    @InjectAdminClient
    Keycloak admin;

    @InjectTimeOffSet
    TimeOffSet timeOffset;

    private final FakeSmsGateway sms = FakeSmsGateway.get();

    @BeforeEach
    void reset() {
        sms.reset();
    }

    @Test
    void signInErrorsAndTheChoiceOfMethod() throws Exception {
        int n = 0;
        for (Variant variant : VARIANTS) {
            n++;
            String username = "pages-both-" + n;
            String phone = "+1202555" + String.format("%04d", 600 + n);
            String id = TestUsers.createWithApp(realm, username, APP_SECRET + username);
            assertEquals(200, TestUsers.setPhone(realm, admin, id, phone).statusCode());
            Page page = chromium.newContext(variant.language(), variant.width());
            try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
                LoginPages login = new LoginPages(page).open(app.authorizationUrl()).enterUsername(username).enterPassword("Wrong-Password-2026");
                check(page, variant, "40-password-wrong");
                login.enterPassword(TestUsers.PASSWORD);
                login.tryAnotherWay();
                check(page, variant, "41-choose-method");
                assertTrue(page.locator("#kc-select-credential-form").count() > 0, "the choice of methods, " + variant);
            }
        }
    }

    @Test
    void enrolmentPages() throws Exception {
        int n = 0;
        for (Variant variant : VARIANTS) {
            n++;
            String username = "pages-enrol-" + n;
            String phone = "+1202555" + String.format("%04d", 610 + n);
            TestUsers.createWithPhone(realm, admin, username, phone);
            Page page = chromium.newContext(variant.language(), variant.width());
            try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
                LoginPages login = new LoginPages(page).open(app.authorizationUrl(Map.of("kc_action", "secure-access-phone")))
                        .signIn(username, TestUsers.PASSWORD);
                login.enterCode(sms.lastCodeTo(phone)).acknowledgeSecurityInformation();
                check(page, variant, "42-phone-enrolment");
                page.locator("#phoneNumber").fill("12");
                login.submit("#sa-send-code");
                check(page, variant, "43-phone-enrolment-error");
                page.locator("#phoneNumber").fill("(202) 555-" + String.format("%04d", 620 + n));
                login.submit("#sa-send-code");
                check(page, variant, "44-phone-enrolment-code");
            }
            Page totp = chromium.newContext(variant.language(), variant.width());
            try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
                LoginPages login = new LoginPages(totp).open(app.authorizationUrl(Map.of("kc_action", "CONFIGURE_TOTP")))
                        .signIn(username, TestUsers.PASSWORD);
                login.enterCode(sms.lastCodeTo(phone)).acknowledgeSecurityInformation();
                check(totp, variant, "45-authenticator-app-enrolment");
                boolean spanish = "es".equals(variant.language());
                assertEquals(spanish ? "Configure su aplicación de autenticación" : "Set up your authenticator app", login.heading(), variant.toString());
                assertEquals(spanish ? "Terminar la configuración" : "Finish setup", totp.locator("#saveTOTPBtn").innerText().strip(), variant.toString());
            }
        }
    }

    @Test
    void proofingErrorPages() throws Exception {
        int n = 60;
        for (Variant variant : VARIANTS) {
            n++;
            ProofingPerson person = ProofingPerson.number(n, "Dana", "Pages", "MOBILE");
            ReferenceRecords.merge(realm, admin, person.csvRow());
            String username = "pages-proofing-" + n;
            TestUsers.createUnproofedWithApp(realm, username, APP_SECRET + username);
            Page page = chromium.newContext(variant.language(), variant.width());
            try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
                LoginPages login = new LoginPages(page).open(app.authorizationUrl()).signIn(username, TestUsers.PASSWORD);
                login.enterAppCode(Totp.unused(APP_SECRET + username)).acknowledgeSecurityInformation();
                ProofingWizard wizard = new ProofingWizard(login).start();
                wizard.fillIdentity(person, "000-00-0000", "2999").continueOn();
                check(page, variant, "50-proofing-identity-errors");
                for (int i = 0; i < 5; i++) {
                    wizard.fillIdentity(person, person.taxId(), "1901").continueOn();
                    if (i == 0) {
                        check(page, variant, "51-proofing-no-match");
                    }
                }
                assertTrue(login.has("#sa-proof-locked"), "the fifth failed match pauses verification, " + variant + ": " + login.mainText());
                check(page, variant, "52-proofing-paused");
                // While paused, the right details are refused too.
                Page again = chromium.newContext(variant.language(), variant.width());
                LoginPages second = new LoginPages(again).open(app.authorizationUrl()).signIn(username, TestUsers.PASSWORD);
                second.enterAppCode(Totp.unused(APP_SECRET + username)).acknowledgeSecurityInformation();
                new ProofingWizard(second).start().fillIdentity(person).continueOn();
                assertTrue(second.has("#sa-proof-locked"), "still paused for the right details, " + variant + ": " + second.mainText());
            }
        }
    }

    @Test
    void choosingASitePhrase() throws Exception {
        int n = 0;
        for (Variant variant : VARIANTS) {
            n++;
            String username = "pages-phrase-" + n;
            String phone = "+1202555" + String.format("%04d", 630 + n);
            String id = TestUsers.createWithPhone(realm, admin, username, phone);
            UserRepresentation user = realm.admin().users().get(id).toRepresentation();
            Map<String, List<String>> attributes = new java.util.HashMap<>(user.getAttributes());
            attributes.remove(TestUsers.SITE_PHRASE_ATTRIBUTE);
            attributes.remove(TestUsers.SITE_IMAGE_ATTRIBUTE);
            user.setAttributes(attributes);
            realm.admin().users().get(id).update(user);
            Page page = chromium.newContext(variant.language(), variant.width());
            try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
                LoginPages login = new LoginPages(page).open(app.authorizationUrl()).signIn(username, TestUsers.PASSWORD);
                login.enterCode(sms.lastCodeTo(phone)).acknowledgeSecurityInformation();
                assertEquals(1, page.locator("#sa-site-phrase-form").count(), variant.toString());
                check(page, variant, "46-choose-site-phrase");
                login.submit("#sa-save-site-phrase");
                check(page, variant, "47-choose-site-phrase-errors");
                assertTrue(login.fieldError("site_phrase").length() > 0);
            }
        }
    }

    @Test
    void theTextLimitPage() throws Exception {
        int n = 0;
        for (Variant variant : VARIANTS) {
            n++;
            String username = "pages-text-limit-" + n;
            String phone = "+1202555" + String.format("%04d", 640 + n);
            TestUsers.createWithPhone(realm, admin, username, phone);
            Page page = chromium.newContext(variant.language(), variant.width());
            try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
                LoginPages login = new LoginPages(page).open(app.authorizationUrl()).signIn(username, TestUsers.PASSWORD);
                // Ten texts are allowed (each after the 30-second wait); the eleventh request shows the limit.
                int offset = timeOffset.get();
                for (int sent = 1; sent <= 10; sent++) {
                    offset += 31;
                    timeOffset.set(offset);
                    login.resendIgnoringCountdown();
                }
                assertEquals(10, sms.messagesTo(phone).size(), variant.toString());
                assertTrue(login.has("#sa-send-limit"), "the limit page, " + variant + ": " + login.heading());
                check(page, variant, "33-text-limit");
            } finally {
                timeOffset.set(0);
            }
        }
    }

    @Test
    void anIdentityAlreadyVerifiedForAnotherAccount() throws Exception {
        ProofingPerson sam = ProofingPerson.number(70, "Sam", "Pages", "MOBILE");
        ReferenceRecords.merge(realm, admin, sam.csvRow());
        String first = "pages-in-use-first";
        TestUsers.createUnproofedWithApp(realm, first, APP_SECRET + first);
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            LoginPages login = new LoginPages(chromium.newContext("en", Chromium.DESKTOP_WIDTH)).open(app.authorizationUrl())
                    .signIn(first, TestUsers.PASSWORD);
            login.enterAppCode(Totp.unused(APP_SECRET + first)).acknowledgeSecurityInformation();
            ProofingWizard wizard = new ProofingWizard(login).start();
            wizard.fillIdentity(sam).continueOn();
            wizard.enterCard(sam.card());
            wizard.enterPhone(sam.mobile());
            wizard.enterPhoneCode(sms.lastCodeTo(sam.mobile()));
            assertTrue(login.has("#sa-proof-done-form"), "the first account is verified: " + login.heading());
        }
        for (Variant variant : VARIANTS) {
            String username = "pages-in-use-" + variant.language();
            TestUsers.createUnproofedWithApp(realm, username, APP_SECRET + username);
            Page page = chromium.newContext(variant.language(), variant.width());
            try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
                LoginPages login = new LoginPages(page).open(app.authorizationUrl()).signIn(username, TestUsers.PASSWORD);
                login.enterAppCode(Totp.unused(APP_SECRET + username)).acknowledgeSecurityInformation();
                new ProofingWizard(login).start().fillIdentity(sam).continueOn();
                assertTrue(login.has("#sa-proof-in-use"), "the identity is taken, " + variant + ": " + login.heading());
                check(page, variant, "53-proofing-identity-in-use");
            }
        }
    }

    @Test
    void keycloaksOwnPagesInOurLayout() throws Exception {
        int n = 0;
        for (Variant variant : VARIANTS) {
            n++;
            String username = "pages-keycloak-" + n;
            String phone = "+1202555" + String.format("%04d", 650 + n);
            TestUsers.createWithPhone(realm, admin, username, phone);
            try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
                Page forgot = chromium.newContext(variant.language(), variant.width());
                LoginPages login = new LoginPages(forgot).open(app.authorizationUrl());
                login.submit("#sa-forgot-password");
                assertEquals(1, forgot.locator("#kc-reset-password-form").count(), "Keycloak's reset form, " + variant);
                check(forgot, variant, "70-forgot-password");

                Page update = chromium.newContext(variant.language(), variant.width());
                login = new LoginPages(update).open(app.authorizationUrl(Map.of("kc_action", "UPDATE_PASSWORD"))).signIn(username, TestUsers.PASSWORD);
                login.enterCode(sms.lastCodeTo(phone)).acknowledgeSecurityInformation();
                assertEquals(1, update.locator("#kc-passwd-update-form").count(), "Keycloak's new-password form, " + variant);
                check(update, variant, "71-new-password");
            }
            Page error = chromium.newContext(variant.language(), variant.width());
            error.navigate(realm.getBaseUrl() + "/protocol/openid-connect/auth?client_id=no-such-application&response_type=code"
                    + "&redirect_uri=http%3A%2F%2Flocalhost%2F");
            assertEquals(1, error.locator("#kc-error-message").count(), "Keycloak's error page, " + variant);
            check(error, variant, "72-error");
        }
    }

    private static void check(Page page, Variant variant, String name) {
        PageChecks.check(page, variant.language(), variant.folder(), name);
    }
}
