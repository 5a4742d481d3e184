package org.secureaccess.keycloak.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.secureaccess.keycloak.testsupport.DemoApp;
import org.secureaccess.keycloak.testsupport.FakeSmsGateway;
import org.secureaccess.keycloak.testsupport.HttpBrowser;
import org.secureaccess.keycloak.testsupport.HttpBrowser.Page;
import org.secureaccess.keycloak.testsupport.HttpSignIn;
import org.secureaccess.keycloak.testsupport.LenientBruteForceRealmConfig;
import org.secureaccess.keycloak.testsupport.Mails;
import org.secureaccess.keycloak.testsupport.SecureAccessServerConfig;
import org.secureaccess.keycloak.testsupport.TestUsers;
import org.secureaccess.keycloak.testsupport.Totp;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * "Forgot password" as an intruder who can read the person's email would use it: the emailed link,
 * in the same browser, in a fresh one, and replayed. None of it gives the application a code
 * without one of the person's own second factors; the real person gets through with theirs, and
 * every other session ends.
 */
@KeycloakIntegrationTest(config = SecureAccessServerConfig.class)
class ForgotPasswordIT {

    static final String NEW_PASSWORD = "Brand-New-Passphrase-2027";
    static final String MFA = "urn:secure-access:acr:mfa";

    @InjectRealm(config = LenientBruteForceRealmConfig.class)
    ManagedRealm realm;

    @InjectAdminClient
    Keycloak admin;

    @InjectMailServer
    MailServer mail;

    private final FakeSmsGateway sms = FakeSmsGateway.get();

    @BeforeEach
    void reset() {
        sms.reset();
        mail.runCleanup();
    }

    @Test
    void theEmailedLinkAloneGivesNoCodeInTheSameBrowser() throws Exception {
        TestUsers.createWithPhone(realm, admin, "reset-same", "(202) 555-0171");
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            HttpSignIn intruder = new HttpSignIn(new HttpBrowser(realm.getBaseUrl()));
            String link = requestResetEmail(intruder, app, "reset-same");

            Page page = intruder.open(link);
            assertNoWayOnWithoutTheSecondFactor(intruder, page, "reset-same");
        }
    }

    @Test
    void theEmailedLinkAloneGivesNoCodeInAFreshBrowser() throws Exception {
        TestUsers.createWithPhone(realm, admin, "reset-fresh", "(202) 555-0172");
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            String link = requestResetEmail(new HttpSignIn(new HttpBrowser(realm.getBaseUrl())), app, "reset-fresh");

            HttpSignIn intruder = new HttpSignIn(new HttpBrowser(realm.getBaseUrl()));
            Page page = intruder.open(link);
            assertNoWayOnWithoutTheSecondFactor(intruder, page, "reset-fresh");
        }
    }

    @Test
    void aReplayedLinkGivesNothing() throws Exception {
        TestUsers.createWithPhone(realm, admin, "reset-replay", "(202) 555-0173");
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            HttpSignIn person = new HttpSignIn(new HttpBrowser(realm.getBaseUrl()));
            String link = requestResetEmail(person, app, "reset-replay");
            Page page = person.open(link);
            page = person.smsCode(page, sms.lastCodeTo("+12025550173"));
            page = person.newPassword(page, NEW_PASSWORD);
            assertTrue(page.query("code").isPresent(), "the real person finishes: " + page.describe());

            HttpSignIn intruder = new HttpSignIn(new HttpBrowser(realm.getBaseUrl()));
            Page replayed = intruder.open(link);
            assertTrue(replayed.query("code").isEmpty(), "a replayed link signed someone in: " + replayed.describe());
            assertFalse(replayed.has("#kc-passwd-update-form"), "a replayed link offers a new password: " + replayed.describe());
            assertFalse(replayed.has("#sa-sms-code-form"), "a replayed link continues the reset: " + replayed.describe());
        }
    }

    @Test
    void theRealPersonResetsWithTheirTextedCodeAndEveryOtherSessionEnds() throws Exception {
        String id = TestUsers.createWithPhone(realm, admin, "reset-owner", "(202) 555-0174");
        String phoneBefore = secondFactorIds(id);
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            // A session elsewhere, with an offline token, as a stranger who knew the old password would hold one.
            HttpSignIn elsewhere = new HttpSignIn(new HttpBrowser(realm.getBaseUrl()));
            Page page = elsewhere.signIn(app.authorizationUrl(Map.of("scope", "openid offline_access")), "reset-owner", TestUsers.PASSWORD);
            page = elsewhere.continueFromSecurityInformation(elsewhere.smsCode(page, sms.lastCodeTo("+12025550174")));
            JsonNode strangersTokens = app.exchangeRaw(HttpSignIn.authorizationCode(page));
            assertEquals("Offline", DemoApp.claims(strangersTokens.get("refresh_token").asText()).path("typ").asText());

            HttpSignIn person = new HttpSignIn(new HttpBrowser(realm.getBaseUrl()));
            String link = requestResetEmail(person, app, "reset-owner");
            page = person.open(link);
            assertTrue(page.has("#sa-sms-code-form"), "a texted code is asked for first: " + page.describe());
            page = person.smsCode(page, sms.lastCodeTo("+12025550174"));
            assertTrue(page.has("#kc-passwd-update-form"), "then the new password: " + page.describe());
            page = person.newPassword(page, NEW_PASSWORD);

            JsonNode idToken = DemoApp.claims(app.exchangeRaw(HttpSignIn.authorizationCode(page)).get("id_token").asText());
            assertEquals(MFA, idToken.path("acr").asText(), "the reset passed a second factor and says so");
            HttpResponse<String> strangersRefresh = app.tryRefresh(strangersTokens.get("refresh_token").asText());
            assertEquals(400, strangersRefresh.statusCode(), "the other offline session ended: " + strangersRefresh.body());
            assertEquals(1, realm.admin().users().get(id).getUserSessions().size(), "only the new session is left");
            assertEquals(phoneBefore, secondFactorIds(id), "the reset did not touch the second factor");
        }
    }

    @Test
    void aResetAsksForTheAppTheyHaveAndNeverOffersToSetOneUp() throws Exception {
        String secret = "forgot-password-it-app-secret";
        String id = TestUsers.createWithApp(realm, "reset-app", secret);
        String before = secondFactorIds(id);
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            HttpSignIn person = new HttpSignIn(new HttpBrowser(realm.getBaseUrl()));
            Page page = person.open(requestResetEmail(person, app, "reset-app"));
            assertTrue(page.has("#kc-otp-login-form"), "the app code is asked for: " + page.describe());
            assertFalse(page.has("#kc-totp-settings-form"), "no authenticator-app setup: " + page.describe());
            page = person.newPassword(person.appCode(page, Totp.unused(secret)), NEW_PASSWORD);
            assertTrue(page.query("code").isPresent(), page.describe());
            assertEquals(before, secondFactorIds(id), "nothing removed, replaced or added");
        }
    }

    @Test
    void aPersonWithoutASecondFactorProvesAFirstPhoneBeforeAnySession() throws Exception {
        String id = TestUsers.create(realm, "reset-no-factor");
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            HttpSignIn person = new HttpSignIn(new HttpBrowser(realm.getBaseUrl()));
            Page page = person.open(requestResetEmail(person, app, "reset-no-factor"));
            if (page.has("#kc-passwd-update-form")) {
                page = person.newPassword(page, NEW_PASSWORD);
            }
            assertTrue(page.query("code").isEmpty(), "the emailed link and a password gave a code: " + page.describe());
            assertTrue(page.has("#sa-phone-form"), "a first phone is set up before any session: " + page.describe());
            assertEquals(0, realm.admin().users().get(id).getUserSessions().size(), "no session yet");
            page = person.browser().submit(page, "#sa-phone-form", Map.of("phoneNumber", "(202) 555-0175"));
            page = person.browser().submit(page, "#sa-phone-verify-form", Map.of("code", sms.lastCodeTo("+12025550175")));
            if (page.has("#kc-passwd-update-form")) {
                page = person.newPassword(page, NEW_PASSWORD);
            }
            JsonNode idToken = DemoApp.claims(app.exchangeRaw(HttpSignIn.authorizationCode(page)).get("id_token").asText());
            assertEquals(MFA, idToken.path("acr").asText(), "a new password and a phone proven by a code");
        }
    }

    /** Opens the sign-in, follows "Forgot password?", asks for the email and returns its link. */
    private String requestResetEmail(HttpSignIn browser, DemoApp app, String username) throws Exception {
        Page page = browser.forgotPassword(browser.open(app.authorizationUrl()));
        browser.requestReset(page, username);
        assertTrue(mail.waitForIncomingEmail(10_000, 1), "the reset email was sent");
        MimeMessage[] messages = mail.getReceivedMessages();
        return Mails.actionTokenLink(messages[messages.length - 1]);
    }

    /** Whatever the intruder does with what the link gave them, the application gets no code. */
    private void assertNoWayOnWithoutTheSecondFactor(HttpSignIn intruder, Page page, String username) throws Exception {
        assertTrue(page.query("code").isEmpty(), "the link alone signed in: " + page.describe());
        if (page.has("#kc-passwd-update-form")) {
            page = intruder.newPassword(page, NEW_PASSWORD);
        }
        assertTrue(page.query("code").isEmpty(), "a new password without a second factor signed in: " + page.describe());
        assertTrue(page.has("#sa-sms-code-form"), "the person's own second factor is asked for: " + page.describe());
        page = intruder.smsCode(page, "000000".equals(sms.lastCodeTo(phoneOf(username))) ? "111111" : "000000");
        assertTrue(page.query("code").isEmpty(), "a wrong code signed in: " + page.describe());
        String userId = realm.admin().users().search(username, true).get(0).getId();
        assertEquals(0, realm.admin().users().get(userId).getUserSessions().size(), "no session exists");
        assertNotEquals(null, userId);
    }

    private String phoneOf(String username) {
        return switch (username) {
            case "reset-same" -> "+12025550171";
            case "reset-fresh" -> "+12025550172";
            default -> throw new IllegalArgumentException(username);
        };
    }

    private String secondFactorIds(String userId) {
        List<CredentialRepresentation> credentials = realm.admin().users().get(userId).credentials();
        return credentials.stream().filter(c -> !CredentialRepresentation.PASSWORD.equals(c.getType()))
                .map(c -> c.getType() + ":" + c.getId()).sorted().toList().toString();
    }
}
