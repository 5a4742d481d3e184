package org.secureaccess.keycloak.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.models.credential.RecoveryAuthnCodesCredentialModel;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RequiredActionConfigRepresentation;
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
import org.secureaccess.keycloak.testsupport.ProofingPerson;
import org.secureaccess.keycloak.testsupport.RealClock;
import org.secureaccess.keycloak.testsupport.ReferenceRecords;
import org.secureaccess.keycloak.testsupport.SecureAccessServerConfig;
import org.secureaccess.keycloak.testsupport.TestUsers;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * "I can't use any of these" for a person our proofing verified: a new activation code mailed to the
 * address of record (never one typed in), within the letter limits shared with proofing, entered at a
 * later sign-in with five tries per ten minutes. Recovery codes come first for those who have them.
 */
@KeycloakIntegrationTest(config = SecureAccessServerConfig.class)
class RecoveryByLetterIT {

    static final String APP_SECRET = "recovery-letter-app-secret-";
    static final String PROOFING_ACTION = "secure-access-verify-identity";
    static final int DAY = 24 * 3600;

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
    private RecoverySteps steps;

    @BeforeEach
    void reset() {
        sms.reset();
        letters.reset();
        mail.runCleanup();
        steps = new RecoverySteps(realm, admin, mail);
    }

    @AfterEach
    void clock() {
        timeOffset.set(0);
    }

    @Test
    void aProofedPersonGetsACodeAtTheAddressOfRecordAndThenSetsUpANewFactor() throws Exception {
        ProofingPerson lee = person(41, "Lee", "Lostphone");
        String id = TestUsers.createUnproofedWithApp(realm, "letter-lee", APP_SECRET + "lee");
        steps.proofByPhone("letter-lee", APP_SECRET + "lee", lee);
        assertEquals(List.of("otp", "password", "secure-access-phone"), steps.credentialTypes(id));
        mail.runCleanup();
        sms.reset();

        String code;
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            HttpSignIn browser = steps.browser();
            Page appCodePage = steps.toSecondFactor(browser, app, "letter-lee");
            assertTrue(appCodePage.has("#kc-otp-login-form"), "the app-code page: " + appCodePage.describe());
            Page choose = steps.lostEverything(browser, appCodePage);
            assertTrue(choose.has("#sa-mail-code-form"), "a proofed person is offered a letter: " + choose.describe());
            assertFalse(choose.has("#sa-request-removal-form"), "and not the wait");

            Page letterPage = steps.press(browser, choose, "#sa-mail-code-form", "letter");
            assertEquals("Enter the code from your letter", letterPage.heading(), letterPage.describe());
            assertTrue(letterPage.text().contains("We are mailing a new activation code to your address of record"), letterPage.text());

            JsonNode letter = letters.lastLetterTo("Lee Lostphone");
            assertEquals(lee.line1(), letter.at("/to/line1").asText(), "the letter goes to the address of record");
            assertEquals(lee.zip(), letter.at("/to/zip").asText());
            assertTrue(letter.at("/content/title").asText().endsWith("your new activation code"), letter.toString());
            code = letter.get("activationCode").asText();
            assertEquals(10, code.length());

            Page wrong = browser.browser().submit(letterPage, "#sa-recovery-letter-form", Map.of("letter_code", "0000000000"));
            assertTrue(wrong.text().contains("That code is not correct"), wrong.text());
            assertEquals(List.of("otp", "password", "secure-access-phone"), steps.credentialTypes(id));
        }
        List<String> notices = steps.awaitEmails("letter-lee", 1);
        assertTrue(notices.get(0).startsWith("Secure Access Demo: a new activation code is in the mail"), notices.get(0));
        RecoverySteps.cancelLink(notices.get(0));
        RecoverySteps.cancelLink(sms.lastMessageTo(lee.mobile()).text());

        // A later sign-in, days later as letters take: the code, typed loosely, removes the lost methods.
        timeOffset.set(6 * DAY);
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            HttpSignIn browser = steps.browser();
            Page letterPage = steps.lostEverything(browser, steps.toSecondFactor(browser, app, "letter-lee"));
            assertEquals("Enter the code from your letter", letterPage.heading(), "the pending letter is remembered");
            Page restarted = browser.browser().submit(letterPage, "#sa-recovery-letter-form",
                    Map.of("letter_code", code.substring(0, 5).toLowerCase() + "-" + code.substring(5)));
            assertTrue(restarted.has("#username"), "the sign-in starts again: " + restarted.describe());
            assertTrue(restarted.text().contains("Your lost methods were removed. Sign in again and set up a new one."), restarted.text());
        }
        assertEquals(List.of("password"), steps.credentialTypes(id));
        List<String> history = steps.historyKinds(id);
        assertTrue(history.containsAll(List.of("RECOVERY_REQUESTED", "CODE_WRONG", "SECOND_FACTORS_REMOVED")), history.toString());
        assertTrue(steps.awaitEmails("letter-lee", 2).get(1).startsWith("Secure Access Demo: your sign-in methods were removed"));

        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            HttpSignIn browser = steps.browser();
            Page enrol = steps.toSecondFactor(browser, app, "letter-lee");
            app.exchange(steps.enrolPhoneAndFinish(browser, enrol, "+12025550742"));
            // The used code is void: the new sign-in's way back offers a new letter, not the old code.
            HttpSignIn another = steps.browser();
            Page choose = steps.lostEverything(another, steps.toSecondFactor(another, app, "letter-lee"));
            assertEquals("Get back into your account", choose.heading(), choose.describe());
        }
        assertEquals(List.of("password", "secure-access-phone"), steps.credentialTypes(id));
    }

    @Test
    void theMailedCodeTakesFiveTriesInTenMinutes() throws Exception {
        ProofingPerson kim = person(42, "Kim", "Keytries");
        TestUsers.createUnproofedWithApp(realm, "letter-kim", APP_SECRET + "kim");
        steps.proofByPhone("letter-kim", APP_SECRET + "kim", kim);
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            HttpSignIn browser = steps.browser();
            Page choose = steps.lostEverything(browser, steps.toSecondFactor(browser, app, "letter-kim"));
            Page page = steps.press(browser, choose, "#sa-mail-code-form", "letter");
            String code = letters.lastLetterTo("Kim Keytries").get("activationCode").asText();
            long firstTryNotBefore = 0;
            long firstTryNotAfter = 0;
            for (int left = 4; left >= 0; left--) {
                if (left == 4) {
                    firstTryNotBefore = System.currentTimeMillis();
                }
                page = browser.browser().submit(page, "#sa-recovery-letter-form", Map.of("letter_code", "0000000000"));
                if (left == 4) {
                    firstTryNotAfter = System.currentTimeMillis();
                }
                assertTrue(page.text().contains(left == 0 ? "You have no tries left for now" : "Tries left in the next 10 minutes: " + left),
                        page.text());
            }
            page = browser.browser().submit(page, "#sa-recovery-letter-form", Map.of("letter_code", code));
            assertTrue(page.text().contains("Too many tries"), "the sixth try in ten minutes is refused, even the right code: " + page.text());

            // The ten minutes count from the first try: 5 s before they end still refused, 5 s after the right code works.
            timeOffset.set(RealClock.justBefore(0, firstTryNotBefore, 600));
            page = browser.browser().submit(page, "#sa-recovery-letter-form", Map.of("letter_code", code));
            assertTrue(page.text().contains("Too many tries"), "5 s before ten minutes: " + page.text());
            timeOffset.set(RealClock.justAfter(0, firstTryNotAfter, 600));
            Page later = browser.browser().submit(page, "#sa-recovery-letter-form", Map.of("letter_code", code));
            assertTrue(later.has("#username"), "5 s after ten minutes the right code works: " + later.describe());
        }
    }

    @Test
    void recoveryLettersShareProofingsLetterLimits() throws Exception {
        ProofingPerson max = person(43, "Max", "Mailbox");
        String id = TestUsers.createUnproofedWithApp(realm, "letter-max", APP_SECRET + "max");
        Map<String, String> original = setProofingConfig("lettersPerPeriod", "2");
        try {
            steps.proofUpToLetter("letter-max", APP_SECRET + "max", max);
            steps.finishProofingWithLetter("letter-max", APP_SECRET + "max", letters.lastLetterTo("Max Mailbox").get("activationCode").asText());
            assertEquals(1, letters.lettersTo("Max Mailbox").size());

            // The same day: proofing's letter went out less than 24 hours ago.
            try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
                HttpSignIn browser = steps.browser();
                Page choose = steps.lostEverything(browser, steps.toSecondFactor(browser, app, "letter-max"));
                assertTrue(choose.has("#sa-letter-next") && !choose.has("#sa-mail-code-form"), "no letter within 24 h of proofing's: " + choose.describe());
                Page refused = steps.handMade(browser, choose, Map.of("action", "letter"));
                assertTrue(refused.text().contains("We can send another letter on"), refused.describe());
            }
            assertEquals(1, letters.lettersTo("Max Mailbox").size());

            timeOffset.set(DAY + 60);
            Page letterPage;
            try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
                HttpSignIn browser = steps.browser();
                Page choose = steps.lostEverything(browser, steps.toSecondFactor(browser, app, "letter-max"));
                letterPage = steps.press(browser, choose, "#sa-mail-code-form", "letter");
                assertEquals("Enter the code from your letter", letterPage.heading(), letterPage.describe());
            }
            assertEquals(2, letters.lettersTo("Max Mailbox").size());

            // Two days on: two letters in the period (one of each kind) is the limit set on proofing.
            timeOffset.set(2 * DAY + 120);
            try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
                HttpSignIn browser = steps.browser();
                Page page = steps.lostEverything(browser, steps.toSecondFactor(browser, app, "letter-max"));
                assertFalse(page.has("#sa-send-another-letter"), "no third letter: " + page.describe());
                assertTrue(page.has("#sa-letter-next"), page.describe());
                Page refused = steps.handMade(browser, page, Map.of("action", "letter"));
                assertTrue(refused.text().contains("We can send another letter on"), refused.describe());
            }
            assertEquals(2, letters.lettersTo("Max Mailbox").size());
            assertEquals(List.of("otp", "password"), steps.credentialTypes(id));
        } finally {
            restoreProofingConfig(original);
        }
    }

    @Test
    void aPersonWithRecoveryCodesIsPointedToThemFirst() throws Exception {
        String id = TestUsers.createWithPhone(realm, admin, "letter-codes", "+12025550751");
        // As Keycloak stores them: without the dashes it shows (and strips from what is typed).
        List<String> codes = List.of("ABCD11112222", "ABCD33334444", "ABCD55556666", "ABCD77778888");
        codes.forEach(FakeSmsGateway::recordIssuedCode);
        RecoveryAuthnCodesCredentialModel model = RecoveryAuthnCodesCredentialModel.createFromValues(codes, System.currentTimeMillis(), null);
        CredentialRepresentation recoveryCodes = new CredentialRepresentation();
        recoveryCodes.setType(RecoveryAuthnCodesCredentialModel.TYPE);
        recoveryCodes.setCredentialData(model.getCredentialData());
        recoveryCodes.setSecretData(model.getSecretData());
        recoveryCodes.setUserLabel("Recovery codes");
        org.keycloak.representations.idm.UserRepresentation user = realm.admin().users().get(id).toRepresentation();
        user.setCredentials(List.of(recoveryCodes));
        realm.admin().users().get(id).update(user);
        assertTrue(steps.credentialTypes(id).contains(RecoveryAuthnCodesCredentialModel.TYPE), steps.credentialTypes(id).toString());

        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            HttpSignIn browser = steps.browser();
            Page choose = steps.lostEverything(browser, steps.toSecondFactor(browser, app, "letter-codes"));
            assertTrue(choose.has("#sa-use-recovery-code-form"), choose.describe());
            assertTrue(choose.html().select("form").indexOf(choose.html().selectFirst("#sa-use-recovery-code-form"))
                    < choose.html().select("form").indexOf(choose.html().selectFirst("#sa-request-removal-form")), "recovery codes come first");
            Page codePage = browser.browser().submit(choose.form("#sa-use-recovery-code-form"));
            assertTrue(codePage.has("#recoveryCodeInput"), "the recovery-code page: " + codePage.describe());
            assertTrue(codePage.has("#sa-lost-second-factor-form"), "with the way back on it too");
            String label = codePage.html().selectFirst("label[for=recoveryCodeInput]").text();
            int number = Integer.parseInt(label.replaceAll("\\D+", ""));
            Page next = browser.browser().submit(codePage, "#kc-recovery-code-login-form", Map.of("recoveryCodeInput", codes.get(number - 1)));
            HttpSignIn.authorizationCode(browser.continueFromSecurityInformation(next));
        }
    }

    private ProofingPerson person(int n, String first, String last) throws Exception {
        ProofingPerson person = ProofingPerson.number(n, first, last, "MOBILE");
        ReferenceRecords.merge(realm, admin, person.csvRow());
        return person;
    }

    private Map<String, String> setProofingConfig(String key, String value) {
        RequiredActionConfigRepresentation config = realm.admin().flows().getRequiredActionConfig(PROOFING_ACTION);
        Map<String, String> original = new HashMap<>(config.getConfig());
        Map<String, String> changed = new HashMap<>(original);
        changed.put(key, value);
        config.setConfig(changed);
        realm.admin().flows().updateRequiredActionConfig(PROOFING_ACTION, config);
        return original;
    }

    private void restoreProofingConfig(Map<String, String> original) {
        RequiredActionConfigRepresentation config = realm.admin().flows().getRequiredActionConfig(PROOFING_ACTION);
        config.setConfig(original);
        realm.admin().flows().updateRequiredActionConfig(PROOFING_ACTION, config);
    }
}
