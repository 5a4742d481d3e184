package org.secureaccess.keycloak.secondfactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.secureaccess.keycloak.testsupport.FakeSmsGateway;
import org.secureaccess.keycloak.testsupport.LenientBruteForceRealmConfig;
import org.secureaccess.keycloak.testsupport.LoginPages;
import org.secureaccess.keycloak.testsupport.RealClock;
import org.secureaccess.keycloak.testsupport.SecureAccessServerConfig;
import org.secureaccess.keycloak.testsupport.TestUsers;
import org.secureaccess.keycloak.testsupport.Totp;

/**
 * The limits that must hold across sign-ins: texts per person (10 per 10 minutes, then a 10-minute
 * lock) and wrong codes in a row (10, then a 10-minute lock for every method). Each trips exactly
 * at its number, survives resends and new sign-ins, and lifts when its time is up (time offset).
 */
@KeycloakIntegrationTest(config = SecureAccessServerConfig.class)
class SecondFactorLimitsIT {

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
    void theEleventhTextInTenMinutesIsRefusedEvenFromANewSignInAndTheLockLifts() throws Exception {
        TestUsers.createWithPhone(realm, admin, "send-cap", "(202) 555-0130");
        String number = "+12025550130";
        LoginPages login = signIn("send-cap");
        assertEquals(1, sms.messagesTo(number).size());

        for (int sent = 2; sent <= 10; sent++) {
            timeOffset.set((sent - 1) * 31);
            login.resendIgnoringCountdown();
            assertEquals(sent, sms.messagesTo(number).size(), "text " + sent + " is within the limit");
        }
        int eleventhAt = 10 * 31;
        timeOffset.set(eleventhAt);
        login.resendIgnoringCountdown();
        long refusedAt = System.currentTimeMillis();
        assertEquals("Too many codes requested", login.heading());
        assertEquals(10, sms.messagesTo(number).size());

        // A new sign-in does not reset the count.
        chromium.newContext("en-US", Chromium.DESKTOP_WIDTH);
        login = signIn("send-cap");
        assertEquals("Too many codes requested", login.heading());
        assertTrue(login.mainText().contains("in 10 minutes"), login.mainText());
        assertEquals(10, sms.messagesTo(number).size());

        // Just inside the lock, still refused; just past it, a text goes out (the offsets allow for the seconds
        // this test has taken since).
        timeOffset.set(eleventhAt + 600 - 5 - RealClock.secondsSince(refusedAt));
        chromium.newContext("en-US", Chromium.DESKTOP_WIDTH);
        assertEquals("Too many codes requested", signIn("send-cap").heading());
        timeOffset.set(eleventhAt + 600 + 5 - RealClock.secondsSince(refusedAt));
        chromium.newContext("en-US", Chromium.DESKTOP_WIDTH);
        login = signIn("send-cap");
        assertEquals("Enter your security code", login.heading());
        assertEquals(11, sms.messagesTo(number).size());
    }

    @Test
    void tenWrongCodesInARowLockEveryMethodAcrossResendsAndSignInsUntilTheLockEnds() throws Exception {
        String secret = "limits-it-app-secret";
        String id = TestUsers.createWithApp(realm, "wrong-codes", secret);
        TestUsers.setPhone(realm, admin, id, "(202) 555-0131");
        String number = "+12025550131";

        // Sign-in 1: four wrong texted codes, a new code, four more wrong (8 in a row).
        LoginPages login = signIn("wrong-codes");
        login.tryAnotherWay().choose("Text message");
        enterWrong(login, number, 4);
        timeOffset.set(31);
        login.resendIgnoringCountdown();
        enterWrong(login, number, 4);
        assertTrue(login.fieldError("code").contains("Tries left for this code: 1"), login.fieldError("code"));

        // Sign-in 2: a wrong app code (9), then a wrong texted code: the tenth in a row locks.
        chromium.newContext("en-US", Chromium.DESKTOP_WIDTH);
        login = signIn("wrong-codes");
        assertTrue(login.has("#otp"), "the app is offered first: no method has succeeded yet");
        String appCode = Totp.now(secret);
        login.enterAppCode(appCode.equals("000000") ? "111111" : "000000");
        assertTrue(login.mainText().contains("Invalid authenticator code"), "the ninth is still just wrong");
        timeOffset.set(62);
        LoginPages secondTab = new LoginPages(login.page().context().newPage())
                .open(new DemoApp(realm.getBaseUrl()).authorizationUrl()).signIn("wrong-codes", TestUsers.PASSWORD);
        secondTab.tryAnotherWay().choose("Text message");
        assertTrue(secondTab.has("#code"), "the second tab waits for a texted code");
        login.tryAnotherWay().choose("Text message");
        // The lock starts between these two moments: the edge before the end is placed from the first, the edge after
        // it from the second, so that neither depends on how long the answer took on a busy machine.
        long tenthSentAt = System.currentTimeMillis();
        enterWrong(login, number, 1);
        long lockSeenAt = System.currentTimeMillis();
        assertEquals("Sign-in is paused", login.heading(), "the tenth wrong code in a row locks");
        assertTrue(login.mainText().contains("in 10 minutes"), login.mainText());
        int offsetAtLock = timeOffset.get();

        // A second tab that reached the code page before the lock can not have texts sent either.
        timeOffset.set(offsetAtLock + 31);
        int textsBefore = sms.messagesTo(number).size();
        secondTab.resendIgnoringCountdown();
        assertEquals("Sign-in is paused", secondTab.heading(), "no \"send a new code\" while locked");
        assertEquals(textsBefore, sms.messagesTo(number).size(), "no text while locked");
        secondTab.page().close();

        // Every method is locked, in a new sign-in too.
        chromium.newContext("en-US", Chromium.DESKTOP_WIDTH);
        login = signIn("wrong-codes");
        assertEquals("Sign-in is paused", login.heading());
        login.tryAnotherWay().choose("Authenticator");
        assertEquals("Sign-in is paused", login.heading(), "the app is locked as well");

        // The lock lifts after 10 minutes, not before (the offsets allow for the seconds this test has taken since).
        timeOffset.set(offsetAtLock + 600 - 5 - RealClock.secondsSince(tenthSentAt));
        chromium.newContext("en-US", Chromium.DESKTOP_WIDTH);
        assertEquals("Sign-in is paused", signIn("wrong-codes").heading());
        timeOffset.set(offsetAtLock + 600 + 5 - RealClock.secondsSince(lockSeenAt));
        chromium.newContext("en-US", Chromium.DESKTOP_WIDTH);
        login = signIn("wrong-codes");
        assertTrue(login.has("#otp"), "the app form is back");
        login.enterAppCode(Totp.now(secret)).acknowledgeSecurityInformation();
        assertTrue(login.page().url().contains("/callback"), "signed in after the lock: " + login.page().url());
    }

    @Test
    void textsToOneNumberAreCappedAcrossAccounts() throws Exception {
        TestUsers.create(realm, "number-cap-a");
        TestUsers.create(realm, "number-cap-b");
        String number = "+12025550132";

        // Person A asks for ten enrolment codes for the number (never confirming it).
        LoginPages login = signIn("number-cap-a").acknowledgeSecurityInformation();
        login.page().locator("#phoneNumber").fill("(202) 555-0132");
        login.submit("#sa-send-code");
        for (int sent = 2; sent <= 10; sent++) {
            timeOffset.set((sent - 1) * 31);
            login.resendIgnoringCountdown();
        }
        assertEquals(10, sms.messagesTo(number).size());

        // Person B, another account, cannot make it text that number an eleventh time.
        int refusedOffset = 9 * 31;
        login = numberFilledIn("number-cap-b", "202-555-0132");
        long refusedNotBefore = System.currentTimeMillis();
        login.submit("#sa-send-code");
        long refusedNotAfter = System.currentTimeMillis();
        assertEquals("Too many codes requested", login.heading());
        assertEquals(10, sms.messagesTo(number).size());

        // The refused eleventh text locks the number for 10 minutes: 5 s before they end still refused, 5 s after a code goes.
        timeOffset.set(refusedOffset + 600 - 60);
        login = numberFilledIn("number-cap-b", "202-555-0132");
        timeOffset.set(RealClock.justBefore(refusedOffset, refusedNotBefore, 600));
        login.submit("#sa-send-code");
        assertEquals("Too many codes requested", login.heading(), "5 s before the number's lock ends");
        assertEquals(10, sms.messagesTo(number).size());
        login = numberFilledIn("number-cap-b", "202-555-0132");
        timeOffset.set(RealClock.justAfter(refusedOffset, refusedNotAfter, 600));
        login.submit("#sa-send-code");
        assertTrue(login.has("#code"), "5 s after the number's lock ends a code is sent: " + login.heading());
        assertEquals(11, sms.messagesTo(number).size());
    }

    /** A fresh browser, signed in as {@code username} (no second factor yet), on phone set-up with {@code number} typed in. */
    private LoginPages numberFilledIn(String username, String number) throws Exception {
        chromium.newContext("en-US", Chromium.DESKTOP_WIDTH);
        LoginPages login = signIn(username).acknowledgeSecurityInformation();
        login.page().locator("#phoneNumber").fill(number);
        return login;
    }

    @Test
    void aRightCodeForgetsTheWrongCodesBeforeIt() throws Exception {
        TestUsers.createWithPhone(realm, admin, "forgets-wrong", "(202) 555-0133");
        String number = "+12025550133";

        LoginPages login = signIn("forgets-wrong");
        enterWrong(login, number, 4);
        login.enterCode(sms.lastCodeTo(number)).acknowledgeSecurityInformation();
        assertTrue(login.page().url().contains("/callback"), "signed in: " + login.page().url());

        // Eight more wrong codes: twelve in all, but not ten in a row, so no lock.
        chromium.newContext("en-US", Chromium.DESKTOP_WIDTH);
        login = signIn("forgets-wrong");
        enterWrong(login, number, 4);
        timeOffset.set(31);
        login.resendIgnoringCountdown();
        enterWrong(login, number, 4);
        assertEquals("Enter your security code", login.heading(), "the right code ended the run of wrong ones");
        assertTrue(login.fieldError("code").contains("Tries left for this code: 1"), login.fieldError("code"));
    }

    private LoginPages signIn(String username) throws Exception {
        DemoApp app = new DemoApp(realm.getBaseUrl());
        return new LoginPages(chromium.page()).open(app.authorizationUrl()).signIn(username, TestUsers.PASSWORD);
    }

    private void enterWrong(LoginPages login, String number, int times) {
        String right = sms.lastCodeTo(number);
        String wrong = right.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < times; i++) {
            login.enterCode(wrong);
        }
    }
}
