package org.secureaccess.keycloak.secondfactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.AuthenticatorConfigRepresentation;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.realm.RealmBuilder;
import org.keycloak.testframework.remote.timeoffset.InjectTimeOffSet;
import org.keycloak.testframework.remote.timeoffset.TimeOffSet;
import org.secureaccess.keycloak.testsupport.DemoApp;
import org.secureaccess.keycloak.testsupport.FakeSmsGateway;
import org.secureaccess.keycloak.testsupport.HttpBrowser;
import org.secureaccess.keycloak.testsupport.HttpBrowser.Form;
import org.secureaccess.keycloak.testsupport.HttpBrowser.Page;
import org.secureaccess.keycloak.testsupport.HttpSignIn;
import org.secureaccess.keycloak.testsupport.DemoRealmConfig;
import org.secureaccess.keycloak.testsupport.ParallelPosts;
import org.secureaccess.keycloak.testsupport.SecureAccessServerConfig;
import org.secureaccess.keycloak.testsupport.TestUsers;
import org.secureaccess.keycloak.testsupport.Totp;

/**
 * Every limit of the second factor under 20 parallel posts, through one authentication session (one cookie jar)
 * and through many: at most 5 wrong entries are evaluated per code, the lock comes at exactly 10 wrong codes, one
 * right code posted twice at once signs in once, and the text caps hold exactly. Each count comes from the server's
 * own events (one per code it evaluated) or from the texts the gateway received, never from timing.
 *
 * <p>Keycloak's own brute-force protection is off in this realm. With it on, Keycloak 26 turns away a second login
 * request of a person while one is being processed, but only on the node that holds that request (a map in the
 * JVM): parallel posts that reach different cluster nodes are not turned away. One test server can only play a
 * cluster by not having that map in the way.
 */
@KeycloakIntegrationTest(config = SecureAccessServerConfig.class)
class ParallelCodesIT {

    private static final int PARALLEL = 20;
    private static final String SECRET = "parallel-codes-it-app-secret";
    /** The texted code's resend wait here: a page refresh during a test never sends a new code, however slow the machine. */
    private static final int RESEND_WAIT = 300;

    /** The demo realm without Keycloak's brute-force protection, and a long resend wait for texted sign-in codes. */
    public static class ParallelRealmConfig extends DemoRealmConfig {
        @Override
        public RealmBuilder configure(RealmBuilder ignored) {
            RealmRepresentation realm = load();
            realm.setBruteForceProtected(false);
            for (AuthenticatorConfigRepresentation config : realm.getAuthenticatorConfig()) {
                if ("sa-amr-sms".equals(config.getAlias())) {
                    Map<String, String> values = new HashMap<>(config.getConfig());
                    values.put("resendCooldownSeconds", String.valueOf(RESEND_WAIT));
                    config.setConfig(values);
                }
            }
            return RealmBuilder.update(realm);
        }
    }

    @InjectRealm(config = ParallelRealmConfig.class)
    ManagedRealm realm;

    @InjectAdminClient
    Keycloak admin;

    @InjectTimeOffSet
    TimeOffSet timeOffset;

    private final FakeSmsGateway sms = FakeSmsGateway.get();
    private DemoApp app;

    @BeforeEach
    void start() throws Exception {
        sms.reset();
        app = new DemoApp(realm.getBaseUrl());
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void twentyWrongTextedCodesAtOnceThroughOneSignInCountFiveAndVoidTheCode() throws Exception {
        String id = TestUsers.createWithPhone(realm, admin, "parallel-sms-code", "(202) 555-0501");
        String number = "+12025550501";
        HttpBrowser browser = browser();
        Page codePage = new HttpSignIn(browser).signIn(app.authorizationUrl(), "parallel-sms-code", TestUsers.PASSWORD);
        String right = sms.lastCodeTo(number);
        Form wrong = codePage.form("#sa-sms-code-form").with("code", wrongCode(right));

        ParallelPosts.send(browser, wrong, PARALLEL);
        long evaluated = loginErrors(id, "invalid_user_credentials");
        assertTrue(evaluated <= 5, "at most 5 wrong entries are evaluated for one code, but " + evaluated + " of " + PARALLEL
                + " parallel posts were");

        // Keycloak may have turned some parallel posts away before our code page saw them (their form was already
        // used); wrong entries one after the other make up the difference, and the code is void after exactly five.
        Page page = current(browser, wrong);
        for (int i = 0; i < 10 && !page.text().contains("can no longer be used"); i++) {
            page = browser.submit(page.form("#sa-sms-code-form").with("code", wrongCode(right)));
        }
        assertEquals(5, loginErrors(id, "invalid_user_credentials"), "exactly 5 wrong entries were evaluated for the code");
        page = browser.submit(page.form("#sa-sms-code-form").with("code", right));
        assertTrue(page.has("#sa-sms-code-form") && page.text().contains("can no longer be used"),
                "the right code of a void code is refused: " + page.describe());
        assertEquals(1, sms.messagesTo(number).size(), "no new code was sent meanwhile");
    }

    @Test
    void twentyWrongAppCodesFromTwentySignInsAtOnceLockAtExactlyTenAndTheRightCodeIsRefused() throws Exception {
        String id = TestUsers.createWithApp(realm, "parallel-lock-many", SECRET);
        List<HttpBrowser> browsers = new ArrayList<>();
        List<Form> forms = new ArrayList<>();
        String wrong = wrongAppCode();
        for (int i = 0; i < PARALLEL; i++) {
            HttpBrowser browser = browser();
            browsers.add(browser);
            forms.add(appCodePage(browser, "parallel-lock-many").form("#kc-otp-login-form").with("otp", wrong));
        }
        // One more sign-in waits at the app-code page, to try the right code once the wrong ones are in.
        HttpBrowser rightful = browser();
        Form rightForm = appCodePage(rightful, "parallel-lock-many").form("#kc-otp-login-form");

        List<Page> answers = ParallelPosts.send(browsers, forms);
        assertEquals(10, loginErrors(id, "invalid_user_credentials"),
                "exactly 10 of " + PARALLEL + " parallel wrong codes are evaluated; the others are refused unevaluated");
        assertEquals(1, loginErrors(id, SecondFactorLock.LOCKED_ERROR), "the lock starts once");
        long paused = answers.stream().filter(a -> "Sign-in is paused".equals(a.heading())).count();
        assertTrue(paused >= PARALLEL - 9, "every post past the tenth sees the lock: " + headings(answers));

        Page afterwards = rightful.post(rightForm.with("otp", Totp.now(SECRET)));
        assertEquals("Sign-in is paused", afterwards.heading(), "the right code is refused while locked: " + afterwards.describe());
    }

    @Test
    void twentyWrongAppCodesAtOnceThroughOneSignInLockAtExactlyTen() throws Exception {
        String id = TestUsers.createWithApp(realm, "parallel-lock-one", SECRET);
        HttpBrowser browser = browser();
        Form wrong = appCodePage(browser, "parallel-lock-one").form("#kc-otp-login-form").with("otp", wrongAppCode());
        HttpBrowser rightful = browser();
        Form rightForm = appCodePage(rightful, "parallel-lock-one").form("#kc-otp-login-form");

        ParallelPosts.send(browser, wrong, PARALLEL);
        long evaluated = loginErrors(id, "invalid_user_credentials");
        assertTrue(evaluated <= 10, "at most 10 wrong codes are evaluated before the lock, but " + evaluated + " were");

        // Posts Keycloak turned away (their form was already used) are made up one after the other: the lock comes
        // with the tenth wrong code, not before and not after.
        Page page = current(browser, wrong);
        for (int i = 0; i < 12 && !"Sign-in is paused".equals(page.heading()); i++) {
            assertTrue(loginErrors(id, SecondFactorLock.LOCKED_ERROR) == 0, "no lock before the tenth wrong code");
            page = browser.submit(page.form("#kc-otp-login-form").with("otp", wrongAppCode()));
        }
        assertEquals("Sign-in is paused", page.heading(), page.describe());
        assertEquals(10, loginErrors(id, "invalid_user_credentials"), "the lock came with exactly the tenth wrong code");
        assertEquals(1, loginErrors(id, SecondFactorLock.LOCKED_ERROR));
        assertEquals("Sign-in is paused", rightful.post(rightForm.with("otp", Totp.now(SECRET))).heading(),
                "the right code is refused while locked");
    }

    @Test
    void oneRightTextedCodePostedTwiceAtOnceSignsInOnce() throws Exception {
        TestUsers.createWithPhone(realm, admin, "parallel-right-sms", "(202) 555-0502");
        HttpBrowser browser = browser();
        Page codePage = new HttpSignIn(browser).signIn(app.authorizationUrl(), "parallel-right-sms", TestUsers.PASSWORD);
        Form right = codePage.form("#sa-sms-code-form").with("code", sms.lastCodeTo("+12025550502"));

        List<Page> answers = ParallelPosts.send(browser, right, 2);
        assertEquals(1, answers.stream().filter(ParallelCodesIT::passedTheSecondFactor).count(),
                "one code, one sign-in: " + headings(answers));
    }

    @Test
    void oneRightAppCodePostedByTwoSignInsAtOnceSignsInOnce() throws Exception {
        TestUsers.createWithApp(realm, "parallel-right-app", SECRET);
        List<HttpBrowser> browsers = List.of(browser(), browser());
        List<Form> forms = new ArrayList<>();
        for (HttpBrowser browser : browsers) {
            forms.add(appCodePage(browser, "parallel-right-app").form("#kc-otp-login-form"));
        }
        String code = Totp.unused(SECRET);
        forms.forEach(form -> form.with("otp", code));

        List<Page> answers = ParallelPosts.send(browsers, forms);
        assertEquals(1, answers.stream().filter(ParallelCodesIT::passedTheSecondFactor).count(),
                "Keycloak's single-use store lets one of two parallel sign-ins use an app code: " + headings(answers));
    }

    @Test
    void twentyResendsAtOnceThroughOneSignInSendOneText() throws Exception {
        TestUsers.createWithPhone(realm, admin, "parallel-resend", "(202) 555-0503");
        String number = "+12025550503";
        HttpBrowser browser = browser();
        Page codePage = new HttpSignIn(browser).signIn(app.authorizationUrl(), "parallel-resend", TestUsers.PASSWORD);
        assertEquals(1, sms.messagesTo(number).size());
        timeOffset.set(RESEND_WAIT + 1);

        ParallelPosts.send(browser, codePage.form("#sa-resend-form"), PARALLEL);
        assertEquals(2, sms.messagesTo(number).size(), "one text per resend wait of one sign-in, however many ask at once");
    }

    @Test
    void twentyNumbersEnteredAtOnceFromTwentySignInsGetExactlyTenTexts() throws Exception {
        TestUsers.create(realm, "parallel-send-cap");
        String number = "+12025550504";
        List<HttpBrowser> browsers = new ArrayList<>();
        List<Form> forms = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            HttpBrowser browser = browser();
            browsers.add(browser);
            forms.add(enrolmentPage(browser, "parallel-send-cap").form("#sa-phone-form").with("phoneNumber", "(202) 555-0504"));
        }

        List<Page> answers = ParallelPosts.send(browsers, forms);
        assertEquals(10, sms.messagesTo(number).size(), "10 texts per person and per number in 10 minutes, exactly: " + headings(answers));
        assertEquals(PARALLEL - 10, answers.stream().filter(a -> "Too many codes requested".equals(a.heading())).count(),
                headings(answers));
    }

    @Test
    void twentyWrongEnrolmentCodesAtOnceCountFiveAndEnrolNothing() throws Exception {
        String id = TestUsers.create(realm, "parallel-enrol-code");
        String number = "+12025550505";
        HttpBrowser browser = browser();
        Page codePage = browser.submit(enrolmentPage(browser, "parallel-enrol-code").form("#sa-phone-form")
                .with("phoneNumber", "(202) 555-0505"));
        assertEquals("Confirm your mobile phone", codePage.heading(), codePage.describe());
        String right = sms.lastCodeTo(number);
        Form wrong = codePage.form("#sa-phone-verify-form").with("code", wrongCode(right));

        ParallelPosts.send(browser, wrong, PARALLEL);
        long evaluated = events(id, "UPDATE_CREDENTIAL_ERROR", "invalid_code");
        assertTrue(evaluated <= 5, "at most 5 wrong entries are evaluated for one enrolment code, but " + evaluated + " were");

        Page page = current(browser, wrong);
        for (int i = 0; i < 10 && !page.text().contains("can no longer be used"); i++) {
            page = browser.submit(enrolmentCodeForm(page).with("code", wrongCode(right)));
        }
        assertEquals(5, events(id, "UPDATE_CREDENTIAL_ERROR", "invalid_code"), "exactly 5 wrong entries were evaluated");
        page = browser.submit(enrolmentCodeForm(page).with("code", right));
        assertTrue(page.text().contains("can no longer be used"), page.describe());
        assertFalse(realm.admin().users().get(id).credentials().stream().anyMatch(c -> c.getType().equals("secure-access-phone")),
                "no number enrolled with a void code");
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private HttpBrowser browser() {
        return new HttpBrowser(realm.getBaseUrl());
    }

    private Page appCodePage(HttpBrowser browser, String username) throws Exception {
        Page page = new HttpSignIn(browser).signIn(app.authorizationUrl(), username, TestUsers.PASSWORD);
        if (!page.has("#kc-otp-login-form")) {
            throw new AssertionError("Expected the app-code page: " + page.describe());
        }
        return page;
    }

    /** "Add a mobile phone" for a person without a second factor (after Online Security Information). */
    private Page enrolmentPage(HttpBrowser browser, String username) throws Exception {
        HttpSignIn signIn = new HttpSignIn(browser);
        Page page = signIn.continueFromSecurityInformation(signIn.signIn(app.authorizationUrl(), username, TestUsers.PASSWORD));
        if (!page.has("#sa-phone-form")) {
            throw new AssertionError("Expected the phone enrolment page: " + page.describe());
        }
        return page;
    }

    /**
     * The code form of phone enrolment; a refresh shows the number page instead (the pending number is kept), whose
     * form then carries the code (the server reads the step, not which page the form came from).
     */
    private static Form enrolmentCodeForm(Page page) {
        return page.has("#sa-phone-verify-form") ? page.form("#sa-phone-verify-form") : page.form("#sa-phone-form").with("step", "code");
    }

    /** The page the sign-in is at now (the form's address without its used action code: a refresh). */
    private static Page current(HttpBrowser browser, Form form) throws Exception {
        return browser.open(form.action().toString().replaceAll("session_code=[^&]*&?", ""));
    }

    /** Through the second factor: the next page of the sign-in (Online Security Information), or out to the application. */
    private static boolean passedTheSecondFactor(Page answer) {
        return answer.status() == 200 && answer.has("#sa-security-form")
                || answer.redirect().map(to -> !to.getPath().contains("/login-actions/")).orElse(false);
    }

    private long loginErrors(String userId, String error) {
        return events(userId, "LOGIN_ERROR", error);
    }

    private long events(String userId, String type, String error) {
        List<EventRepresentation> events = realm.admin().getEvents(List.of(type), null, userId, null, null, null, 0, 1000);
        return events.stream().filter(e -> error.equals(e.getError())).count();
    }

    private static String wrongCode(String right) {
        return right.equals("000000") ? "111111" : "000000";
    }

    /** A code that is none of the app's codes Keycloak accepts now (this step and one on either side). */
    private static String wrongAppCode() {
        long now = System.currentTimeMillis() / 1000;
        List<String> accepted = List.of(Totp.code(SECRET, now - 30), Totp.code(SECRET, now), Totp.code(SECRET, now + 30),
                Totp.code(SECRET, now + 60));
        for (String candidate : List.of("000000", "111111", "222222", "333333", "444444")) {
            if (!accepted.contains(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no wrong code found");
    }

    private static String headings(List<Page> answers) {
        return answers.stream().map(a -> a.status() + " " + (a.redirect().isPresent() ? "-> " + a.url().getPath() : a.heading()))
                .collect(Collectors.joining("; "));
    }
}
