package org.secureaccess.keycloak.proofing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.BadRequestException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.RequiredActionConfigRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.remote.timeoffset.InjectTimeOffSet;
import org.keycloak.testframework.remote.timeoffset.TimeOffSet;
import org.secureaccess.keycloak.testsupport.Chromium;
import org.secureaccess.keycloak.testsupport.DemoApp;
import org.secureaccess.keycloak.testsupport.FakeLetterService;
import org.secureaccess.keycloak.testsupport.FakeSmsGateway;
import org.secureaccess.keycloak.testsupport.FakeVerificationService;
import org.secureaccess.keycloak.testsupport.LenientBruteForceRealmConfig;
import org.secureaccess.keycloak.testsupport.LoginPages;
import org.secureaccess.keycloak.testsupport.ProofingPerson;
import org.secureaccess.keycloak.testsupport.ProofingWizard;
import org.secureaccess.keycloak.testsupport.RealClock;
import org.secureaccess.keycloak.testsupport.ReferenceRecords;
import org.secureaccess.keycloak.testsupport.SecureAccessServerConfig;
import org.secureaccess.keycloak.testsupport.TestUsers;

/**
 * Identity proofing's limits, each driven to its edge and past it with Keycloak's time offset: failed
 * matches per person, attempts per SSN across accounts, letters (how many, how far apart, expiry,
 * entries), an unavailable verifier, and the enforcement date.
 */
@KeycloakIntegrationTest(config = SecureAccessServerConfig.class)
class ProofingLimitsIT {

    static final String ACTION = "secure-access-verify-identity";

    @RegisterExtension
    static Chromium chromium = new Chromium();

    @InjectRealm(config = LenientBruteForceRealmConfig.class)
    ManagedRealm realm;

    @InjectAdminClient
    Keycloak admin;

    @InjectTimeOffSet
    TimeOffSet timeOffset;

    private final FakeLetterService letters = FakeLetterService.get();
    private Map<String, String> originalConfig;

    @BeforeEach
    void remember() {
        FakeSmsGateway.get().reset();
        letters.reset();
        originalConfig = new HashMap<>(realm.admin().flows().getRequiredActionConfig(ACTION).getConfig());
    }

    @AfterEach
    void restore() {
        timeOffset.set(0);
        RequiredActionConfigRepresentation config = realm.admin().flows().getRequiredActionConfig(ACTION);
        config.setConfig(originalConfig);
        realm.admin().flows().updateRequiredActionConfig(ACTION, config);
    }

    @Test
    void theFifthFailedMatchPausesVerificationUntilSixHoursAfterTheFirst() throws Exception {
        ProofingPerson pat = person(11, "Pat", "Paused");
        createUser("limit-person");
        ProofingWizard wizard = signIn("limit-person").start();
        long firstBefore = 0;
        long firstAfter = 0;
        for (int left = 4; left >= 1; left--) {
            wizard.fillIdentity(pat, pat.taxId(), "1901");
            if (left == 4) {
                firstBefore = System.currentTimeMillis();
            }
            wizard.continueOn();
            if (left == 4) {
                firstAfter = System.currentTimeMillis();
            }
            assertTrue(wizard.login().message().contains("does not match our records"), wizard.login().message());
            assertTrue(wizard.login().message().endsWith("Attempts left before verification is paused for 6 hours: " + left + "."),
                    wizard.login().message());
            assertFalse(wizard.login().message().toLowerCase().contains("date of birth"), "never which detail failed");
        }
        wizard.fillIdentity(pat, pat.taxId(), "1901").continueOn();
        assertEquals("Verification paused", wizard.heading(), "the fifth failed match pauses verification");

        // The six hours count from the first failed match, which was between firstBefore and the answer to it.
        int sixHours = 6 * 3600;
        assertEquals("Verification paused", matchAt(pat, "limit-person", sixHours, RealClock.justBefore(0, firstBefore, sixHours)),
                "5 s before six hours after the first failed match it is still paused, right details or not");
        assertEquals("Verify a financial account", matchAt(pat, "limit-person", sixHours, RealClock.justAfter(0, firstAfter, sixHours)),
                "5 s after it the right details go through");
    }

    @Test
    void oneSsnGetsTenAttemptsAnHourAcrossAllAccounts() throws Exception {
        ProofingPerson target = person(12, "Terry", "Target");
        String[] accounts = {"limit-ssn-a", "limit-ssn-b", "limit-ssn-c"};
        for (String account : accounts) {
            createUser(account);
        }
        int attempts = 0;
        long firstBefore = 0;
        long firstAfter = 0;
        for (int i = 0; i < 2; i++) {
            ProofingWizard wizard = signIn(accounts[i], fresh()).start();
            for (int n = 0; n < 4; n++) {
                wizard.fillIdentity(target, target.taxId(), "1902");
                if (attempts == 0) {
                    firstBefore = System.currentTimeMillis();
                }
                wizard.continueOn();
                if (attempts == 0) {
                    firstAfter = System.currentTimeMillis();
                }
                attempts++;
                assertEquals("Your personal information", wizard.heading());
            }
        }
        ProofingWizard third = signIn(accounts[2], fresh()).start();
        third.fillIdentity(target, target.taxId(), "1902").continueOn();
        third.fillIdentity(target, target.taxId(), "1902").continueOn();
        attempts += 2;
        assertEquals(10, attempts);
        assertEquals("Your personal information", third.heading(), "ten attempts are allowed");
        third.fillIdentity(target).continueOn();
        assertEquals("Verification paused", third.heading(), "the eleventh attempt with one SSN within the hour is refused");

        // The hour counts from the first attempt with the SSN, on another account.
        assertEquals("Verification paused", matchAt(target, accounts[2], 3600, RealClock.justBefore(0, firstBefore, 3600)),
                "5 s before the hour is over the SSN is still refused, on any account");
        assertEquals("Verify a financial account", matchAt(target, accounts[2], 3600, RealClock.justAfter(0, firstAfter, 3600)),
                "5 s after it the SSN may be tried again");
    }

    @Test
    void lettersAreLimitedSpacedAndExpireAndTheirCodesTakeFiveTriesPerTenMinutes() throws Exception {
        ProofingPerson morgan = person(13, "Morgan", "Mail");
        createUser("limit-letter");
        ProofingWizard wizard = signIn("limit-letter").start();
        wizard.fillIdentity(morgan).continueOn();
        wizard.enterCard(morgan.card());
        wizard.chooseLetter();
        long firstLetterBefore = System.currentTimeMillis();
        wizard.sendLetter();
        long firstLetterAfter = System.currentTimeMillis();
        assertEquals(1, letters.lettersTo("Morgan Mail").size());
        assertFalse(wizard.login().has("#sa-send-another-letter"), "not another letter within 24 hours");
        assertTrue(wizard.login().page().locator("#sa-letter-next").innerText().startsWith("You can ask for another letter on "));

        long firstEntryBefore = System.currentTimeMillis();
        wizard.enterLetterCode("0000000000");
        long firstEntryAfter = System.currentTimeMillis();
        for (int left = 3; left >= 0; left--) {
            wizard.enterLetterCode("0000000000");
        }
        assertTrue(wizard.login().fieldError("letter_code").contains("wait 10 minutes"), wizard.login().fieldError("letter_code"));
        String firstCode = letters.lastLetterTo("Morgan Mail").get("activationCode").asText();
        wizard.enterLetterCode(firstCode);
        assertTrue(wizard.login().fieldError("letter_code").contains("Too many tries"), "the sixth try in ten minutes is refused, even the right code");

        // The ten minutes count from the first entry: 5 s before they are over a try is still refused unread, 5 s after it is read.
        timeOffset.set(RealClock.justBefore(0, firstEntryBefore, 600));
        wizard.enterLetterCode("0000000000");
        assertTrue(wizard.login().fieldError("letter_code").contains("Too many tries"), wizard.login().fieldError("letter_code"));
        timeOffset.set(RealClock.justAfter(0, firstEntryAfter, 600));
        wizard.enterLetterCode("0000000000");
        assertTrue(wizard.login().fieldError("letter_code").contains("not correct"), "tries are back after ten minutes: "
                + wizard.login().fieldError("letter_code"));

        // The next letter may go 24 hours after the first: not 5 s before, and 5 s after.
        int day = 24 * 3600;
        timeOffset.set(day - 60);
        ProofingWizard nextDay = signIn("limit-letter", fresh());
        assertEquals("Your activation letter", nextDay.heading());
        timeOffset.set(RealClock.justBefore(0, firstLetterBefore, day));
        nextDay.login().refresh();
        assertEquals("Your activation letter", nextDay.heading());
        assertFalse(nextDay.login().has("#sa-send-another-letter"), "5 s before 24 hours after the first letter, no second");
        timeOffset.set(RealClock.justAfter(0, firstLetterAfter, day));
        nextDay.login().refresh();
        nextDay.sendAnotherLetter();
        assertEquals(2, letters.lettersTo("Morgan Mail").size(), "5 s after 24 hours the second letter goes");
        nextDay.enterLetterCode(firstCode);
        assertTrue(nextDay.login().fieldError("letter_code").contains("not correct"), "a new letter voids the old code");

        int fourthLetterOffset = 3 * (day + 60);
        timeOffset.set(2 * (day + 60));
        signIn("limit-letter", fresh()).sendAnotherLetter();
        timeOffset.set(fourthLetterOffset);
        ProofingWizard fourth = signIn("limit-letter", fresh());
        long fourthLetterBefore = System.currentTimeMillis();
        fourth.sendAnotherLetter();
        long fourthLetterAfter = System.currentTimeMillis();
        assertEquals(4, letters.lettersTo("Morgan Mail").size());
        timeOffset.set(4 * (day + 60));
        ProofingWizard fifth = signIn("limit-letter", fresh());
        assertFalse(fifth.login().has("#sa-send-another-letter"), "four letters in 30 days, no fifth");
        assertTrue(fifth.login().has("#sa-letter-next"));

        // The newest code lives 30 days from its letter: asked for 5 s before, expired 5 s after.
        String lastCode = letters.lastLetterTo("Morgan Mail").get("activationCode").asText();
        int validity = 30 * day;
        timeOffset.set(fourthLetterOffset + validity - 60);
        ProofingWizard expired = signIn("limit-letter", fresh());
        timeOffset.set(RealClock.justBefore(fourthLetterOffset, fourthLetterBefore, validity));
        expired.login().refresh();
        assertTrue(expired.login().has("#letter_code"), "5 s before 30 days the code is still asked for");
        assertFalse(expired.login().mainText().contains("expired"), expired.login().mainText());
        timeOffset.set(RealClock.justAfter(fourthLetterOffset, fourthLetterAfter, validity));
        expired.login().refresh();
        assertTrue(expired.login().mainText().contains("expired"), "5 s after 30 days the code has expired");
        assertFalse(expired.login().has("#letter_code"), "and is not asked for");
        expired.sendAnotherLetter();
        String newest = letters.lastLetterTo("Morgan Mail").get("activationCode").asText();
        assertFalse(newest.equals(lastCode));
        expired.enterLetterCode(newest);
        assertEquals("Your identity is verified", expired.heading());
    }

    @Test
    void anUnavailableVerifierIsNamedKeepsProgressAndCountsNothing() throws Exception {
        ProofingPerson val = person(14, "Val", "Down");
        createUser("limit-verifier");
        ProofingWizard wizard = signIn("limit-verifier").start();
        wizard.fillIdentity(val).continueOn();
        assertEquals("Verify a financial account", wizard.heading());

        setConfig("evidenceVerifier", "http");
        int before = FakeVerificationService.get().questions();
        for (int i = 0; i < 6; i++) {
            wizard.enterCard(val.card());
            assertEquals("Verify a financial account", wizard.heading());
            assertTrue(wizard.login().message().contains("Our verification service is not responding right now"), wizard.login().message());
            assertTrue(wizard.login().message().contains("this attempt did not count"));
        }
        assertEquals(6, FakeVerificationService.get().questions() - before, "each attempt really asked the service");

        setConfig("evidenceVerifier", "reference-records");
        wizard.enterCard(val.card());
        assertEquals("Verify your mobile phone", wizard.heading(), "progress was kept and six unavailable answers counted nothing");
    }

    @Test
    void aVerifierSlowerThanItsTimeoutIsNamedAsUnavailableKeepsProgressAndCountsNothing() throws Exception {
        ProofingPerson sam = person(16, "Sam", "Slow");
        createUser("limit-verifier-slow");
        ProofingWizard wizard = signIn("limit-verifier-slow").start();
        wizard.fillIdentity(sam).continueOn();
        assertEquals("Verify a financial account", wizard.heading());

        setConfig("evidenceVerifier", "http");
        FakeVerificationService bureau = FakeVerificationService.get().answerAfter(java.time.Duration.ofSeconds(5));
        int before = bureau.questions();
        long started = System.currentTimeMillis();
        wizard.enterCard(sam.card());
        long waited = System.currentTimeMillis() - started;
        assertEquals(1, bureau.questions() - before, "the service was really asked");
        assertTrue(waited < 4_500, "the verifier's 2-second timeout ended the wait, not the bureau's answer after 5 s: " + waited + " ms");
        assertEquals("Verify a financial account", wizard.heading(), "the same page");
        assertTrue(wizard.login().message().contains("Our verification service is not responding right now"), wizard.login().message());
        assertTrue(wizard.login().message().contains("this attempt did not count"));

        setConfig("evidenceVerifier", "reference-records");
        wizard.enterCard(sam.card());
        assertEquals("Verify your mobile phone", wizard.heading(), "progress was kept");
    }

    @Test
    void afterTheEnforcementDateNobodyReachesTheApplicationUnverified() throws Exception {
        createUser("limit-deadline");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        setConfig("enforcementDate", today.plusDays(3).toString());
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            ProofingWizard before = signIn("limit-deadline", chromium.page(), app);
            assertTrue(before.login().page().locator("#sa-proof-reminder").innerText().contains("You need to verify your identity by"));
            before.postpone();
            assertTrue(app.awaitCallback(before.login().page()).containsKey("code"), "before the date the person may go on");
        }

        setConfig("enforcementDate", today.toString());
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            ProofingWizard after = signIn("limit-deadline", fresh(), app);
            assertEquals("Verify your identity", after.heading());
            assertFalse(after.login().has("#sa-postpone"), "from the date on it can not be put off");
            // A hand-made "postpone" is ignored too.
            after.login().page().evaluate("() => { const f = document.getElementById('sa-proof-start-form');"
                    + " f.querySelector('button').value = 'postpone'; }");
            after.login().submit("#sa-proof-start");
            // Taken as the start button: proofing begins, at this person's first step (their email is verified already).
            assertEquals("Your personal information", after.heading(), "no way past proofing: " + after.login().page().url());
            assertFalse(after.login().page().url().contains("/callback"), "no code for the application: " + after.login().page().url());
        }
    }

    @Test
    void aFailedMatchLimitOutsideItsBoundsIsRefused() {
        assertRefused("failedMatchesAllowed", "50", "Failed matches allowed must be between");
    }

    @Test
    void anEnforcementDateThatIsNotADateIsRefused() {
        assertRefused("enforcementDate", "next spring", "Enforcement date must be a date written YYYY-MM-DD");
    }

    /** One invalid value, alone, is refused with a message that names it, and the stored settings stay as they were. */
    private void assertRefused(String key, String value, String named) {
        RequiredActionConfigRepresentation config = realm.admin().flows().getRequiredActionConfig(ACTION);
        Map<String, String> before = Map.copyOf(config.getConfig());
        Map<String, String> values = new HashMap<>(before);
        values.put(key, value);
        config.setConfig(values);
        BadRequestException refused = assertThrows(BadRequestException.class, () -> realm.admin().flows().updateRequiredActionConfig(ACTION, config));
        String body = refused.getResponse().readEntity(String.class);
        assertTrue(body.contains(named), "the refusal names the setting: " + body);
        assertEquals(before, realm.admin().flows().getRequiredActionConfig(ACTION).getConfig(), "nothing stored");
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    @Test
    void aLetterServiceThatFailsIsToldPlainlyCountsNoLetterAndASecondTryIsSent() throws Exception {
        ProofingPerson riley = person(15, "Riley", "Retry");
        createUser("limit-letter-fault");
        String id = realm.admin().users().search("limit-letter-fault", true).get(0).getId();
        ProofingWizard wizard = signIn("limit-letter-fault").start();
        wizard.fillIdentity(riley).continueOn();
        wizard.enterCard(riley.card());
        wizard.chooseLetter();
        String requestPage = wizard.heading();

        letters.failWith(503);
        wizard.sendLetter();
        assertEquals(requestPage, wizard.heading(), "the same page, ready to try again");
        assertTrue(wizard.login().mainText().contains("We could not send the letter just now. Nothing was counted."),
                wizard.login().mainText());
        assertTrue(wizard.login().has("#sa-send-letter"), "the send button is still there");
        assertEquals(0, letters.lettersTo("Riley Retry").size());
        assertEquals(1, realm.admin().getEvents(List.of("CUSTOM_REQUIRED_ACTION_ERROR"), null, id, null, null, null, 0, 100).stream()
                .filter(e -> "letter_send_failed".equals(e.getError())).count(), "the failure is recorded once, as an event");

        // Nothing was counted: the letter goes out at once when the service is back, with no 24-hour gap to wait out.
        letters.failWith(0);
        wizard.sendLetter();
        assertEquals(1, letters.lettersTo("Riley Retry").size(), "sent on the second try");
        assertTrue(wizard.login().page().locator("#sa-letter-next").innerText().startsWith("You can ask for another letter on "));
    }

    /**
     * Signs {@code username} in a little before {@code limitSeconds} (the step's form is shown whatever the limits
     * say), fills in {@code person}'s right details, moves the clock to {@code offset} and submits: the heading that answers.
     */
    private String matchAt(ProofingPerson person, String username, int limitSeconds, int offset) throws Exception {
        timeOffset.set(limitSeconds - 120);
        ProofingWizard wizard = signIn(username, fresh()).start();
        wizard.fillIdentity(person);
        timeOffset.set(offset);
        return wizard.continueOn().heading();
    }

    private ProofingPerson person(int n, String first, String last) throws Exception {
        ProofingPerson person = ProofingPerson.number(n, first, last, "LANDLINE");
        ReferenceRecords.merge(realm, admin, person.csvRow());
        return person;
    }

    /** An unproofed person who signs in with texted codes (any number of sign-ins, at any time offset). */
    private void createUser(String username) throws Exception {
        TestUsers.createUnproofedWithPhone(realm, admin, username, phoneOf(username));
    }

    private static String phoneOf(String username) {
        return "+1202555" + String.format("%04d", 300 + Math.abs(username.hashCode() % 600));
    }

    private com.microsoft.playwright.Page fresh() {
        return chromium.newContext("en", Chromium.DESKTOP_WIDTH);
    }

    private ProofingWizard signIn(String username) throws Exception {
        return signIn(username, chromium.page());
    }

    private ProofingWizard signIn(String username, com.microsoft.playwright.Page page) throws Exception {
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            return signIn(username, page, app);
        }
    }

    private ProofingWizard signIn(String username, com.microsoft.playwright.Page page, DemoApp app) {
        LoginPages login = new LoginPages(page).open(app.authorizationUrl()).signIn(username, TestUsers.PASSWORD);
        login.enterCode(FakeSmsGateway.get().lastCodeTo(phoneOf(username))).acknowledgeSecurityInformation();
        return new ProofingWizard(login);
    }

    private void setConfig(String key, String value) {
        RequiredActionConfigRepresentation config = realm.admin().flows().getRequiredActionConfig(ACTION);
        Map<String, String> values = new HashMap<>(config.getConfig());
        values.put(key, value);
        config.setConfig(values);
        realm.admin().flows().updateRequiredActionConfig(ACTION, config);
    }

    @SuppressWarnings("unused")
    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
