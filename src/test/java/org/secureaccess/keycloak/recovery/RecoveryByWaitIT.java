package org.secureaccess.keycloak.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

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
import org.secureaccess.keycloak.testsupport.FakeLetterService;
import org.secureaccess.keycloak.testsupport.FakeSmsGateway;
import org.secureaccess.keycloak.testsupport.HttpBrowser.Page;
import org.secureaccess.keycloak.testsupport.HttpSignIn;
import org.secureaccess.keycloak.testsupport.LenientBruteForceRealmConfig;
import org.secureaccess.keycloak.testsupport.RealClock;
import org.secureaccess.keycloak.testsupport.SecureAccessServerConfig;
import org.secureaccess.keycloak.testsupport.TestUsers;

/**
 * "I can't use any of these" for a person our proofing did not verify: a 24-hour wait with an email
 * and a text at the request, an email when it ends, and a cancel link in each. The wait is held at
 * its edge with Keycloak's clock (refused 5 s before, allowed 5 s after), and nothing but the wait
 * (no parameter, no email link) lets anyone remove the second factors.
 */
@KeycloakIntegrationTest(config = SecureAccessServerConfig.class)
class RecoveryByWaitIT {

    static final int WAIT_SECONDS = 24 * 3600;

    @InjectRealm(config = LenientBruteForceRealmConfig.class)
    ManagedRealm realm;

    @InjectAdminClient
    Keycloak admin;

    @InjectMailServer
    MailServer mail;

    @InjectTimeOffSet
    TimeOffSet timeOffset;

    private final FakeSmsGateway sms = FakeSmsGateway.get();
    private RecoverySteps steps;

    @BeforeEach
    void reset() {
        sms.reset();
        FakeLetterService.get().reset();
        mail.runCleanup();
        steps = new RecoverySteps(realm, admin, mail);
    }

    @AfterEach
    void clock() {
        timeOffset.set(0);
    }

    @Test
    void theWaitHoldsAtItsEdgeThenTheLostMethodsAreRemovedAndANewOneIsSetUp() throws Exception {
        String id = TestUsers.createWithPhone(realm, admin, "wait-edge", "+12025550701");
        // Two other people's requests tell when the job that emails "the wait is over" has run since the clock moved:
        // one asked 30 s earlier by Keycloak's clock (due before this person's), one 30 s later (due after it).
        TestUsers.createWithPhone(realm, admin, "wait-edge-earlier", "+12025550703");
        TestUsers.createWithPhone(realm, admin, "wait-edge-later", "+12025550704");
        timeOffset.set(-30);
        request("wait-edge-earlier");
        timeOffset.set(0);
        long requestedBefore;
        long requestedAfter;
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            HttpSignIn browser = steps.browser();
            Page choose = steps.lostEverything(browser, steps.toSecondFactor(browser, app, "wait-edge"));
            assertEquals("Get back into your account", choose.heading(), choose.describe());
            assertTrue(choose.has("#sa-request-removal-form"), "a person our proofing did not verify is offered the wait");
            assertFalse(choose.has("#sa-mail-code-form"), "and no letter");
            assertTrue(choose.text().contains("We wait 24 hours"), choose.text());
            assertTrue(choose.text().contains("(•••) •••-0701"), "says which phone is texted: " + choose.text());

            sms.reset();
            requestedBefore = System.currentTimeMillis();
            Page waiting = steps.press(browser, choose, "#sa-request-removal-form", "wait");
            requestedAfter = System.currentTimeMillis();
            assertEquals("Your request is waiting", waiting.heading(), waiting.describe());
            assertTrue(waiting.has("#sa-wait-ends time[datetime]"), "the page says when the wait ends");
            assertFalse(waiting.has("#sa-remove-methods-form"), "and offers no way to finish yet");

            // Someone with the password and the email tries to finish at once: refused, whatever the form says.
            Page early = steps.handMade(browser, waiting, Map.of("action", "complete", "readyAt", "0", "skipWait", "true"));
            assertEquals("Your request is waiting", early.heading());
            assertTrue(early.text().contains("The wait is not over yet"), early.text());
        }

        timeOffset.set(30);
        request("wait-edge-later");
        timeOffset.set(0);

        String requestEmail = steps.awaitEmails("wait-edge", 1).get(0);
        assertTrue(requestEmail.startsWith("Secure Access Demo: a request to remove your sign-in methods"), requestEmail);
        RecoverySteps.cancelLink(requestEmail);
        FakeSmsGateway.Message text = sms.lastMessageTo("+12025550701");
        assertTrue(text.text().startsWith("Secure Access Demo: someone asked to remove the sign-in methods of your account"), text.text());
        RecoverySteps.cancelLink(text.text());
        assertEquals(List.of("password", "secure-access-phone"), steps.credentialTypes(id));

        // 5 s before the wait ends (Keycloak's clock): still waiting, and no "wait is over" email.
        timeOffset.set(RealClock.justBefore(0, requestedBefore, WAIT_SECONDS));
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            HttpSignIn browser = steps.browser();
            Page waiting = steps.lostEverything(browser, steps.toSecondFactor(browser, app, "wait-edge"));
            assertEquals("Your request is waiting", waiting.heading(), waiting.describe());
            Page refused = steps.handMade(browser, waiting, Map.of("action", "complete"));
            assertTrue(refused.text().contains("The wait is not over yet"), "refused 5 s before the end: " + refused.describe());
        }
        assertEquals(List.of("password", "secure-access-phone"), steps.credentialTypes(id), "nothing removed before the wait ends");
        assertTrue(steps.awaitEmails("wait-edge-earlier", 2).get(1).startsWith("Secure Access Demo: the wait is over"),
                "the job has run at this time: the earlier request's wait is over");
        assertEquals(1, steps.emailsTo("wait-edge").size(), "no 'wait is over' email before it is: " + steps.emailsTo("wait-edge"));

        // 5 s after: the email comes, once, and the person may finish.
        int offset = RealClock.justAfter(0, requestedAfter, WAIT_SECONDS);
        timeOffset.set(offset);
        String waitOver = steps.awaitEmails("wait-edge", 2).get(1);
        assertTrue(waitOver.startsWith("Secure Access Demo: the wait is over"), waitOver);
        RecoverySteps.cancelLink(waitOver);
        assertEquals(1, steps.emailsTo("wait-edge-later").size(), "the later request is not due yet");
        timeOffset.set(offset + 60);
        steps.awaitEmails("wait-edge-later", 2);
        assertEquals(2, steps.emailsTo("wait-edge").size(), "the job ran again, and the 'wait is over' email went out once: "
                + steps.emailsTo("wait-edge"));

        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            HttpSignIn browser = steps.browser();
            Page ready = steps.lostEverything(browser, steps.toSecondFactor(browser, app, "wait-edge"));
            assertEquals("The wait is over", ready.heading(), ready.describe());
            Page restarted = steps.press(browser, ready, "#sa-remove-methods-form", "complete");
            assertTrue(restarted.has("#kc-form-login") && restarted.has("#username"), "the sign-in starts again: " + restarted.describe());
            assertTrue(restarted.text().contains("Your lost methods were removed. Sign in again and set up a new one."), restarted.text());
            assertFalse(restarted.query("code").isPresent(), "no code for the application");
        }
        assertEquals(List.of("password"), steps.credentialTypes(id), "every second factor is gone, the password stays");
        List<String> history = steps.historyKinds(id);
        assertTrue(history.containsAll(List.of("RECOVERY_REQUESTED", "SECOND_FACTORS_REMOVED")), history.toString());
        String removed = steps.awaitEmails("wait-edge", 3).get(2);
        assertTrue(removed.startsWith("Secure Access Demo: your sign-in methods were removed"), removed);

        // Signing in again is signing in as a new account: the password, then a new phone.
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            HttpSignIn browser = steps.browser();
            Page enrol = steps.toSecondFactor(browser, app, "wait-edge");
            String code = steps.enrolPhoneAndFinish(browser, enrol, "+12025550702");
            DemoApp.Tokens tokens = app.exchange(code);
            assertEquals("wait-edge", tokens.idToken().get("preferred_username").asText());
        }
        assertEquals(List.of("password", "secure-access-phone"), steps.credentialTypes(id));
    }

    @Test
    void theEmailLinkShowsWhatItDoesAndOnlyItsPostCancels() throws Exception {
        String id = TestUsers.createWithPhone(realm, admin, "wait-email-cancel", "+12025550711");
        long requestedAfter = request("wait-email-cancel");
        String link = RecoverySteps.cancelLink(steps.awaitEmails("wait-email-cancel", 1).get(0));

        HttpSignIn stranger = steps.browser();
        Page confirm = stranger.open(link);
        assertEquals("Cancel the request?", confirm.heading(), confirm.describe());
        assertEquals("Cancel the request?", stranger.open(link).heading(), "opening it again changes nothing");
        assertEquals("Your request is waiting", pageAfterLostLink("wait-email-cancel").heading(), "a GET never cancels");

        Page cancelled = stranger.browser().submit(confirm.form("#sa-recovery-cancel-form"));
        assertEquals("Request cancelled", cancelled.heading(), cancelled.describe());
        assertEquals("This link no longer works", stranger.browser().submit(confirm.form("#sa-recovery-cancel-form")).heading(),
                "the link works once");
        List<String> emails = steps.awaitEmails("wait-email-cancel", 2);
        assertTrue(emails.get(1).startsWith("Secure Access Demo: the request to remove your sign-in methods was cancelled"), emails.get(1));
        assertTrue(steps.historyKinds(id).contains("RECOVERY_CANCELLED"));

        // Past the wait, the cancelled request finishes nothing.
        timeOffset.set(RealClock.justAfter(0, requestedAfter, WAIT_SECONDS));
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            HttpSignIn browser = steps.browser();
            Page choose = steps.lostEverything(browser, steps.toSecondFactor(browser, app, "wait-email-cancel"));
            assertEquals("Get back into your account", choose.heading(), "no request is pending: " + choose.describe());
            Page refused = steps.handMade(browser, choose, Map.of("action", "complete"));
            assertTrue(refused.text().contains("This request has ended"), refused.describe());
        }
        assertEquals(List.of("password", "secure-access-phone"), steps.credentialTypes(id));
    }

    @Test
    void theTextLinkCancelsOnlyByPostAndNotTwice() throws Exception {
        String id = TestUsers.createWithPhone(realm, admin, "wait-text-cancel", "+12025550721");
        request("wait-text-cancel");
        String textLink = RecoverySteps.cancelLink(sms.lastMessageTo("+12025550721").text());
        String emailLink = RecoverySteps.cancelLink(steps.awaitEmails("wait-text-cancel", 1).get(0));

        HttpSignIn phone = steps.browser();
        Page confirm = phone.open(textLink);
        phone.open(textLink);
        assertEquals("Cancel the request?", confirm.heading(), confirm.describe());
        assertEquals("Your request is waiting", pageAfterLostLink("wait-text-cancel").heading(), "link scanners that GET never cancel");

        assertEquals("Request cancelled", phone.browser().submit(confirm.form("#sa-recovery-cancel-form")).heading());
        assertEquals("This link no longer works", steps.browser().open(emailLink).heading(), "the request's other links are spent too");
        assertEquals("Get back into your account", pageAfterLostLink("wait-text-cancel").heading());
        assertTrue(steps.historyKinds(id).contains("RECOVERY_CANCELLED"));
    }

    @Test
    void aSignInWithAWorkingSecondFactorCancelsThePendingRequest() throws Exception {
        String id = TestUsers.createWithPhone(realm, admin, "wait-sign-in", "+12025550731");
        request("wait-sign-in");
        String link = RecoverySteps.cancelLink(steps.awaitEmails("wait-sign-in", 1).get(0));

        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            HttpSignIn browser = steps.browser();
            steps.finishWithTextedCode(browser, steps.toSecondFactor(browser, app, "wait-sign-in"), "+12025550731");
        }
        List<String> emails = steps.awaitEmails("wait-sign-in", 2);
        assertTrue(emails.get(1).startsWith("Secure Access Demo: the request to remove your sign-in methods was cancelled"), emails.toString());
        assertEquals("This link no longer works", steps.browser().open(link).heading());
        assertEquals("Get back into your account", pageAfterLostLink("wait-sign-in").heading());
        assertTrue(steps.historyKinds(id).contains("RECOVERY_CANCELLED"));
    }

    @Test
    void emailAccessAloneNeverRemovesAnything() throws Exception {
        String id = TestUsers.createWithPhone(realm, admin, "wait-email-only", "+12025550741");
        long requestedAfter = request("wait-email-only");
        steps.awaitEmails("wait-email-only", 1);

        // Past the wait, someone holding only the mailbox has the "wait is over" email: it carries no way to
        // finish, and its link, whatever is posted to it, can only cancel.
        timeOffset.set(RealClock.justAfter(0, requestedAfter, WAIT_SECONDS));
        String waitOver = steps.awaitEmails("wait-email-only", 2).get(1);
        assertFalse(waitOver.contains("login-actions") || waitOver.contains("action-token"), "no way to finish in it: " + waitOver);
        HttpSignIn mailboxOnly = steps.browser();
        Page confirm = mailboxOnly.open(RecoverySteps.cancelLink(waitOver));
        Page answer = mailboxOnly.browser().submit(confirm.form("#sa-recovery-cancel-form").with("action", "complete").with("remove", "true"));
        assertEquals("Request cancelled", answer.heading(), answer.describe());
        assertEquals(List.of("password", "secure-access-phone"), steps.credentialTypes(id), "nothing was removed");

        // With the password too, no parameter finishes a request that is not there, and a person our proofing
        // did not verify gets no letter, however the form is made.
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            HttpSignIn browser = steps.browser();
            Page choose = steps.lostEverything(browser, steps.toSecondFactor(browser, app, "wait-email-only"));
            for (Map<String, String> fields : List.of(Map.of("action", "complete"), Map.of("action", "letter"),
                    Map.of("action", "letter-code", "letter_code", "0000000000"), Map.of("action", "complete", "route", "letter"))) {
                Page refused = steps.handMade(browser, choose, fields);
                assertFalse(refused.has("#kc-form-login"), "the sign-in was not restarted for " + fields + ": " + refused.describe());
            }
        }
        assertEquals(0, FakeLetterService.get().letters().size(), "no letter for a person without an address of record");
        assertEquals(List.of("password", "secure-access-phone"), steps.credentialTypes(id));
    }

    /** Asks for the wait in a fresh browser; returns a moment (real clock) just after the request was made. */
    private long request(String username) throws Exception {
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            HttpSignIn browser = steps.browser();
            Page choose = steps.lostEverything(browser, steps.toSecondFactor(browser, app, username));
            Page waiting = steps.press(browser, choose, "#sa-request-removal-form", "wait");
            assertEquals("Your request is waiting", waiting.heading(), waiting.describe());
            return System.currentTimeMillis();
        }
    }

    /** The recovery page a fresh sign-in reaches with "I can't use any of these". */
    private Page pageAfterLostLink(String username) throws Exception {
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            HttpSignIn browser = steps.browser();
            return steps.lostEverything(browser, steps.toSecondFactor(browser, app, username));
        }
    }
}
