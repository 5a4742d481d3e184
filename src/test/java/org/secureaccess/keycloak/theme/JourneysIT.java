package org.secureaccess.keycloak.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.remote.timeoffset.InjectTimeOffSet;
import org.keycloak.testframework.remote.timeoffset.TimeOffSet;
import org.secureaccess.keycloak.testsupport.Chromium;
import org.secureaccess.keycloak.testsupport.DemoApp;
import org.secureaccess.keycloak.testsupport.FakeLetterService;
import org.secureaccess.keycloak.testsupport.FakeSmsGateway;
import org.secureaccess.keycloak.testsupport.LenientBruteForceRealmConfig;
import org.secureaccess.keycloak.testsupport.HttpBrowser;
import org.secureaccess.keycloak.testsupport.HttpSignIn;
import org.secureaccess.keycloak.testsupport.LoginPages;
import org.secureaccess.keycloak.testsupport.PageChecks;
import org.secureaccess.keycloak.testsupport.ProofingPerson;
import org.secureaccess.keycloak.testsupport.ProofingWizard;
import org.secureaccess.keycloak.testsupport.ReferenceRecords;
import org.secureaccess.keycloak.testsupport.SecureAccessServerConfig;
import org.secureaccess.keycloak.testsupport.TestUsers;
import org.secureaccess.keycloak.testsupport.Totp;

import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Page;

/**
 * The complete journeys, in English clicked through at desktop width and in Spanish at 375 px, with
 * every page also checked at the other width from the same server state (the pages differ by width
 * only in their CSS): a new person verifying by phone, by letter, daily sign-in by text (keyboard only)
 * and by app, and a lockout and its end. Every page is checked with axe-core's WCAG 2.1 AA rules (no
 * violation allowed) and photographed into target/screenshots/journeys/&lt;language&gt;-&lt;width&gt;/ for
 * the gallery (docs/gallery).
 */
@KeycloakIntegrationTest(config = SecureAccessServerConfig.class)
class JourneysIT {

    /** A journey's language and the screen width it is clicked through at. */
    record Variant(String language, int width) {
        String folder() {
            return folder(width);
        }

        String folder(int atWidth) {
            return "journeys/" + language + "-" + (atWidth == Chromium.PHONE_WIDTH ? "phone" : "desktop");
        }

        int otherWidth() {
            return width == Chromium.PHONE_WIDTH ? Chromium.DESKTOP_WIDTH : Chromium.PHONE_WIDTH;
        }
    }

    static final List<Variant> VARIANTS = List.of(new Variant("en", Chromium.DESKTOP_WIDTH), new Variant("es", Chromium.PHONE_WIDTH));
    static final String APP_SECRET = "JourneysAppSecret";

    @RegisterExtension
    static Chromium chromium = new Chromium();

    @InjectRealm(config = LenientBruteForceRealmConfig.class)
    ManagedRealm realm;

    @InjectAdminClient
    Keycloak admin;

    @InjectMailServer
    MailServer mail;

    @InjectTimeOffSet
    TimeOffSet timeOffset;

    private final FakeSmsGateway sms = FakeSmsGateway.get();
    private final FakeLetterService letters = FakeLetterService.get();

    @BeforeEach
    void reset() {
        sms.reset();
        letters.reset();
    }

    @Test
    void aNewPersonVerifiesTheirIdentityByPhone() throws Exception {
        int n = 40;
        for (Variant variant : VARIANTS) {
            n++;
            mail.runCleanup();
            ProofingPerson person = ProofingPerson.number(n, "Avery", "Journey" + letter(n), "MOBILE");
            ReferenceRecords.merge(realm, admin, person.csvRow());
            String username = "journey-phone-" + n;
            String id = TestUsers.createUnproofedWithApp(realm, username, APP_SECRET + username);
            UserRepresentation user = realm.admin().users().get(id).toRepresentation();
            user.setEmailVerified(false);
            realm.admin().users().get(id).update(user);

            Page page = chromium.newContext(variant.language(), variant.width());
            try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
                ProofingWizard wizard = new ProofingWizard(signInWithApp(page, app, variant, username));
                check(page, variant, "10-proofing-intro");
                wizard.start();
                check(page, variant, "11-proofing-email-code");
                wizard.enterEmailCode(emailedCode());
                check(page, variant, "12-proofing-identity");
                // The birth date's parts name their purpose (WCAG 1.3.5), so a browser can fill them from the person's profile.
                for (String part : List.of("month", "day", "year")) {
                    assertEquals("bday-" + part, page.locator("#dob_" + part).getAttribute("autocomplete"), "date of birth, " + part);
                }
                wizard.fillIdentity(person).continueOn();
                check(page, variant, "13-proofing-account");
                wizard.enterCard(person.card());
                check(page, variant, "14-proofing-phone");
                wizard.enterPhone(person.mobile());
                check(page, variant, "15-proofing-phone-code");
                wizard.enterPhoneCode(sms.lastCodeTo(person.mobile()));
                check(page, variant, "16-proofing-done");
                wizard.finish();
                assertTrue(app.awaitCallback().containsKey("code"), variant.toString());
            }
        }
    }

    @Test
    void aPersonWhosePhoneDoesNotMatchVerifiesByLetter() throws Exception {
        int n = 50;
        for (Variant variant : VARIANTS) {
            n++;
            ProofingPerson person = ProofingPerson.number(n, "Rowan", "Letter" + letter(n), "LANDLINE");
            ReferenceRecords.merge(realm, admin, person.csvRow());
            String username = "journey-letter-" + n;
            // Texted codes for sign-in, so the second sign-in need not wait for a new authenticator-app code.
            String phone = "+1202555" + String.format("%04d", 500 + n);
            TestUsers.createUnproofedWithPhone(realm, admin, username, phone);

            Page page = chromium.newContext(variant.language(), variant.width());
            try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
                LoginPages first = new LoginPages(page).open(app.authorizationUrl()).signIn(username, TestUsers.PASSWORD);
                first.enterCode(sms.lastCodeTo(phone)).acknowledgeSecurityInformation();
                ProofingWizard wizard = new ProofingWizard(first).start();
                wizard.fillIdentity(person).continueOn();
                wizard.enterCard(person.card());
                wizard.enterPhone(person.mobile());
                check(page, variant, "20-proofing-phone-not-matched");
                wizard.chooseLetter();
                check(page, variant, "21-proofing-letter-request");
                wizard.sendLetter();
                check(page, variant, "22-proofing-letter-sent");
                wizard.postpone();
                assertTrue(app.awaitCallback().containsKey("code"), variant.toString());
            }
            String code = letters.lastLetterTo("Rowan Letter" + letter(n)).get("activationCode").asText();
            Page later = chromium.newContext(variant.language(), variant.width());
            try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
                LoginPages login = new LoginPages(later).open(app.authorizationUrl()).signIn(username, TestUsers.PASSWORD);
                login.enterCode(sms.lastCodeTo(phone)).acknowledgeSecurityInformation();
                check(later, variant, "23-proofing-letter-status");
                ProofingWizard wizard = new ProofingWizard(login).enterLetterCode("ABCDE-FGHJK");
                check(later, variant, "24-proofing-letter-code-wrong");
                wizard.enterLetterCode(code);
                assertEquals(1, later.locator("#sa-proof-done").count(), "verified by the mailed code, " + variant);
                wizard.finish();
                assertTrue(app.awaitCallback().containsKey("code"), variant.toString());
            }
        }
    }

    @Test
    void dailySignInByTextWithTheKeyboardOnly() throws Exception {
        int n = 0;
        for (Variant variant : VARIANTS) {
            n++;
            String username = "journey-text-" + n;
            String phone = "+1202555" + String.format("%04d", 460 + n);
            String id = TestUsers.createWithPhone(realm, admin, username, phone);
            Page page = chromium.newContext(variant.language(), variant.width());
            // The first sign-in on this browser: no site phrase yet, the same note every browser new to the person sees.
            try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
                LoginPages first = new LoginPages(page).open(app.authorizationUrl()).enterUsername(username);
                assertTrue(first.has("#sa-site-phrase-not-shown"), variant.toString());
                check(page, variant, "02-password-new-device");
                first.enterPassword(TestUsers.PASSWORD).enterCode(sms.lastCodeTo(phone)).acknowledgeSecurityInformation();
                assertTrue(app.awaitCallback().containsKey("code"), "first sign-in, " + variant);
            }
            realm.admin().users().get(id).logout();
            // Every day after that, on the same browser: the phrase and picture beside the password.
            Keyboard keys = page.keyboard();
            try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
                page.navigate(app.authorizationUrl());
                check(page, variant, "01-username");
                keys.type(username);
                page.waitForNavigation(() -> keys.press("Enter"));
                assertEquals("Phrase of " + username, new LoginPages(page).sitePhrase(), variant.toString());
                check(page, variant, "02-password-with-site-phrase");
                keys.type(TestUsers.PASSWORD);
                page.waitForNavigation(() -> keys.press("Enter"));
                check(page, variant, "03-text-code");
                keys.type(sms.lastCodeTo(phone));
                page.waitForNavigation(() -> keys.press("Enter"));
                check(page, variant, "05-security-information");
                tabTo(page, "sa-continue");
                page.waitForNavigation(() -> keys.press("Enter"));
                assertTrue(app.awaitCallback().containsKey("code"), "keyboard only, " + variant);
            }
        }
    }

    @Test
    void dailySignInWithAnAuthenticatorApp() throws Exception {
        int n = 0;
        for (Variant variant : VARIANTS) {
            n++;
            String username = "journey-app-" + n;
            TestUsers.createWithApp(realm, username, APP_SECRET + username);
            Page page = chromium.newContext(variant.language(), variant.width());
            try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
                LoginPages login = new LoginPages(page).open(app.authorizationUrl()).signIn(username, TestUsers.PASSWORD);
                check(page, variant, "04-app-code");
                // Titled and labelled as the text-message code page is, in the page's language.
                boolean spanish = "es".equals(variant.language());
                assertEquals(spanish ? "Escriba su código de seguridad" : "Enter your security code", login.heading(), variant.toString());
                assertEquals(spanish ? "Código de seguridad" : "Security code", page.locator("label[for=otp]").innerText().strip(), variant.toString());
                // A wrong code is named on the field itself, and the page stays.
                login.enterAppCode(Totp.wrongNow(APP_SECRET + username));
                assertTrue(login.fieldError("otp").length() > 0, "the wrong code is named at its field, " + variant);
                login.enterAppCode(Totp.unused(APP_SECRET + username)).acknowledgeSecurityInformation();
                assertTrue(app.awaitCallback().containsKey("code"), variant.toString());
            }
        }
    }

    @Test
    void aLockoutSaysWhenItEndsAndSignInWorksAfterwards() throws Exception {
        int n = 0;
        for (Variant variant : VARIANTS) {
            n++;
            String username = "journey-lock-" + n;
            String phone = "+1202555" + String.format("%04d", 470 + n);
            TestUsers.createWithPhone(realm, admin, username, phone);
            Page page = chromium.newContext(variant.language(), variant.width());
            try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
                sms.failWith(503);
                LoginPages login = new LoginPages(page).open(app.authorizationUrl()).signIn(username, TestUsers.PASSWORD);
                check(page, variant, "30-text-not-sent");
                sms.failWith(0);
                login.submit("#sa-retry");
                String code = sms.lastCodeTo(phone);
                String wrong = code.equals("000000") ? "111111" : "000000";
                login.enterCode(wrong);
                check(page, variant, "31-text-code-wrong");
                for (int i = 1; i < 5; i++) {
                    login.enterCode(wrong);
                }
                timeOffset.set(timeOffset.get() + 31);
                login.resendIgnoringCountdown();
                // A second sign-in (another device) waits at its code page, with its own right code, while the first one locks.
                HttpSignIn second = new HttpSignIn(new HttpBrowser(realm.getBaseUrl()));
                HttpBrowser.Page secondPage = second.signIn(app.authorizationUrl(), username, TestUsers.PASSWORD);
                String secondCode = sms.lastCodeTo(phone);
                for (int i = 0; i < 5; i++) {
                    login.enterCode(wrong);
                }
                assertTrue(login.has("#sa-locked"), "the tenth wrong code locks, " + variant + ": " + login.mainText());
                assertFalse(login.has("#sa-locked[data-until-cleared]"), "a lock with an end time, " + variant);
                check(page, variant, "32-locked");
                HttpBrowser.Page refused = second.smsCode(secondPage, secondCode);
                assertTrue(refused.has("#sa-locked"), "the right code is refused while locked, " + variant + ": " + refused.describe());
            }
            timeOffset.set(timeOffset.get() + 11 * 60);
            Page after = chromium.newContext(variant.language(), variant.width());
            try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
                LoginPages login = new LoginPages(after).open(app.authorizationUrl()).signIn(username, TestUsers.PASSWORD);
                login.enterCode(sms.lastCodeTo(phone)).acknowledgeSecurityInformation();
                assertTrue(app.awaitCallback().containsKey("code"), "the lock lifts on time, " + variant);
            }
        }
        timeOffset.set(0);
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    /** Names are letters only: a letter per person number. */
    private static String letter(int n) {
        return String.valueOf((char) ('a' + n % 26));
    }

    private LoginPages signInWithApp(Page page, DemoApp app, Variant variant, String username) {
        LoginPages login = new LoginPages(page).open(app.authorizationUrl()).signIn(username, TestUsers.PASSWORD);
        login.enterAppCode(Totp.unused(APP_SECRET + username)).acknowledgeSecurityInformation();
        return login;
    }

    /** Checks the page at the journey's width, then at the other width without leaving it, then resizes back. */
    private static void check(Page page, Variant variant, String name) {
        PageChecks.check(page, variant.language(), variant.folder(), name);
        page.setViewportSize(variant.otherWidth(), Chromium.VIEWPORT_HEIGHT);
        try {
            PageChecks.check(page, variant.language(), variant.folder(variant.otherWidth()), name);
        } finally {
            page.setViewportSize(variant.width(), Chromium.VIEWPORT_HEIGHT);
        }
    }

    /** Moves the keyboard focus to an element by pressing Tab, as a keyboard user would. */
    private static void tabTo(Page page, String id) {
        for (int i = 0; i < 40; i++) {
            if (id.equals(page.evaluate("() => document.activeElement && document.activeElement.id"))) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError("Could not reach #" + id + " with the Tab key");
    }

    private String emailedCode() throws Exception {
        assertTrue(mail.waitForIncomingEmail(10_000, 1), "the confirmation code is emailed");
        MimeMessage message = mail.getLastReceivedMessage();
        Object content = message.getContent();
        String body = content instanceof MimeMultipart multipart ? String.valueOf(multipart.getBodyPart(0).getContent()) : String.valueOf(content);
        Matcher code = Pattern.compile("(\\d{6})").matcher(body);
        assertTrue(code.find(), body);
        FakeSmsGateway.recordIssuedCode(code.group(1));
        return code.group(1);
    }
}
