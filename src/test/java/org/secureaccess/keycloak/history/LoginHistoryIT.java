package org.secureaccess.keycloak.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.remote.timeoffset.InjectTimeOffSet;
import org.keycloak.testframework.remote.timeoffset.TimeOffSet;
import org.keycloak.util.JsonSerialization;
import org.secureaccess.keycloak.testsupport.BuildInfo;
import org.secureaccess.keycloak.testsupport.Chromium;
import org.secureaccess.keycloak.testsupport.DemoApp;
import org.secureaccess.keycloak.testsupport.FakeSmsGateway;
import org.secureaccess.keycloak.testsupport.LenientBruteForceRealmConfig;
import org.secureaccess.keycloak.testsupport.LoginPages;
import org.secureaccess.keycloak.testsupport.PageChecks;
import org.secureaccess.keycloak.testsupport.MailServerOutage;
import org.secureaccess.keycloak.testsupport.SecureAccessServerConfig;
import org.secureaccess.keycloak.testsupport.TestUsers;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;

/** The login history: what is recorded, the Online Security Information page, notices, APIs and retention. */
@KeycloakIntegrationTest(config = SecureAccessServerConfig.class)
class LoginHistoryIT {

    private static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
    private static final String SAFARI = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15";

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

    @BeforeEach
    void resetGateway() {
        sms.reset();
    }

    @Test
    void signInsFailuresAndLockoutsAreRecorded() throws Exception {
        String id = TestUsers.createWithPhone(realm, admin, "history-rows", "(202) 555-0201");
        LoginPages login = open();
        login.signIn("history-rows", "not-the-password");
        login.enterPassword(TestUsers.PASSWORD);
        String code = sms.lastCodeTo("+12025550201");
        login.enterCode(code.equals("000000") ? "111111" : "000000");
        login.enterCode(code).acknowledgeSecurityInformation();

        List<String> kinds = kinds(adminHistory(id));
        assertEquals(List.of("SIGN_IN", "CODE_WRONG", "CODE_SENT", "PASSWORD_WRONG"), kinds.subList(0, 4), "newest first: " + kinds);
        JsonNode signIn = adminHistory(id).get("items").get(0);
        assertEquals("pwd+sms", signIn.get("factor").asText());
        assertEquals("demo-app", signIn.get("client").asText());
        assertEquals("127.0.0.1", signIn.get("ipAddress").asText());
        assertTrue(signIn.get("device").asText().contains("Chrome"), signIn.toString());

        // Ten wrong codes in a row lock the second factor: recorded, and emailed once.
        mail.runCleanup();
        chromium.newContext("en-US", Chromium.DESKTOP_WIDTH);
        login = open();
        login.signIn("history-rows", TestUsers.PASSWORD);
        String next = sms.lastCodeTo("+12025550201");
        String wrong = next.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 10 && !"Sign-in is paused".equals(login.heading()); i++) {
            if (!login.has("#code") || login.fieldError("code").contains("can no longer be used")) {
                timeOffset.set(timeOffset.get() + 31);
                login.resendIgnoringCountdown();
                wrong = sms.lastCodeTo("+12025550201").equals("000000") ? "111111" : "000000";
            }
            login.enterCode(wrong);
        }
        assertEquals("Sign-in is paused", login.heading());
        assertTrue(kinds(adminHistory(id)).contains("LOCKED_OUT"));
        assertTrue(mail.waitForIncomingEmail(10_000, 1));
        assertTrue(subjects().contains("Secure Access Demo: sign-in paused after too many attempts"), subjects().toString());
    }

    @Test
    void theSecurityPageShowsThePreviousSignInAndTheFailuresSinceInEnglishAndSpanish() throws Exception {
        TestUsers.createWithPhone(realm, admin, "history-page", "(202) 555-0202");
        LoginPages login = open();
        login.signIn("history-page", TestUsers.PASSWORD).enterCode(sms.lastCodeTo("+12025550202"));
        assertEquals("Online Security Information", login.heading());
        assertFalse(login.has("#reset-login"), "signed in: \"This wasn't me\" is the way out, not \"start over\"");
        assertTrue(login.page().locator("#sa-previous").innerText().contains("This is your first sign-in"));
        login.acknowledgeSecurityInformation();

        chromium.newContext("es-ES", Chromium.DESKTOP_WIDTH);
        login = new LoginPages(chromium.page()).open(new DemoApp(realm.getBaseUrl()).authorizationUrl(Map.of("ui_locales", "es")));
        login.signIn("history-page", "wrong-password-1");
        login.enterPassword("wrong-password-2");
        login.enterPassword(TestUsers.PASSWORD).enterCode(sms.lastCodeTo("+12025550202"));
        assertEquals("Información de seguridad en línea", login.heading());
        assertTrue(login.page().locator("#sa-previous").innerText().contains("Contraseña y mensaje de texto"),
                login.page().locator("#sa-previous").innerText());
        String failures = login.page().locator("#sa-failures").innerText();
        assertTrue(failures.contains("Hubo 2 intentos fallidos"), failures);
        assertEquals(2, login.page().locator("#sa-recent tr.sa-row--failed").count(), "failed attempts are highlighted");
        assertTrue(login.page().locator("#sa-recent tbody tr").count() <= 10);
        login.acknowledgeSecurityInformation();
    }

    @Test
    void failuresBeyondTheTenNewestEventsStillCountFromThePreviousSignIn() throws Exception {
        TestUsers.createWithPhone(realm, admin, "history-many", "(202) 555-0210");
        signInWith(null, "history-many", "+12025550210");

        chromium.newContext("en-US", Chromium.DESKTOP_WIDTH);
        LoginPages login = open();
        login.signIn("history-many", "wrong-password-0");
        for (int i = 1; i < 11; i++) {
            login.enterPassword("wrong-password-" + i);
        }
        login.enterPassword(TestUsers.PASSWORD).enterCode(sms.lastCodeTo("+12025550210"));

        assertEquals("Online Security Information", login.heading());
        String previous = login.page().locator("#sa-previous").innerText();
        assertTrue(previous.contains("Password and text message"), "the sign-in before the 12 newest events: " + previous);
        String failures = login.page().locator("#sa-failures").innerText();
        assertTrue(failures.contains("There were 11 failed attempts"), failures);
        assertEquals(10, login.page().locator("#sa-recent tbody tr").count());
        login.acknowledgeSecurityInformation();
    }

    @Test
    void aScriptInTheUserAgentIsShownAsText() throws Exception {
        TestUsers.createWithPhone(realm, admin, "history-ua", "(202) 555-0203");
        Page page = chromium.newContextWithUserAgent("<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\"> " + FIREFOX);
        LoginPages login = new LoginPages(page).open(new DemoApp(realm.getBaseUrl()).authorizationUrl());
        login.signIn("history-ua", TestUsers.PASSWORD).enterCode(sms.lastCodeTo("+12025550203")).acknowledgeSecurityInformation();

        page = chromium.newContextWithUserAgent("<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\"> " + FIREFOX);
        login = new LoginPages(page).open(new DemoApp(realm.getBaseUrl()).authorizationUrl());
        login.signIn("history-ua", TestUsers.PASSWORD).enterCode(sms.lastCodeTo("+12025550203"));
        assertEquals("Online Security Information", login.heading());
        String shown = page.locator("#sa-recent code.sa-user-agent").first().textContent();
        assertTrue(shown.startsWith("<script>window.pwned=1</script><img src=x"), "the header is shown as text: " + shown);
        assertEquals(0, page.locator("#sa-recent script, #sa-recent img").count(), "no markup from the header");
        assertNull(page.evaluate("() => window.pwned === undefined ? null : window.pwned"), "nothing from the header ran");
    }

    @Test
    void notMeSignsOutEverySessionAndAsksForANewPassword() throws Exception {
        String id = TestUsers.createWithPhone(realm, admin, "history-not-me", "(202) 555-0204");
        LoginPages login = open();
        login.signIn("history-not-me", TestUsers.PASSWORD).enterCode(sms.lastCodeTo("+12025550204")).acknowledgeSecurityInformation();
        assertEquals(1, realm.admin().users().get(id).getUserSessions().size());

        chromium.newContext("en-US", Chromium.DESKTOP_WIDTH);
        login = open();
        login.signIn("history-not-me", TestUsers.PASSWORD).enterCode(sms.lastCodeTo("+12025550204"));
        login.submit("#sa-not-me");
        assertEquals(0, realm.admin().users().get(id).getUserSessions().size(), "every session is signed out");
        assertTrue(login.has("#password-new"), "a new password is asked for: " + login.heading());
        assertTrue(kinds(adminHistory(id)).contains("NOT_ME_REPORTED"));
    }

    @Test
    void aNewDeviceIsEmailedOnceAndTheNotMeLinkLastsTenDays() throws Exception {
        String id = TestUsers.createWithPhone(realm, admin, "history-device", "(202) 555-0205");
        signInWith(null, "history-device", "+12025550205");
        signInWith(FIREFOX, "history-device", "+12025550205");
        assertTrue(mail.waitForIncomingEmail(10_000, 1), "an email for the new device");
        assertEquals(List.of("Secure Access Demo: sign-in from a new device"), subjects());

        signInWith(FIREFOX, "history-device", "+12025550205");
        assertEquals(1, mail.getReceivedMessages().length, "not again for the same device");

        // The link works within ten days...
        String link = notMeLink(mail.getLastReceivedMessage());
        timeOffset.set(10 * 24 * 3600 - 3600);
        chromium.newContext("en-US", Chromium.DESKTOP_WIDTH);
        LoginPages page = new LoginPages(chromium.page()).open(link);
        assertEquals("Secure your account", page.heading());
        PageChecks.assertButtonsReadable(page.page(), "the \"This wasn't me\" confirmation");
        page.submit("#sa-not-me-confirm");
        assertTrue(page.has("#sa-not-me-done"), "it secures the account (NotMeLinkIT has the details): " + page.heading());
        assertFalse(page.has("#password-new"), "and never sets a password itself");
        assertEquals(0, realm.admin().users().get(id).getUserSessions().size());

        // ...and not after. (First clear the new-password step the link left pending.)
        org.keycloak.representations.idm.UserRepresentation user = realm.admin().users().get(id).toRepresentation();
        user.setRequiredActions(List.of());
        realm.admin().users().get(id).update(user);
        timeOffset.set(0);
        mail.runCleanup();
        signInWith(SAFARI, "history-device", "+12025550205");
        assertTrue(mail.waitForIncomingEmail(10_000, 1));
        String late = notMeLink(mail.getLastReceivedMessage());
        timeOffset.set(10 * 24 * 3600 + 3600);
        chromium.newContext("en-US", Chromium.DESKTOP_WIDTH);
        page = new LoginPages(chromium.page()).open(late);
        assertFalse(page.has("#sa-not-me-confirm"), "an expired link does nothing");
        assertTrue(page.mainText().toLowerCase().contains("expired") || page.mainText().contains("no longer valid"), page.mainText());
    }

    @Test
    void whileTheMailServerIsDownASignInFromANewDeviceCompletesIsRecordedAndTheNextNoticeGoesOnceItIsBack() throws Exception {
        String id = TestUsers.createWithPhone(realm, admin, "history-mail-down", "(202) 555-0208");
        signInWith(null, "history-mail-down", "+12025550208");
        try (MailServerOutage outage = MailServerOutage.begin(realm)) {
            // signInWith goes through the code and the Online Security Information page as always.
            signInWith(FIREFOX, "history-mail-down", "+12025550208");
            String warning = "Security notice NEW_DEVICE for user " + id + " not sent: EmailException";
            assertTrue(awaitServerLogLine(warning), "the notice that could not go is logged, without personal data: " + warning);
        }
        assertEquals(0, mail.getReceivedMessages().length, "nothing was sent while the mail server was down");
        assertEquals(List.of("SIGN_IN", "SIGN_IN"), kinds(adminHistory(id)).stream().filter("SIGN_IN"::equals).toList(),
                "both sign-ins are in the history");

        // That notice is not sent later (notices are not queued); the next one goes as soon as the server is back.
        signInWith(SAFARI, "history-mail-down", "+12025550208");
        assertTrue(mail.waitForIncomingEmail(10_000, 1), "the next new device is emailed");
        assertEquals(List.of("Secure Access Demo: sign-in from a new device"), subjects());
    }

    @Test
    void peopleReadOnlyTheirOwnHistoryAndAdministratorsNeedTheRole() throws Exception {
        String id = TestUsers.createWithPhone(realm, admin, "history-api", "(202) 555-0206");
        TestUsers.createWithPhone(realm, admin, "history-other", "(202) 555-0207");
        signInWith(null, "history-other", "+12025550207");

        DemoApp app = new DemoApp(realm.getBaseUrl());
        LoginPages login = new LoginPages(chromium.newContext("en-US", Chromium.DESKTOP_WIDTH)).open(app.authorizationUrl());
        login.signIn("history-api", TestUsers.PASSWORD).enterCode(sms.lastCodeTo("+12025550206")).acknowledgeSecurityInformation();
        DemoApp.Tokens tokens = app.awaitTokens();

        HttpResponse<String> mine = get(realm.getBaseUrl() + "/secure-access/login-history?max=5", tokens.rawAccessToken());
        assertEquals(200, mine.statusCode(), mine.body());
        JsonNode body = JsonSerialization.mapper.readTree(mine.body());
        assertEquals(5, body.get("max").asInt());
        assertTrue(body.get("items").size() >= 2);
        assertEquals(kinds(adminHistory(id)).subList(0, body.get("items").size()), kinds(body), "exactly the caller's rows");
        JsonNode first = JsonSerialization.mapper.readTree(get(realm.getBaseUrl() + "/secure-access/login-history?max=1", tokens.rawAccessToken()).body());
        assertEquals(1, first.get("items").size());
        assertTrue(first.get("hasMore").asBoolean(), first.toString());
        assertFalse(first.has("total"), "no count over all of a person's rows on their own API");
        JsonNode second = JsonSerialization.mapper.readTree(get(realm.getBaseUrl() + "/secure-access/login-history?first=1&max=1", tokens.rawAccessToken()).body());
        assertEquals(kinds(adminHistory(id)).get(1), kinds(second).get(0), "the next page starts where the first ended");
        assertEquals(401, get(realm.getBaseUrl() + "/secure-access/login-history", null).statusCode(), "no token");

        // A token without the account audience is refused.
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId("no-account-audience");
        client.setPublicClient(true);
        client.setFullScopeAllowed(false);
        client.setRedirectUris(List.of("http://localhost:*"));
        client.setAttributes(Map.of("pkce.code.challenge.method", "S256"));
        realm.admin().clients().create(client).close();
        realm.cleanup().add(r -> r.clients().findByClientId("no-account-audience").forEach(c -> r.clients().get(c.getId()).remove()));
        DemoApp other = new DemoApp(realm.getBaseUrl(), "no-account-audience");
        login.open(other.authorizationUrl());
        if (login.has("#sa-continue")) {
            login.acknowledgeSecurityInformation();
        }
        DemoApp.Tokens narrow = other.awaitTokens();
        assertFalse(narrow.accessToken().path("aud").toString().contains("account"), narrow.accessToken().toString());
        assertEquals(401, get(realm.getBaseUrl() + "/secure-access/login-history", narrow.rawAccessToken()).statusCode());

        // The admin API needs a realm-management role: the person's own token is not enough.
        String adminUrl = realm.getBaseUrl().replace("/realms/", "/admin/realms/") + "/secure-access-login-history/users/" + id;
        assertEquals(403, get(adminUrl, tokens.rawAccessToken()).statusCode());
        HttpResponse<String> csv = get(adminUrl + "/export.csv", admin.tokenManager().getAccessTokenString());
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("\"time\",\"kind\",\"success\",\"client\",\"ipAddress\",\"device\",\"factor\",\"userAgent\",\"attempts\"\r\n"), csv.body());
        assertTrue(csv.body().contains(",\"SIGN_IN\",\"true\",\"demo-app\",\"127.0.0.1\","), "every field quoted: " + csv.body());
    }

    @Test
    void retentionRemovesExactlyTheRowsPastTheCutOff() throws Exception {
        String id = TestUsers.createWithPhone(realm, admin, "history-retention", "(202) 555-0208");
        signInWith(null, "history-retention", "+12025550208");
        int before = adminHistory(id).get("total").asInt();
        assertTrue(before >= 2);

        // Newer rows, made 4 minutes later: when the older ones are 180 days and 2 minutes old, these are 2 minutes
        // short of 180 days. One retention run then has to remove exactly the older ones.
        timeOffset.set(240);
        signInWith(null, "history-retention", "+12025550208");
        int withNewer = adminHistory(id).get("total").asInt();
        assertTrue(withNewer > before, "the newer sign-in is recorded");
        timeOffset.set(180 * 24 * 3600 + 120);
        int afterRetention = awaitTotal(id, withNewer - before);
        assertEquals(withNewer - before, afterRetention, "past 180 days: removed; 2 minutes short of 180 days: kept");
    }

    /** Polls the person's row count until it is {@code expected} (the job runs every 2 s in the test server), or 15 s pass. */
    private int awaitTotal(String userId, int expected) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        int total = adminHistory(userId).get("total").asInt();
        while (total != expected && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            total = adminHistory(userId).get("total").asInt();
        }
        return total;
    }

    /** Polls this run's server log for a line containing {@code text}, for up to 10 s. */
    private static boolean awaitServerLogLine(String text) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        do {
            try (java.util.stream.Stream<String> lines = java.nio.file.Files.lines(BuildInfo.serverLog())) {
                if (lines.anyMatch(line -> line.contains(text))) {
                    return true;
                }
            }
            Thread.sleep(200);
        } while (System.currentTimeMillis() < deadline);
        return false;
    }

    private LoginPages open() throws Exception {
        return new LoginPages(chromium.page()).open(new DemoApp(realm.getBaseUrl()).authorizationUrl());
    }

    private void signInWith(String userAgent, String username, String number) throws Exception {
        Page page = userAgent == null ? chromium.newContext("en-US", Chromium.DESKTOP_WIDTH) : chromium.newContextWithUserAgent(userAgent);
        new LoginPages(page).open(new DemoApp(realm.getBaseUrl()).authorizationUrl())
                .signIn(username, TestUsers.PASSWORD).enterCode(sms.lastCodeTo(number)).acknowledgeSecurityInformation();
    }

    private JsonNode adminHistory(String userId) throws Exception {
        String url = realm.getBaseUrl().replace("/realms/", "/admin/realms/") + "/secure-access-login-history/users/" + userId + "?max=100";
        HttpResponse<String> response = get(url, admin.tokenManager().getAccessTokenString());
        assertEquals(200, response.statusCode(), response.body());
        return JsonSerialization.mapper.readTree(response.body());
    }

    private static List<String> kinds(JsonNode page) {
        List<String> kinds = new ArrayList<>();
        page.get("items").forEach(item -> kinds.add(item.get("kind").asText()));
        return kinds;
    }

    private List<String> subjects() throws Exception {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            subjects.add(message.getSubject());
        }
        return subjects;
    }

    private static String notMeLink(MimeMessage message) throws Exception {
        Object content = message.getContent();
        String text = content instanceof MimeMultipart multipart ? String.valueOf(multipart.getBodyPart(0).getContent()) : String.valueOf(content);
        Matcher link = Pattern.compile("(http://localhost:8080/realms/[^\\s\"<]+action-token[^\\s\"<]+)").matcher(text);
        assertTrue(link.find(), text);
        return link.group(1).replace("&amp;", "&");
    }

    private static HttpResponse<String> get(String url, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
