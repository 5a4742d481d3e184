package org.secureaccess.keycloak.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.remote.timeoffset.InjectTimeOffSet;
import org.keycloak.testframework.remote.timeoffset.TimeOffSet;
import org.secureaccess.keycloak.testsupport.DemoApp;
import org.secureaccess.keycloak.testsupport.FakeSmsGateway;
import org.secureaccess.keycloak.testsupport.HttpBrowser.Page;
import org.secureaccess.keycloak.testsupport.HttpSignIn;
import org.secureaccess.keycloak.testsupport.SecureAccessServerConfig;
import org.secureaccess.keycloak.testsupport.TestUsers;

/**
 * "I can't use any of these" in a password-reset flow, where the person is known from the emailed
 * link and has typed no password: the request and its wait work the same, and finishing it restarts
 * the sign-in without a session or a code for the application.
 */
@KeycloakIntegrationTest(config = SecureAccessServerConfig.class)
class RecoveryInResetFlowIT {

    static final Pattern RESET_LINK = Pattern.compile("(http://localhost:8080/realms/[^\\s\"<]+login-actions/action-token[^\\s\"<]+)");

    @InjectRealm(config = ResetFlowRealmConfig.class)
    ManagedRealm realm;

    @InjectAdminClient
    Keycloak admin;

    @InjectMailServer
    MailServer mail;

    @InjectTimeOffSet
    TimeOffSet timeOffset;

    private RecoverySteps steps;

    @BeforeEach
    void reset() {
        FakeSmsGateway.get().reset();
        mail.runCleanup();
        steps = new RecoverySteps(realm, admin, mail);
    }

    @AfterEach
    void clock() {
        timeOffset.set(0);
    }

    @Test
    void theWayBackWorksAfterTheEmailedLinkAndEndsWithoutASession() throws Exception {
        String id = TestUsers.createWithPhone(realm, admin, "reset-lost", "+12025550771");
        long requestedAfter;
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            HttpSignIn browser = steps.browser();
            Page secondFactor = throughTheEmailedLink(browser, app);
            Page choose = steps.lostEverything(browser, secondFactor);
            assertEquals("Get back into your account", choose.heading(), choose.describe());
            Page waiting = steps.press(browser, choose, "#sa-request-removal-form", "wait");
            requestedAfter = System.currentTimeMillis();
            assertEquals("Your request is waiting", waiting.heading(), waiting.describe());
            Page early = steps.handMade(browser, waiting, Map.of("action", "complete"));
            assertTrue(early.text().contains("The wait is not over yet"), early.describe());
        }
        assertTrue(steps.emailsTo("reset-lost").stream().anyMatch(e -> e.startsWith("Secure Access Demo: a request to remove your sign-in methods")),
                steps.emailsTo("reset-lost").toString());

        timeOffset.set(24 * 3600 + 5 - (int) ((System.currentTimeMillis() - requestedAfter) / 1000));
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            HttpSignIn browser = steps.browser();
            Page ready = steps.lostEverything(browser, throughTheEmailedLink(browser, app));
            assertEquals("The wait is over", ready.heading(), ready.describe());
            Page restarted = steps.press(browser, ready, "#sa-remove-methods-form", "complete");
            assertTrue(restarted.has("#username"), "back to the start of the sign-in: " + restarted.describe());
            assertTrue(restarted.text().contains("Your lost methods were removed. Sign in again and set up a new one."), restarted.text());
            assertFalse(restarted.query("code").isPresent());
        }
        assertEquals(List.of("password"), steps.credentialTypes(id));
        assertTrue(realm.admin().users().get(id).getUserSessions().isEmpty(), "no session came out of it");
    }

    /** "Forgot password?", the username, then the emailed link; returns the second-factor page it leads to. */
    private Page throughTheEmailedLink(HttpSignIn browser, DemoApp app) throws Exception {
        Page username = browser.open(app.authorizationUrl());
        Page forgot = browser.open(username.html().selectFirst("#sa-forgot-password").absUrl("href"));
        int before = steps.emailsTo("reset-lost").size();
        browser.browser().submit(forgot, "#kc-reset-password-form", Map.of("username", "reset-lost"));
        String link = null;
        long deadline = System.currentTimeMillis() + 15_000;
        while (link == null && System.currentTimeMillis() < deadline) {
            List<String> emails = steps.emailsTo("reset-lost");
            for (String email : emails.subList(Math.min(before, emails.size()), emails.size())) {
                Matcher found = RESET_LINK.matcher(email);
                if (found.find()) {
                    link = found.group(1).replace("&amp;", "&");
                }
            }
            Thread.sleep(200);
        }
        assertTrue(link != null, "a reset email: " + steps.emailsTo("reset-lost"));
        Page secondFactor = browser.open(link);
        assertEquals("Enter your security code", secondFactor.heading(), secondFactor.describe());
        return secondFactor;
    }
}
