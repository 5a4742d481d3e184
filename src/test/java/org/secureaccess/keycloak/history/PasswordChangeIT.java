package org.secureaccess.keycloak.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.representations.idm.UserSessionRepresentation;
import org.secureaccess.keycloak.testsupport.DemoApp;
import org.secureaccess.keycloak.testsupport.FakeSmsGateway;
import org.secureaccess.keycloak.testsupport.HttpBrowser;
import org.secureaccess.keycloak.testsupport.HttpBrowser.Page;
import org.secureaccess.keycloak.testsupport.HttpSignIn;
import org.secureaccess.keycloak.testsupport.LenientBruteForceRealmConfig;
import org.secureaccess.keycloak.testsupport.SecureAccessServerConfig;
import org.secureaccess.keycloak.testsupport.TestUsers;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A new password ends every other session, online and offline, whatever the person ticks, and tells the email
 * and the phone on record: whoever knew the old password loses what it gave them, and the person hears of it.
 */
@KeycloakIntegrationTest(config = SecureAccessServerConfig.class)
class PasswordChangeIT {

    private static final String NEW_PASSWORD = "Another-Horse-Battery-2027";

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
    void aNewPasswordEndsEveryOtherSessionAndTellsTheEmailAndThePhone() throws Exception {
        String username = "password-change";
        String number = "+12025550232";
        String id = TestUsers.createWithPhone(realm, admin, username, "(202) 555-0232");

        DemoApp elsewhere = new DemoApp(realm.getBaseUrl());
        JsonNode elsewhereTokens = elsewhere.exchangeRaw(signIn(elsewhere, elsewhere.authorizationUrl(), username, number).code());
        DemoApp offline = new DemoApp(realm.getBaseUrl());
        JsonNode offlineTokens = offline.exchangeRaw(signIn(offline, withOfflineAccess(offline.authorizationUrl()), username, number).code());
        DemoApp here = new DemoApp(realm.getBaseUrl());
        SignedIn current = signIn(here, here.authorizationUrl(), username, number);
        here.exchangeRaw(current.code());
        sms.reset();
        mail.runCleanup();

        // The account console's "update password": kc_action=UPDATE_PASSWORD, leaving "sign out other devices" unticked.
        Page page = current.browser().open(here.authorizationUrl(Map.of("kc_action", "UPDATE_PASSWORD")));
        assertTrue(page.has("#password-new"), page.describe());
        page = current.browser().submit(page.form("form:has(#password-new)").with("password-new", NEW_PASSWORD)
                .with("password-confirm", NEW_PASSWORD).without("logout-sessions"));
        JsonNode hereTokens = here.exchangeRaw(HttpSignIn.authorizationCode(page));
        String currentSession = DemoApp.claims(hereTokens.get("access_token").asText()).get("sid").asText();

        assertEquals(400, elsewhere.tryRefresh(elsewhereTokens.get("refresh_token").asText()).statusCode(), "the other browser's session ended");
        assertEquals(400, offline.tryRefresh(offlineTokens.get("refresh_token").asText()).statusCode(), "the offline token is revoked");
        List<UserSessionRepresentation> sessions = realm.admin().users().get(id).getUserSessions();
        assertEquals(List.of(currentSession), sessions.stream().map(UserSessionRepresentation::getId).toList(), "only this session is left");
        String clientUuid = realm.admin().clients().findByClientId("demo-app").get(0).getId();
        assertEquals(0, realm.admin().users().get(id).getOfflineSessions(clientUuid).size());
        assertEquals(200, here.tryRefresh(hereTokens.get("refresh_token").asText()).statusCode(), "this session goes on");

        assertTrue(subjectsWithin(15_000).contains("Secure Access Demo: your password was changed"), "the email on record is told");
        FakeSmsGateway.Message text = sms.lastMessageTo(number);
        assertTrue(text.text().contains("password") && text.text().contains("Secure Access Demo"), text.text());
        assertNull(text.code(), "no code in the notice: " + text.text());
        assertFalse(text.text().contains("http") || text.text().matches("(?s).*\\d{4,}.*"), "no link and no number in the notice: " + text.text());
    }

    @Test
    void theTextIsInThePersonsLanguage() throws Exception {
        String username = "password-change-es";
        String number = "+12025550233";
        String id = TestUsers.createWithPhone(realm, admin, username, "(202) 555-0233");
        UserRepresentation user = realm.admin().users().get(id).toRepresentation();
        user.singleAttribute("locale", "es");
        realm.admin().users().get(id).update(user);

        DemoApp app = new DemoApp(realm.getBaseUrl());
        SignedIn current = signIn(app, app.authorizationUrl(), username, number);
        app.exchangeRaw(current.code());
        sms.reset();
        Page page = current.browser().open(app.authorizationUrl(Map.of("kc_action", "UPDATE_PASSWORD")));
        page = current.browser().submit(page.form("form:has(#password-new)").with("password-new", NEW_PASSWORD)
                .with("password-confirm", NEW_PASSWORD));
        HttpSignIn.authorizationCode(page);
        String text = sms.lastMessageTo(number).text();
        assertTrue(text.contains("contraseña"), "in Spanish: " + text);
    }

    @Test
    void anAdministratorsResetEndsEverySessionAndTellsThePerson() throws Exception {
        String username = "password-reset-by-admin";
        String number = "+12025550239";
        String id = TestUsers.createWithPhone(realm, admin, username, "(202) 555-0239");
        DemoApp app = new DemoApp(realm.getBaseUrl());
        JsonNode tokens = app.exchangeRaw(signIn(app, withOfflineAccess(app.authorizationUrl()), username, number).code());
        sms.reset();
        mail.runCleanup();

        org.keycloak.representations.idm.CredentialRepresentation password = new org.keycloak.representations.idm.CredentialRepresentation();
        password.setType("password");
        password.setValue(NEW_PASSWORD);
        password.setTemporary(true);
        realm.admin().users().get(id).resetPassword(password);

        assertEquals(400, app.tryRefresh(tokens.get("refresh_token").asText()).statusCode(), "the offline token is revoked");
        assertEquals(0, realm.admin().users().get(id).getUserSessions().size());
        assertTrue(subjectsWithin(15_000).contains("Secure Access Demo: your password was changed"));
        assertNull(sms.lastMessageTo(number).code(), sms.lastMessageTo(number).text());
    }

    private record SignedIn(HttpBrowser browser, String code) {
    }

    private SignedIn signIn(DemoApp app, String authorizationUrl, String username, String number) throws Exception {
        HttpSignIn signIn = new HttpSignIn(new HttpBrowser(realm.getBaseUrl()));
        Page page = signIn.signIn(authorizationUrl, username, TestUsers.PASSWORD);
        page = signIn.continueFromSecurityInformation(signIn.smsCode(page, sms.lastCodeTo(number)));
        return new SignedIn(signIn.browser(), HttpSignIn.authorizationCode(page));
    }

    private static String withOfflineAccess(String authorizationUrl) {
        return authorizationUrl.replace("scope=openid", "scope=openid%20offline_access");
    }

    private List<String> subjectsWithin(long millis) throws Exception {
        long deadline = System.currentTimeMillis() + millis;
        List<String> subjects = new ArrayList<>();
        do {
            subjects.clear();
            for (MimeMessage message : mail.getReceivedMessages()) {
                subjects.add(message.getSubject());
            }
            if (!subjects.isEmpty()) {
                return subjects;
            }
            Thread.sleep(200);
        } while (System.currentTimeMillis() < deadline);
        return subjects;
    }
}
