package org.secureaccess.keycloak.history;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.secureaccess.keycloak.testsupport.Chromium;
import org.secureaccess.keycloak.testsupport.DemoApp;
import org.secureaccess.keycloak.testsupport.FakeSmsGateway;
import org.secureaccess.keycloak.testsupport.HttpBrowser;
import org.secureaccess.keycloak.testsupport.HttpBrowser.Page;
import org.secureaccess.keycloak.testsupport.HttpSignIn;
import org.secureaccess.keycloak.testsupport.LenientBruteForceRealmConfig;
import org.secureaccess.keycloak.testsupport.LoginPages;
import org.secureaccess.keycloak.testsupport.SecureAccessServerConfig;
import org.secureaccess.keycloak.testsupport.TestUsers;
import org.secureaccess.keycloak.testsupport.Totp;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * "This wasn't me" in a security email is a lock, not a key: whoever opens it (the person, or whoever reads
 * their email) ends every session and token, removes the second factors added since the reported event and
 * makes the next sign-in choose a new password after the second factor. It never sets a password or signs
 * anyone in.
 */
@KeycloakIntegrationTest(config = SecureAccessServerConfig.class)
class NotMeLinkIT {

    private static final String NEW_DEVICE_SUBJECT = "Secure Access Demo: sign-in from a new device";
    private static final String NEW_PASSWORD = "Another-Horse-Battery-2027";

    @RegisterExtension
    static Chromium chromium = new Chromium();

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
    void theLinkEndsEverythingRemovesTheIntrudersFactorAndNeverSignsAnyoneIn() throws Exception {
        String username = "not-me-link";
        String number = "+12025550231";
        String id = TestUsers.createWithPhone(realm, admin, username, "(202) 555-0231");

        // The person, in their own browser: one online session, and an application holding an offline token.
        DemoApp online = new DemoApp(realm.getBaseUrl());
        new LoginPages(chromium.newContext("en-US", Chromium.DESKTOP_WIDTH)).open(online.authorizationUrl())
                .signIn(username, TestUsers.PASSWORD).enterCode(sms.lastCodeTo(number)).acknowledgeSecurityInformation();
        JsonNode onlineTokens = online.exchangeRaw(online.awaitCallback().get("code"));
        DemoApp offline = new DemoApp(realm.getBaseUrl());
        new LoginPages(chromium.newContext("en-US", Chromium.DESKTOP_WIDTH)).open(withOfflineAccess(offline.authorizationUrl()))
                .signIn(username, TestUsers.PASSWORD).enterCode(sms.lastCodeTo(number)).acknowledgeSecurityInformation();
        JsonNode offlineTokens = offline.exchangeRaw(offline.awaitCallback().get("code"));
        assertEquals("Offline", DemoApp.claims(offlineTokens.get("refresh_token").asText()).get("typ").asText());

        // Someone else, with the password and a code, signs in from another device and adds an authenticator app.
        DemoApp intruderApp = new DemoApp(realm.getBaseUrl());
        HttpSignIn intruder = new HttpSignIn(new HttpBrowser(realm.getBaseUrl()));
        Page page = intruder.signIn(intruderApp.authorizationUrl(), username, TestUsers.PASSWORD);
        page = intruder.continueFromSecurityInformation(intruder.smsCode(page, sms.lastCodeTo(number)));
        JsonNode intruderTokens = intruderApp.exchangeRaw(HttpSignIn.authorizationCode(page));
        page = intruder.open(intruderApp.authorizationUrl(Map.of("kc_action", "CONFIGURE_TOTP")));
        assertTrue(page.has("#kc-totp-settings-form"), page.describe());
        String intruderSecret = page.form("#kc-totp-settings-form").fields().get("totpSecret");
        page = intruder.browser().submit(page.form("#kc-totp-settings-form").with("totp", Totp.now(intruderSecret))
                .with("userLabel", "Intruder's app").without("logout-sessions"));
        HttpSignIn.authorizationCode(page);
        assertEquals(List.of("otp", "password", "secure-access-phone"), credentialTypes(id));
        assertTrue(realm.admin().users().get(id).getUserSessions().size() >= 2, "the person's and the intruder's sessions");
        String clientUuid = realm.admin().clients().findByClientId("demo-app").get(0).getId();
        assertEquals(1, realm.admin().users().get(id).getOfflineSessions(clientUuid).size(), "the application's offline session");

        // The person reads the new-device email and opens its link in a fresh browser.
        String link = notMeLink(awaitMail(NEW_DEVICE_SUBJECT));
        HttpBrowser fresh = new HttpBrowser(realm.getBaseUrl());
        Page confirm = fresh.open(link);
        assertEquals("Secure your account", confirm.heading(), confirm.describe());
        assertFalse(confirm.has("#password-new"), "opening the link does nothing by itself");
        Page result = fresh.open(confirm.html().selectFirst("#sa-not-me-confirm").absUrl("href"));

        assertFalse(result.has("#password-new"), "the link must not lead to choosing a password: " + result.describe());
        assertFalse(result.query("code").isPresent(), "no application gets a code from the link: " + result.describe());
        assertTrue(fresh.cookie("KEYCLOAK_IDENTITY").isEmpty(), "the link signs nobody in");
        assertTrue(result.has("#sa-not-me-done"), result.describe());
        String said = result.text();
        assertTrue(said.contains("Intruder's app"), "the page names what was removed: " + said);
        assertTrue(said.contains("new password"), said);

        // Every session and token is dead, offline ones included.
        assertEquals(0, realm.admin().users().get(id).getUserSessions().size(), "every online session ended");
        assertEquals(0, realm.admin().users().get(id).getOfflineSessions(clientUuid).size(), "every offline session ended");
        assertEquals(400, online.tryRefresh(onlineTokens.get("refresh_token").asText()).statusCode());
        assertEquals(400, offline.tryRefresh(offlineTokens.get("refresh_token").asText()).statusCode(), "the offline token is revoked");
        assertEquals(400, intruderApp.tryRefresh(intruderTokens.get("refresh_token").asText()).statusCode());
        assertEquals(401, userInfo(onlineTokens.get("access_token").asText()), "an access token issued before no longer works");
        assertEquals(401, userInfo(offlineTokens.get("access_token").asText()));

        // The factor added after the reported sign-in is gone; the one from before stays.
        assertEquals(List.of("password", "secure-access-phone"), credentialTypes(id));
        assertTrue(realm.admin().users().get(id).toRepresentation().getRequiredActions().contains("UPDATE_PASSWORD"));

        // Single use.
        Page again = new HttpBrowser(realm.getBaseUrl()).open(link);
        assertFalse(again.has("#sa-not-me-confirm"), "a used link offers nothing: " + again.describe());
        Page replay = new HttpBrowser(realm.getBaseUrl()).open(confirm.html().selectFirst("#sa-not-me-confirm").absUrl("href"));
        assertFalse(replay.has("#sa-not-me-done"), "the confirmation cannot be replayed: " + replay.describe());

        // The next sign-in asks for the second factor first, then for a new password.
        DemoApp next = new DemoApp(realm.getBaseUrl());
        HttpSignIn person = new HttpSignIn(new HttpBrowser(realm.getBaseUrl()));
        page = person.signIn(next.authorizationUrl(), username, TestUsers.PASSWORD);
        assertTrue(page.has("#sa-sms-code-form"), "the password alone is not enough: " + page.describe());
        assertFalse(page.has("#password-new"));
        page = person.continueFromSecurityInformation(person.smsCode(page, sms.lastCodeTo(number)));
        assertTrue(page.has("#password-new"), "then a new password: " + page.describe());
        page = person.browser().submit(page, null, Map.of("password-new", NEW_PASSWORD, "password-confirm", NEW_PASSWORD));
        next.exchange(HttpSignIn.authorizationCode(page));
    }

    /**
     * Someone who changed the phone replaced the person's only second factor. Removing theirs leaves none; the
     * next sign-in would then let whoever knows the password enrol a phone of their own, so the account is paused.
     */
    @Test
    void whenNoSecondFactorIsLeftTheAccountIsPausedRatherThanLeftOpen() throws Exception {
        String username = "not-me-paused";
        String id = TestUsers.createWithPhone(realm, admin, username, "(202) 555-0235");
        DemoApp app = new DemoApp(realm.getBaseUrl());
        HttpSignIn intruder = new HttpSignIn(new HttpBrowser(realm.getBaseUrl()));
        Page page = intruder.signIn(app.authorizationUrl(), username, TestUsers.PASSWORD);
        HttpSignIn.authorizationCode(intruder.continueFromSecurityInformation(intruder.smsCode(page, sms.lastCodeTo("+12025550235"))));
        page = intruder.open(app.authorizationUrl(Map.of("kc_action", "secure-access-phone")));
        page = intruder.browser().submit(page, "#sa-phone-form", Map.of("phoneNumber", "(202) 555-0236"));
        page = intruder.browser().submit(page, "#sa-phone-verify-form", Map.of("code", sms.lastCodeTo("+12025550236")));
        HttpSignIn.authorizationCode(page);
        assertEquals(List.of("password", "secure-access-phone"), credentialTypes(id));

        HttpBrowser fresh = new HttpBrowser(realm.getBaseUrl());
        Page confirm = fresh.open(notMeLink(awaitMail("Secure Access Demo: your phone for security codes was changed")));
        Page result = fresh.open(confirm.html().selectFirst("#sa-not-me-confirm").absUrl("href"));
        assertTrue(result.has("#sa-not-me-paused"), result.describe());
        assertTrue(result.text().contains("Phone for text messages"), result.text());
        assertEquals(List.of("password"), credentialTypes(id));
        assertFalse(realm.admin().users().get(id).toRepresentation().isEnabled(), "paused");

        page = new HttpSignIn(new HttpBrowser(realm.getBaseUrl())).signIn(new DemoApp(realm.getBaseUrl()).authorizationUrl(), username, TestUsers.PASSWORD);
        assertFalse(page.has("#sa-phone-form") || page.has("#sa-sms-code-form") || page.query("code").isPresent(),
                "the password alone leads nowhere: " + page.describe());
    }

    /**
     * "This wasn't me" on Online Security Information, during a sign-in that has just passed a texted code: the
     * app someone added in another session goes, the phone just used stays, that session ends, and this sign-in
     * goes on to a new password.
     */
    @Test
    void theSecurityPageButtonRemovesWhatWasAddedSinceThePreviousSignInButNotTheFactorJustUsed() throws Exception {
        String username = "not-me-button";
        String number = "+12025550238";
        String id = TestUsers.createWithPhone(realm, admin, username, "(202) 555-0238");
        DemoApp other = new DemoApp(realm.getBaseUrl());
        HttpSignIn intruder = new HttpSignIn(new HttpBrowser(realm.getBaseUrl()));
        Page page = intruder.signIn(other.authorizationUrl(), username, TestUsers.PASSWORD);
        JsonNode otherTokens = other.exchangeRaw(HttpSignIn.authorizationCode(intruder.continueFromSecurityInformation(
                intruder.smsCode(page, sms.lastCodeTo(number)))));
        page = intruder.open(other.authorizationUrl(Map.of("kc_action", "CONFIGURE_TOTP")));
        String secret = page.form("#kc-totp-settings-form").fields().get("totpSecret");
        HttpSignIn.authorizationCode(intruder.browser().submit(page.form("#kc-totp-settings-form").with("totp", Totp.now(secret))
                .with("userLabel", "Added elsewhere").without("logout-sessions")));
        assertEquals(List.of("otp", "password", "secure-access-phone"), credentialTypes(id));

        DemoApp app = new DemoApp(realm.getBaseUrl());
        HttpSignIn person = new HttpSignIn(new HttpBrowser(realm.getBaseUrl()));
        page = person.signIn(app.authorizationUrl(), username, TestUsers.PASSWORD);
        page = person.smsCode(page, sms.lastCodeTo(number));
        page = person.browser().submit(page, "#sa-not-me-form", Map.of("not-me", "true"));
        assertTrue(page.has("#password-new"), "a new password now, the second factor just passed: " + page.describe());
        assertEquals(List.of("password", "secure-access-phone"), credentialTypes(id), "the app goes, the phone just used stays");
        assertEquals(400, other.tryRefresh(otherTokens.get("refresh_token").asText()).statusCode(), "the other session ended");
        page = person.browser().submit(page, null, Map.of("password-new", NEW_PASSWORD, "password-confirm", NEW_PASSWORD));
        app.exchange(HttpSignIn.authorizationCode(page));
    }

    private static String withOfflineAccess(String authorizationUrl) {
        return authorizationUrl.replace("scope=openid", "scope=openid%20offline_access");
    }

    private List<String> credentialTypes(String userId) {
        return realm.admin().users().get(userId).credentials().stream().map(CredentialRepresentation::getType).sorted().toList();
    }

    private int userInfo(String accessToken) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(realm.getBaseUrl() + "/protocol/openid-connect/userinfo"))
                        .header("Authorization", "Bearer " + accessToken).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode();
    }

    private MimeMessage awaitMail(String subject) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        List<String> seen = new ArrayList<>();
        while (System.currentTimeMillis() < deadline) {
            seen.clear();
            for (MimeMessage message : mail.getReceivedMessages()) {
                seen.add(message.getSubject());
                if (subject.equals(message.getSubject())) {
                    return message;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No email \"" + subject + "\"; received " + seen);
    }

    static String notMeLink(MimeMessage message) throws Exception {
        Object content = message.getContent();
        String text = content instanceof MimeMultipart multipart ? String.valueOf(multipart.getBodyPart(0).getContent()) : String.valueOf(content);
        Matcher link = Pattern.compile("(http://localhost:8080/realms/[^\\s\"<]+action-token[^\\s\"<]+)").matcher(text);
        assertTrue(link.find(), text);
        return link.group(1).replace("&amp;", "&");
    }
}
