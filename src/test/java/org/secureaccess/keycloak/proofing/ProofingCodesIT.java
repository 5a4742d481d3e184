package org.secureaccess.keycloak.proofing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
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
import org.secureaccess.keycloak.testsupport.HttpBrowser;
import org.secureaccess.keycloak.testsupport.HttpBrowser.Form;
import org.secureaccess.keycloak.testsupport.HttpBrowser.Page;
import org.secureaccess.keycloak.testsupport.HttpSignIn;
import org.secureaccess.keycloak.testsupport.LenientBruteForceRealmConfig;
import org.secureaccess.keycloak.testsupport.MailServerOutage;
import org.secureaccess.keycloak.testsupport.ParallelPosts;
import org.secureaccess.keycloak.testsupport.ProofingPerson;
import org.secureaccess.keycloak.testsupport.RealClock;
import org.secureaccess.keycloak.testsupport.ReferenceRecords;
import org.secureaccess.keycloak.testsupport.SecureAccessServerConfig;
import org.secureaccess.keycloak.testsupport.TestUsers;
import org.secureaccess.keycloak.testsupport.Totp;

/**
 * The codes of identity proofing (the texted activation code, the emailed confirmation code) against the attacks
 * the second factor's codes face: a code proves only the number it was texted to, 20 parallel wrong entries get five
 * evaluations per code, a new email code gives no fresh guesses (a per-person limit across codes), and "this number
 * is used by another account" is rationed. Driven over plain HTTP ({@link HttpBrowser}), the only way to post in parallel.
 */
@KeycloakIntegrationTest(config = SecureAccessServerConfig.class)
class ProofingCodesIT {

    private static final int PARALLEL = 20;
    private static final String PAUSED = "Verification paused";

    @InjectRealm(config = LenientBruteForceRealmConfig.class)
    ManagedRealm realm;

    @InjectAdminClient
    Keycloak admin;

    @InjectMailServer
    MailServer mail;

    @InjectTimeOffSet
    TimeOffSet timeOffset;

    private final FakeSmsGateway sms = FakeSmsGateway.get();
    private DemoApp app;

    @BeforeEach
    void start() throws Exception {
        sms.reset();
        mail.runCleanup();
        app = new DemoApp(realm.getBaseUrl());
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void aCodeTextedToOneNumberDoesNotVerifyAnotherNumberEnteredWithinTheResendWait() throws Exception {
        ProofingPerson person = withMobile(ProofingPerson.number(61, "Sam", "Switch", "MOBILE"), "+12025550561");
        String numberA = person.mobile();
        String numberB = "+12025550564";
        ReferenceRecords.merge(realm, admin, person.csvRow() + ";" + numberB + ":MOBILE");
        String id = createUser("proof-switch");

        HttpBrowser browser = browser();
        Page codePage = submitNumber(browser, phoneStep(browser, "proof-switch", person), numberA);
        assertEquals("Enter the code we texted you", codePage.heading(), codePage.describe());
        String codeForA = sms.lastCodeTo(numberA);

        // Within the wait between texts, make B the pending number (B is on record for the person too)...
        Page switched = browser.submit(codePage.form("#sa-proof-phone-code-form").without("code")
                .with("action", "number").with("phoneNumber", numberB));
        assertTrue(sms.messagesTo(numberB).isEmpty(), "no text to B within the wait");
        // ...and type the code that was texted to A.
        Page answer = browser.submit(switched.form("#sa-proof-phone-code-form").with("code", codeForA));

        assertFalse(phoneCredentialIs(id, "0564"), "B became the person's phone without proof: " + answer.describe());
        assertFalse("Your identity is verified".equals(answer.heading()), "verified with a code texted to another number");
        assertTrue(answer.text().contains("can no longer be used"), answer.describe());
    }

    @Test
    void twentyWrongActivationCodesAtOnceCountFivePerCode() throws Exception {
        ProofingPerson person = withMobile(ProofingPerson.number(62, "Pia", "Parallel", "MOBILE"), "+12025550562");
        ReferenceRecords.merge(realm, admin, person.csvRow());
        String id = createUser("proof-parallel-phone");
        HttpBrowser browser = browser();
        Page codePage = submitNumber(browser, phoneStep(browser, "proof-parallel-phone", person), person.mobile());
        String right = sms.lastCodeTo(person.mobile());
        Form wrong = codePage.form("#sa-proof-phone-code-form").with("code", wrongCode(right));

        ParallelPosts.send(browser, wrong, PARALLEL);
        long evaluated = proofingErrors(id, "phone", "invalid_code");
        assertTrue(evaluated <= 5, "at most 5 wrong entries are evaluated for one activation code, but " + evaluated + " were");

        Page page = current(browser, wrong);
        for (int i = 0; i < 10 && !page.text().contains("can no longer be used"); i++) {
            page = browser.submit(phoneCodeForm(page).with("code", wrongCode(right)));
        }
        assertEquals(5, proofingErrors(id, "phone", "invalid_code"), "exactly 5 wrong entries were evaluated for the code");
        page = browser.submit(phoneCodeForm(page).with("code", right));
        assertTrue(page.text().contains("can no longer be used"), page.describe());
        assertFalse(phoneCredentialIs(id, person.mobile().substring(person.mobile().length() - 4)), "nothing verified with a void code");
    }

    @Test
    void twentyWrongEmailCodesAtOnceCountFivePerCode() throws Exception {
        String id = createUser("proof-parallel-email");
        unverifyEmail(id);
        HttpBrowser browser = browser();
        Page codePage = proofingStart(browser, "proof-parallel-email");
        assertEquals("Confirm your email address", codePage.heading(), codePage.describe());
        String right = lastEmailedCode();
        Form wrong = codePage.form("#sa-proof-email-code-form").with("code", wrongCode(right));

        ParallelPosts.send(browser, wrong, PARALLEL);
        long evaluated = proofingErrors(id, "email", "invalid_code");
        assertTrue(evaluated <= 5, "at most 5 wrong entries are evaluated for one email code, but " + evaluated + " were");

        // Showing the email step again sends a new code once the old one is void and the 30-second wait is over; the
        // clock goes back a minute so that the wait can not run out however slowly this machine gets here.
        timeOffset.set(-60);
        Page page = current(browser, wrong);
        for (int i = 0; i < 10 && !page.text().contains("can no longer be used"); i++) {
            page = browser.submit(page.form("#sa-proof-email-code-form").with("code", wrongCode(right)));
        }
        assertEquals(5, proofingErrors(id, "email", "invalid_code"), "exactly 5 wrong entries were evaluated for the code");
        page = browser.submit(page.form("#sa-proof-email-code-form").with("code", right));
        assertEquals(1, confirmationMails().size(), "no new code was sent meanwhile");
        assertTrue(page.text().contains("can no longer be used"), page.describe());
        assertFalse(realm.admin().users().get(id).toRepresentation().isEmailVerified(), "no address confirmed with a void code");
    }

    @Test
    void theTenthWrongEmailCodeInARowPausesConfirmingAcrossNewCodesUntilThePauseEnds() throws Exception {
        String id = createUser("proof-email-run");
        unverifyEmail(id);
        HttpBrowser browser = browser();
        Page page = proofingStart(browser, "proof-email-run");
        String first = lastEmailedCode();
        for (int i = 1; i <= 5; i++) {
            page = browser.submit(page.form("#sa-proof-email-code-form").with("code", wrongCode(first)));
        }
        assertTrue(page.text().contains("can no longer be used"), "five wrong entries void a code: " + page.describe());

        // A new code gives no fresh guesses: four more wrong entries make nine in a row, still just wrong...
        timeOffset.set(31);
        page = browser.submit(page.form("#sa-resend-form").with("action", "resend"));
        String second = lastEmailedCode();
        assertFalse(second.equals(first));
        for (int i = 6; i <= 9; i++) {
            page = browser.submit(page.form("#sa-proof-email-code-form").with("code", wrongCode(second)));
        }
        assertEquals("Confirm your email address", page.heading(), "the ninth wrong code in a row is only wrong: " + page.describe());
        assertTrue(page.text().contains("Tries left for this code: 1"), page.describe());
        // ...and the tenth pauses confirming the address, for this code and the right one alike.
        page = browser.submit(page.form("#sa-proof-email-code-form").with("code", wrongCode(second)));
        long pausedAt = System.currentTimeMillis();
        assertEquals(PAUSED, page.heading(), "the tenth wrong email code in a row pauses: " + page.describe());
        assertTrue(page.text().contains("Too many incorrect codes"), page.describe());
        assertEquals(1, proofingErrors(id, "email", "proofing_locked"), "the pause is recorded once");
        int mailsBefore = confirmationMails().size();

        // Just before the 30 minutes are over, still paused, and no new code is sent; just after, a new code works.
        int endOfPause = 31 + 30 * 60;
        timeOffset.set(endOfPause - 60);
        HttpBrowser later = browser();
        Page stillPaused = proofingStart(later, "proof-email-run");
        assertEquals(PAUSED, stillPaused.heading(), stillPaused.describe());
        timeOffset.set(endOfPause - 5 - RealClock.secondsSince(pausedAt));
        assertEquals(PAUSED, refresh(later, stillPaused).heading(), "5 seconds before the pause ends");
        assertEquals(mailsBefore, confirmationMails().size(), "no code is emailed while paused");
        timeOffset.set(endOfPause + 5 - RealClock.secondsSince(pausedAt));
        Page lifted = refresh(later, stillPaused);
        assertEquals("Confirm your email address", lifted.heading(), "5 seconds after the pause ends: " + lifted.describe());
        Page next = later.submit(lifted.form("#sa-proof-email-code-form").with("code", lastEmailedCode()));
        assertEquals("Your personal information", next.heading(), next.describe());
    }

    @Test
    void anEmailCodeWorksUntilFifteenMinutesAfterItWasSent() throws Exception {
        String id = createUser("proof-email-life");
        unverifyEmail(id);
        int lifetime = 15 * 60;
        HttpBrowser browser = browser();
        Page page = proofingStart(browser, "proof-email-life");
        long firstSentNotAfter = System.currentTimeMillis();
        String first = lastEmailedCode();

        int offset = RealClock.justAfter(0, firstSentNotAfter, lifetime);
        timeOffset.set(offset);
        page = browser.submit(page.form("#sa-proof-email-code-form").with("code", first));
        assertEquals("Confirm your email address", page.heading(), page.describe());
        assertTrue(page.text().contains("That code has expired"), "5 s after fifteen minutes: " + page.describe());
        assertFalse(realm.admin().users().get(id).toRepresentation().isEmailVerified());

        long secondSentNotBefore = System.currentTimeMillis();
        page = browser.submit(page.form("#sa-resend-form").with("action", "resend"));
        String second = lastEmailedCode();
        assertFalse(second.equals(first), "a new code");
        timeOffset.set(RealClock.justBefore(offset, secondSentNotBefore, lifetime));
        page = browser.submit(page.form("#sa-proof-email-code-form").with("code", second));
        assertEquals("Your personal information", page.heading(), "5 s before fifteen minutes the code confirms: " + page.describe());
        assertTrue(realm.admin().users().get(id).toRepresentation().isEmailVerified());
    }

    @Test
    void whileTheMailServerIsDownTheEmailStepSaysSoOnItsPageCountsNothingAndWorksOnceItIsBack() throws Exception {
        String id = createUser("proof-email-down");
        unverifyEmail(id);
        String address = realm.admin().users().get(id).toRepresentation().getEmail();
        HttpBrowser browser = browser();
        Page page;
        try (MailServerOutage outage = MailServerOutage.begin(realm)) {
            page = proofingStart(browser, "proof-email-down");
            // More tries than the 10 emails in 10 minutes a person may have sent: none of them left, so none counts.
            for (int tried = 1; tried <= 11; tried++) {
                assertEquals("Confirm your email address", page.heading(), "try " + tried + ": " + page.describe());
                assertTrue(page.text().contains("We could not send the email just now."), "try " + tried + ": " + page.describe());
                assertEquals(address, page.form("#sa-proof-email-form").fields().get("email"), "the address is kept to try again");
                page = browser.submit(page.form("#sa-proof-email-form"));
            }
            assertTrue(confirmationMails().isEmpty());
            assertEquals(12, proofingErrors(id, "email", "email_send_failed"), "each failed send is recorded");
            assertFalse(realm.admin().users().get(id).toRepresentation().isEmailVerified());
        }

        // Back up: the very next try sends a code (no wait, no limit reached), and it confirms the address.
        page = browser.submit(page.form("#sa-proof-email-form"));
        assertTrue(page.has("#sa-proof-email-code-form"), page.describe());
        page = browser.submit(page.form("#sa-proof-email-code-form").with("code", lastEmailedCode()));
        assertEquals("Your personal information", page.heading(), page.describe());
        assertTrue(realm.admin().users().get(id).toRepresentation().isEmailVerified());
    }

    @Test
    void numberInUseAnswersStopAtTheDailyQuotaForTakenAndFreeNumbersAlike() throws Exception {
        for (int i = 1; i <= 4; i++) {
            TestUsers.createWithPhone(realm, admin, "proof-owner-" + i, "(202) 555-057" + i);
        }
        ProofingPerson person = withMobile(ProofingPerson.number(63, "Quinn", "Quota", "MOBILE"), "+12025550563");
        ReferenceRecords.merge(realm, admin, person.csvRow());
        createUser("proof-in-use");
        HttpBrowser browser = browser();
        Page page = phoneStep(browser, "proof-in-use", person);

        for (int i = 1; i <= 3; i++) {
            page = submitNumber(browser, page, "(202) 555-057" + i);
            assertTrue(page.text().contains("already used by another account"), "in-use answer " + i + " of 3: " + page.describe());
        }
        page = submitNumber(browser, page, "(202) 555-0574");
        assertFalse(page.text().contains("already used by another account"), "no fourth in-use answer in a day");
        assertTrue(page.text().contains("You have entered too many numbers that are used by other accounts"), page.describe());
        page = submitNumber(browser, page, person.mobile());
        assertTrue(page.text().contains("You have entered too many numbers that are used by other accounts"),
                "a free number gets the same answer, so the answer tells nothing: " + page.describe());
        assertTrue(sms.messagesTo(person.mobile()).isEmpty());

        timeOffset.set(24 * 3600 + 60);
        HttpBrowser nextDay = browser();
        page = submitNumber(nextDay, phoneStep(nextDay, "proof-in-use", person), "(202) 555-0574");
        assertTrue(page.text().contains("already used by another account"), "a day later the quota is back: " + page.describe());
    }

    // ---- the wizard over HTTP --------------------------------------------------------------------------------------

    private HttpBrowser browser() {
        return new HttpBrowser(realm.getBaseUrl());
    }

    /** An unproofed person who signs in with an authenticator app of their own (so proofing's phone is their first phone). */
    private String createUser(String username) throws Exception {
        return TestUsers.createUnproofedWithApp(realm, username, secret(username));
    }

    private static String secret(String username) {
        return "ProofingCodesIT-" + username;
    }

    /** Signed in, through Online Security Information, "Start": the first step of proofing the person has not done. */
    private Page proofingStart(HttpBrowser browser, String username) throws Exception {
        HttpSignIn signIn = new HttpSignIn(browser);
        Page page = signIn.signIn(app.authorizationUrl(), username, TestUsers.PASSWORD);
        page = signIn.continueFromSecurityInformation(signIn.appCode(page, Totp.unused(secret(username))));
        if (!page.has("#sa-proof-start-form")) {
            return page;
        }
        return browser.submit(page.form("#sa-proof-start-form").with("action", "start"));
    }

    private Page phoneStep(HttpBrowser browser, String username, ProofingPerson person) throws Exception {
        Page page = proofingStart(browser, username);
        if (page.has("#sa-proof-phone-form")) {
            // Identity and account were matched at an earlier sign-in.
            return page;
        }
        page = browser.submit(page.form("#sa-proof-identity-form")
                .with("first_name", person.firstName()).with("last_name", person.lastName()).with("tax_id", person.taxId())
                .with("dob_month", person.dobMonth()).with("dob_day", person.dobDay()).with("dob_year", person.dobYear())
                .with("filing_status", person.filingStatus()).with("address_line1", person.line1()).with("city", person.city())
                .with("state", person.state()).with("zip", person.zip()).with("action", "continue"));
        page = browser.submit(page.form("#sa-proof-account-form").with("account_type", "CREDIT_CARD")
                .with("account_number", person.card()).with("action", "continue"));
        assertEquals("Verify your mobile phone", page.heading(), page.describe());
        return page;
    }

    /** The person with a mobile number of this class's own, so no other test's texts count against it. */
    private static ProofingPerson withMobile(ProofingPerson p, String mobile) {
        return new ProofingPerson(p.firstName(), p.lastName(), p.taxId(), p.dobYear(), p.dobMonth(), p.dobDay(), p.filingStatus(),
                p.line1(), p.city(), p.state(), p.zip(), p.card(), mobile, p.mobileLineType());
    }

    private static Page submitNumber(HttpBrowser browser, Page page, String number) throws Exception {
        return browser.submit(page.form("#sa-proof-phone-form").with("phoneNumber", number));
    }

    /**
     * The activation-code form; a refresh of a void code shows the number page instead (the pending number is kept),
     * whose form then carries the code (the server reads the action, not which page the form came from).
     */
    private static Form phoneCodeForm(Page page) {
        return page.has("#sa-proof-phone-code-form") ? page.form("#sa-proof-phone-code-form")
                : page.form("#sa-proof-phone-form").with("action", "code");
    }

    /** The page the sign-in is at now (the form's address without its used action code: a refresh). */
    private static Page current(HttpBrowser browser, Form form) throws Exception {
        return browser.open(form.action().toString().replaceAll("session_code=[^&]*&?", ""));
    }

    private static Page refresh(HttpBrowser browser, Page page) throws Exception {
        return current(browser, page.form(null));
    }

    private void unverifyEmail(String id) {
        UserRepresentation user = realm.admin().users().get(id).toRepresentation();
        user.setEmailVerified(false);
        realm.admin().users().get(id).update(user);
    }

    private boolean phoneCredentialIs(String userId, String lastFour) {
        return realm.admin().users().get(userId).credentials().stream()
                .anyMatch(c -> c.getType().equals("secure-access-phone") && String.valueOf(c.getUserLabel()).endsWith(lastFour));
    }

    private long proofingErrors(String userId, String step, String error) {
        List<EventRepresentation> events = realm.admin().getEvents(List.of("CUSTOM_REQUIRED_ACTION_ERROR"), null, userId, null, null, null, 0, 1000);
        return events.stream().filter(e -> error.equals(e.getError()) && e.getDetails() != null
                && step.equals(e.getDetails().get("proofing_step"))).count();
    }

    private List<String> confirmationMails() throws Exception {
        List<String> codes = new ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            Matcher code = Pattern.compile("Your confirmation code is (\\d{6})").matcher(text(message));
            if (code.find()) {
                codes.add(code.group(1));
            }
        }
        return codes;
    }

    private String lastEmailedCode() throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        List<String> codes = confirmationMails();
        while (codes.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            codes = confirmationMails();
        }
        assertFalse(codes.isEmpty(), "a confirmation code was emailed");
        String code = codes.get(codes.size() - 1);
        FakeSmsGateway.recordIssuedCode(code);
        return code;
    }

    private static String text(MimeMessage message) throws Exception {
        Object content = message.getContent();
        return content instanceof MimeMultipart multipart ? String.valueOf(multipart.getBodyPart(0).getContent()) : String.valueOf(content);
    }

    private static String wrongCode(String right) {
        return right.equals("000000") ? "111111" : "000000";
    }
}
