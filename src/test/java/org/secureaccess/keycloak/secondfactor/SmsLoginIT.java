package org.secureaccess.keycloak.secondfactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.remote.timeoffset.InjectTimeOffSet;
import org.keycloak.testframework.remote.timeoffset.TimeOffSet;
import org.secureaccess.keycloak.testsupport.Chromium;
import org.secureaccess.keycloak.testsupport.DemoApp;
import org.secureaccess.keycloak.testsupport.LenientBruteForceRealmConfig;
import org.secureaccess.keycloak.testsupport.FakeSmsGateway;
import org.secureaccess.keycloak.testsupport.LoginPages;
import org.secureaccess.keycloak.testsupport.RealClock;
import org.secureaccess.keycloak.testsupport.SecureAccessServerConfig;
import org.secureaccess.keycloak.testsupport.TestUsers;

import com.fasterxml.jackson.databind.JsonNode;

/** Signing in with a texted code, end to end: real pages in Chromium, real HTTP to a fake gateway, real tokens. */
@KeycloakIntegrationTest(config = SecureAccessServerConfig.class)
class SmsLoginIT {

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
    void resetGateway() {
        sms.reset();
    }

    @Test
    void signsInWithATextedCodeAndTheTokensSaySo() throws Exception {
        TestUsers.createWithPhone(realm, admin, "sms-login", "(202) 555-0101");
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            LoginPages login = new LoginPages(chromium.page()).open(app.authorizationUrl()).signIn("sms-login", TestUsers.PASSWORD);

            assertEquals("Enter your security code", login.heading());
            assertTrue(login.mainText().contains("(•••) •••-0101"), login.mainText());
            FakeSmsGateway.Message text = sms.lastMessageTo("+12025550101");
            String code = text.code();
            assertEquals(6, code.length());
            assertTrue(text.text().startsWith("Secure Access Demo: your security code is " + code), text.text());
            assertTrue(text.text().contains("Never share this code"), text.text());
            assertTrue(text.text().endsWith("\n\n@localhost #" + code), "Web OTP line last: " + text.text());

            login.enterCode(code).acknowledgeSecurityInformation();
            DemoApp.Tokens tokens = app.awaitTokens();
            assertEquals(List.of("pwd", "sms"), strings(tokens.idToken().get("amr")));
            assertEquals("urn:secure-access:acr:mfa", tokens.idToken().get("acr").asText());
            // Verified by an earlier process: said so, with no name asserted (the profile's names are the person's to edit).
            assertEquals("prior", tokens.idToken().at("/verified_claims/verification/verification_process").asText(), tokens.idToken().toString());
            assertEquals(0, tokens.idToken().at("/verified_claims/claims").size(), tokens.idToken().toString());
        }
    }

    @Test
    void refreshingTheCodePageSendsNoSecondText() throws Exception {
        TestUsers.createWithPhone(realm, admin, "sms-refresh", "(202) 555-0102");
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            LoginPages login = new LoginPages(chromium.page()).open(app.authorizationUrl()).signIn("sms-refresh", TestUsers.PASSWORD);
            String code = sms.lastCodeTo("+12025550102");
            login.reload().reload().reload();
            assertEquals("Enter your security code", login.heading());
            assertEquals(1, sms.messagesTo("+12025550102").size(), "a refresh never sends another text");

            login.enterCode(code).acknowledgeSecurityInformation();
            assertTrue(app.awaitCallback().containsKey("code"));
        }
    }

    @Test
    void theFifthWrongEntryVoidsTheCode() throws Exception {
        TestUsers.createWithPhone(realm, admin, "sms-wrong", "(202) 555-0103");
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            LoginPages login = new LoginPages(chromium.page()).open(app.authorizationUrl()).signIn("sms-wrong", TestUsers.PASSWORD);
            String code = sms.lastCodeTo("+12025550103");
            String wrong = code.equals("000000") ? "111111" : "000000";

            for (int left = 4; left >= 1; left--) {
                login.enterCode(wrong);
                assertEquals("Error: That code is not correct. Check the text message and try again. Tries left for this code: " + left + ".",
                        login.fieldError("code"));
                assertEquals("true", login.page().locator("#code").getAttribute("aria-invalid"));
            }
            login.enterCode(wrong);
            assertTrue(login.fieldError("code").contains("can no longer be used"), login.fieldError("code"));
            login.enterCode(code);
            assertTrue(login.fieldError("code").contains("can no longer be used"), "the right code is void after five wrong entries");
        }
    }

    @Test
    void aNewCodeNeedsTheWaitAndVoidsTheOldOne() throws Exception {
        TestUsers.createWithPhone(realm, admin, "sms-resend", "(202) 555-0104");
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            LoginPages login = new LoginPages(chromium.page()).open(app.authorizationUrl()).enterUsername("sms-resend");
            long sentNotBefore = System.currentTimeMillis();
            login.enterPassword(TestUsers.PASSWORD);
            String first = sms.lastCodeTo("+12025550104");
            long sentNotAfter = sms.lastMessageTo("+12025550104").receivedAtMillis();

            assertEquals("true", login.page().locator("#sa-resend").getAttribute("aria-disabled"), "the countdown holds the button");
            login.resendIgnoringCountdown();
            assertTrue(login.message().startsWith("Please wait"), login.message());
            assertEquals(1, sms.messagesTo("+12025550104").size());

            // The 30 s wait counts from the text: 5 s before it is over still too soon, 5 s after a new code goes.
            timeOffset.set(RealClock.justBefore(0, sentNotBefore, 30));
            login.resendIgnoringCountdown();
            assertTrue(login.message().startsWith("Please wait"), login.message());
            assertEquals(1, sms.messagesTo("+12025550104").size(), "5 s before the wait is over is still too soon");

            timeOffset.set(RealClock.justAfter(0, sentNotAfter, 30));
            login.resendIgnoringCountdown();
            assertEquals(2, sms.messagesTo("+12025550104").size(), "5 s after the wait a new code goes");
            assertTrue(login.message().contains("We sent a new code to (•••) •••-0104"), login.message());
            String second = sms.lastCodeTo("+12025550104");

            if (!first.equals(second)) {
                login.enterCode(first);
                assertTrue(login.fieldError("code").contains("That code is not correct"), "the old code is void");
            }
            login.enterCode(second).acknowledgeSecurityInformation();
            assertTrue(app.awaitCallback().containsKey("code"));
        }
    }

    @Test
    void aTextedCodeWorksUntilTenMinutesAfterItWasSent() throws Exception {
        TestUsers.createWithPhone(realm, admin, "sms-lifetime", "(202) 555-0106");
        int lifetime = 600;
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            LoginPages login = new LoginPages(chromium.page()).open(app.authorizationUrl()).signIn("sms-lifetime", TestUsers.PASSWORD);
            long firstIssuedNotAfter = System.currentTimeMillis();
            String first = sms.lastCodeTo("+12025550106");

            int offset = RealClock.justAfter(0, firstIssuedNotAfter, lifetime);
            timeOffset.set(offset);
            login.enterCode(first);
            assertTrue(login.fieldError("code").contains("That code has expired"), "5 s after ten minutes: " + login.fieldError("code"));

            login.resendIgnoringCountdown();
            assertEquals(2, sms.messagesTo("+12025550106").size());
            String second = sms.lastCodeTo("+12025550106");
            // The code is stored once the gateway has taken the text, so the gateway's receipt is no later than its start.
            long secondIssuedNotBefore = sms.lastMessageTo("+12025550106").receivedAtMillis();
            timeOffset.set(RealClock.justBefore(offset, secondIssuedNotBefore, lifetime));
            login.enterCode(second).acknowledgeSecurityInformation();
            assertTrue(app.awaitCallback().containsKey("code"), "5 s before ten minutes the code signs in");
        }
    }

    @Test
    void pagesAndTextAreInSpanish() throws Exception {
        TestUsers.createWithPhone(realm, admin, "sms-es", "(202) 555-0105");
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            LoginPages login = new LoginPages(chromium.page())
                    .open(app.authorizationUrl(Map.of("ui_locales", "es")))
                    .signIn("sms-es", TestUsers.PASSWORD);
            assertEquals("Escriba su código de seguridad", login.heading());
            assertEquals("es", login.page().locator("html").getAttribute("lang"));
            String text = sms.lastMessageTo("+12025550105").text();
            assertTrue(text.contains("su código de seguridad es"), text);
            assertTrue(text.contains("Nunca comparta este código"), text);
            assertNotNull(sms.lastCodeTo("+12025550105"));
        }
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
