package org.secureaccess.keycloak.proofing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.keycloak.representations.idm.RequiredActionConfigRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.remote.runonserver.InjectRunOnServer;
import org.keycloak.testframework.remote.runonserver.RunOnServerClient;
import org.keycloak.util.JsonSerialization;
import org.secureaccess.keycloak.evidence.ServerSideChecks;
import org.secureaccess.keycloak.testsupport.Chromium;
import org.secureaccess.keycloak.testsupport.DemoApp;
import org.secureaccess.keycloak.testsupport.FakeLetterService;
import org.secureaccess.keycloak.testsupport.FakeSmsGateway;
import org.secureaccess.keycloak.testsupport.LenientBruteForceRealmConfig;
import org.secureaccess.keycloak.testsupport.LoginPages;
import org.secureaccess.keycloak.testsupport.PageChecks;
import org.secureaccess.keycloak.testsupport.ProofingPerson;
import org.secureaccess.keycloak.testsupport.ProofingWizard;
import org.secureaccess.keycloak.testsupport.ReferenceRecords;
import org.secureaccess.keycloak.testsupport.SecureAccessServerConfig;
import org.secureaccess.keycloak.testsupport.TestUsers;
import org.secureaccess.keycloak.testsupport.Totp;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * "Verify your identity" end to end: real pages in Chromium, records imported through the admin API,
 * the email code through a real SMTP server, the phone code through the fake SMS gateway, the letter
 * through the fake print-and-mail API, and the result in real tokens.
 */
@KeycloakIntegrationTest(config = SecureAccessServerConfig.class)
class IdentityProofingIT {

    static final String ACTION = "secure-access-verify-identity";

    static final String APP_SECRET = "ProofingTestsAppSecret01";
    static final String LEVEL_2 = "urn:secure-access:acr:mfa-identity-records-match";

    @RegisterExtension
    static Chromium chromium = new Chromium();

    @InjectRealm(config = LenientBruteForceRealmConfig.class)
    ManagedRealm realm;

    @InjectAdminClient
    Keycloak admin;

    @InjectMailServer
    MailServer mail;

    @InjectRunOnServer(permittedPackages = "org.secureaccess.keycloak")
    RunOnServerClient runOnServer;

    private final FakeSmsGateway sms = FakeSmsGateway.get();
    private final FakeLetterService letters = FakeLetterService.get();
    private final List<String> secretsTyped = new ArrayList<>();

    @BeforeEach
    void reset() {
        sms.reset();
        letters.reset();
        mail.runCleanup();
    }

    @Test
    void verifiesByPhoneThroughEveryStepAndTheTokenSaysSo() throws Exception {
        ProofingPerson riley = person(1, "Riley", "Records", "MOBILE");
        String id = createUser("proof-phone");
        unverifyEmail(id);

        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            ProofingWizard wizard = signIn(app.authorizationUrl(), "proof-phone");
            assertEquals("Verify your identity", wizard.heading());
            assertTrue(wizard.login().has("#sa-postpone"), "before the enforcement date it can wait");
            PageChecks.check(wizard.login().page(), "proofing-phone", "01-intro");

            wizard.start();
            assertEquals("Confirm your email address", wizard.heading());
            assertEquals("Step 1 of 5", wizard.progress());
            PageChecks.check(wizard.login().page(), "proofing-phone", "02-email-code");
            wizard.enterEmailCode(emailedCode());

            assertEquals("Your personal information", wizard.heading());
            assertEquals("Step 2 of 5", wizard.progress());
            PageChecks.check(wizard.login().page(), "proofing-phone", "03-identity");
            wizard.fillIdentity(riley).continueOn();

            assertEquals("Verify a financial account", wizard.heading());
            assertEquals("Step 3 of 5", wizard.progress());
            PageChecks.check(wizard.login().page(), "proofing-phone", "04-account");
            wizard.enterCard(riley.card());

            assertEquals("Verify your mobile phone", wizard.heading());
            assertEquals("Step 4 of 5", wizard.progress());
            PageChecks.check(wizard.login().page(), "proofing-phone", "05-phone");
            wizard.enterPhone("(202) 555-0101");
            assertEquals("Enter the code we texted you", wizard.heading());
            PageChecks.check(wizard.login().page(), "proofing-phone", "06-phone-code");
            wizard.enterPhoneCode(sms.lastCodeTo(riley.mobile()));

            assertEquals("Your identity is verified", wizard.heading());
            assertEquals("Step 5 of 5", wizard.progress());
            assertEquals("Records match and mobile phone", wizard.login().page().locator("#sa-verified-method").innerText().strip());
            PageChecks.check(wizard.login().page(), "proofing-phone", "07-done");
            wizard.finish();

            DemoApp.Tokens tokens = app.awaitTokens();
            JsonNode verified = tokens.idToken().get("verified_claims");
            assertNotNull(verified, "the ID token carries verified_claims: " + tokens.idToken());
            assertEquals("secure_access_records_match", verified.at("/verification/trust_framework").asText());
            assertEquals("records-match", verified.at("/verification/assurance_level").asText());
            assertEquals("phone", verified.at("/verification/verification_process").asText());
            assertFalse(verified.at("/verification/time").asText().isEmpty());
            assertEquals("Riley", verified.at("/claims/given_name").asText());
            assertEquals("Records", verified.at("/claims/family_name").asText());
            assertEquals("urn:secure-access:acr:mfa", tokens.idToken().get("acr").asText(), "level 2 only when a client asks for it");
        }

        JsonNode status = adminGet("secure-access-proofing/users/" + id);
        assertEquals("VERIFIED", status.get("status").asText());
        assertEquals("PHONE", status.get("method").asText());
        assertTrue(realm.admin().users().get(id).toRepresentation().isEmailVerified(), "the email code verified the address");
        assertEquals("(•••) •••-0101", adminGet("secure-access-phones/users/" + id).get("phone").asText(),
                "the proven number is the person's second-factor phone");
        assertTrue(notice("Someone verified the identity on your"), "the proofing notice is emailed");

        // The next sign-in goes straight through: no proofing, and the texted code is offered.
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            LoginPages login = new LoginPages(chromium.newContext("en", Chromium.DESKTOP_WIDTH)).open(app.authorizationUrl())
                    .signIn("proof-phone", TestUsers.PASSWORD);
            login.enterAppCode(Totp.unused(APP_SECRET + "proof-phone")).acknowledgeSecurityInformation();
            assertTrue(app.awaitCallback().containsKey("code"));
        }
    }

    @Test
    void aPhoneThatDoesNotMatchLeadsToALetterWhoseCodeIsEnteredAtALaterSignIn() throws Exception {
        ProofingPerson jordan = person(2, "Jordan", "Letter", "LANDLINE");
        createUser("proof-letter");

        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            ProofingWizard wizard = signIn(app.authorizationUrl(), "proof-letter").start();
            wizard.fillIdentity(jordan).continueOn();
            wizard.enterCard(jordan.card());
            wizard.enterPhone("(202) 555-0102");
            assertEquals("Verify your mobile phone", wizard.heading());
            assertTrue(wizard.login().message().contains("We could not confirm that this mobile number is in your name"),
                    wizard.login().message());
            assertTrue(sms.messagesTo(jordan.mobile()).isEmpty(), "no text to a number that is not the person's mobile");

            wizard.chooseLetter();
            assertEquals("Get an activation code by mail", wizard.heading());
            PageChecks.check(wizard.login().page(), "proofing-letter", "01-letter-request");
            wizard.sendLetter();
            assertEquals("Your activation letter", wizard.heading());
            String mainText = wizard.login().mainText();
            assertTrue(mainText.contains("Letter sent on"), mainText);
            assertTrue(mainText.contains("Usually 5 to 10 days after it was sent"), mainText);
            assertTrue(mainText.contains("Code expires on"), mainText);
            PageChecks.check(wizard.login().page(), "proofing-letter", "02-letter-status");

            JsonNode letter = letters.lastLetterTo("Jordan Letter");
            assertEquals(jordan.line1(), letter.at("/to/line1").asText(), "the letter goes to the address of record");
            assertEquals(10, letter.get("activationCode").asText().length());

            wizard.postpone();
            assertTrue(app.awaitCallback().containsKey("code"), "before the enforcement date the person may continue meanwhile");

            // The account console says the same, with the one thing left to do.
            com.microsoft.playwright.Page console = wizard.login().page();
            console.navigate(realm.getBaseUrl() + "/account/content/identity-verification");
            com.microsoft.playwright.Locator status = console.locator("[data-testid=sa-identity-status]");
            status.waitFor();
            assertEquals("LETTER_PENDING", status.getAttribute("data-status"));
            assertTrue(status.innerText().contains("We mailed an activation code to your address of record"), status.innerText());
            assertTrue(status.innerText().contains("Letter sent on"), status.innerText());
            assertEquals(1, status.getByText("Enter my activation code").count(), status.innerText());
            PageChecks.assertAccessible(console, "account-console/identity-letter-pending-en");
        }

        String code = letters.lastLetterTo("Jordan Letter").get("activationCode").asText();
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            ProofingWizard later = signIn(chromium.newContext("en", Chromium.DESKTOP_WIDTH), app.authorizationUrl(), "proof-letter");
            assertEquals("Your activation letter", later.heading(), "every later sign-in shows where things stand");
            later.enterLetterCode("WRONG-CODE0");
            assertTrue(later.login().fieldError("letter_code").contains("That code is not correct"), later.login().fieldError("letter_code"));
            later.enterLetterCode(code.substring(0, 5).toLowerCase() + "-" + code.substring(5));
            assertEquals("Your identity is verified", later.heading());
            assertEquals("Records match and mailed activation code", later.login().page().locator("#sa-verified-method").innerText().strip());
            later.finish();
            assertEquals("letter", app.awaitTokens().idToken().at("/verified_claims/verification/verification_process").asText());
        }
    }

    @Test
    void badInputIsExplainedOnTheSamePageAndNothingSecretIsShownAgain() throws Exception {
        ProofingPerson casey = person(3, "Casey", "Input", "MOBILE");
        createUser("proof-input");
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            ProofingWizard wizard = signIn(app.authorizationUrl(), "proof-input").start();
            wizard.fillIdentity(casey, "000-12-3456", "2999").continueOn();

            assertEquals("Your personal information", wizard.heading());
            assertEquals("Error: Enter a valid 9-digit Social Security number or ITIN.", wizard.login().fieldError("tax_id"));
            assertTrue(wizard.login().fieldError("dob").contains("Your date of birth must be in the past."), wizard.login().fieldError("dob"));
            assertTrue(wizard.login().has("#sa-error-summary"), "a long form lists its errors at the top");
            assertEquals("Casey", wizard.value("#first_name"), "what was typed is kept");
            assertEquals(casey.line1(), wizard.value("#address_line1"));
            assertEquals("", wizard.value("#tax_id"), "the SSN is never sent back to the page");
            assertEquals("", wizard.value("#dob_year"), "nor the date of birth");
            PageChecks.check(wizard.login().page(), "proofing-errors", "01-identity-errors");

            wizard.fillIdentity(casey).continueOn();
            wizard.login().page().locator("#account_number").fill("1234");
            wizard.login().page().locator("input[name=account_type][value=CREDIT_CARD]").check();
            wizard.login().submit("#sa-continue");
            assertEquals("Error: Enter the last 8 digits of the credit card.", wizard.login().fieldError("account_number"));
            assertTrue(wizard.login().page().locator("input[name=account_type][value=CREDIT_CARD]").isChecked(), "the chosen type is kept");

            wizard.back();
            assertEquals("Your personal information", wizard.heading(), "Back goes to the previous step");
            assertEquals("Casey", wizard.value("#first_name"), "with the name and address kept");
            assertEquals("", wizard.value("#tax_id"));
            wizard.fillIdentity(casey).continueOn();
            assertEquals("Verify a financial account", wizard.heading());
        }
    }

    @Test
    void eachStepSaysWhatWentWrongAndLetsThePersonTryAgain() throws Exception {
        ProofingPerson drew = person(7, "Drew", "Steps", "MOBILE");
        String id = createUser("proof-steps");
        unverifyEmail(id);
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            ProofingWizard wizard = signIn(app.authorizationUrl(), "proof-steps").start();
            String emailCode = emailedCode();
            wizard.enterEmailCode(emailCode.equals("000000") ? "111111" : "000000");
            assertEquals("Confirm your email address", wizard.heading());
            assertTrue(wizard.login().fieldError("code").contains("That code is not correct"), wizard.login().fieldError("code"));
            wizard.enterEmailCode(emailCode);

            wizard.fillIdentity(drew).continueOn();
            wizard.enterCard(drew.wrongCard());
            assertEquals("Verify a financial account", wizard.heading());
            assertTrue(wizard.login().message().contains("does not match our records"), wizard.login().message());
            assertFalse(wizard.login().message().toLowerCase().contains("card"), "never which detail failed");
            wizard.enterCard(drew.card());

            wizard.enterPhone(drew.mobile());
            String code = sms.lastCodeTo(drew.mobile());
            wizard.enterPhoneCode(code.equals("000000") ? "111111" : "000000");
            assertEquals("Enter the code we texted you", wizard.heading());
            assertTrue(wizard.login().fieldError("code").contains("That code is not correct"), wizard.login().fieldError("code"));
            wizard.enterPhoneCode(code);
            assertEquals("Your identity is verified", wizard.heading());
        }
    }

    @Test
    void codesIssuedForOnePersonOfRecordNeverVerifyTheAccountAsAnother() throws Exception {
        ProofingPerson first = person(8, "Avery", "First", "LANDLINE");
        ProofingPerson second = person(9, "Blake", "Second", "MOBILE");
        String id = createUser("proof-switch");
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            ProofingWizard wizard = signIn(app.authorizationUrl(), "proof-switch").start();
            // A letter on its way to the first person's address of record...
            wizard.fillIdentity(first).continueOn();
            wizard.enterCard(first.card());
            wizard.chooseLetter().sendLetter();
            assertEquals("Your activation letter", wizard.heading());
            // ...then back to the personal information, this time another person's.
            wizard.login().submit("#sa-use-phone");
            wizard.back();
            wizard.back();
            assertEquals("Your personal information", wizard.heading());
            wizard.fillIdentity(second).continueOn();
            assertEquals("Verify a financial account", wizard.heading(), "the first person's letter no longer stands");
            wizard.enterCard(second.card());
            assertEquals("Verify your mobile phone", wizard.heading());

            // A code texted to the second person's phone, then back again to the first person.
            wizard.enterPhone(second.mobile());
            assertEquals("Enter the code we texted you", wizard.heading());
            String code = sms.lastCodeTo(second.mobile());
            postBack(wizard, "PHONE");
            wizard.back();
            wizard.fillIdentity(first).continueOn();
            wizard.enterCard(first.card());
            assertEquals("Verify your mobile phone", wizard.heading());
            assertTrue(wizard.login().has("#phoneNumber"), "asked for a number again, not for the code texted for the other person");
            // Even a hand-made code entry finds no code to match.
            wizard.login().page().evaluate("code => { const f = document.createElement('form'); f.method = 'post';"
                    + " f.action = document.querySelector('form').getAttribute('action');"
                    + " for (const [n, v] of [['action', 'code'], ['code', code]]) { const i = document.createElement('input');"
                    + " i.type = 'hidden'; i.name = n; i.value = v; f.appendChild(i); } document.body.appendChild(f); }", code);
            wizard.login().page().waitForNavigation(() -> wizard.login().page().evaluate("document.forms[document.forms.length - 1].submit()"));
            assertEquals("Verify your mobile phone", wizard.heading());
            assertFalse(wizard.login().page().locator("#sa-verified-method").count() > 0, "not verified");
        }
        JsonNode status = adminGet("secure-access-proofing/users/" + id);
        assertEquals("IN_PROGRESS", status.get("status").asText(), status.toString());
    }

    /** What a hand-made "Back" from a page that offers none posts. */
    private static void postBack(ProofingWizard wizard, String step) {
        com.microsoft.playwright.Page page = wizard.login().page();
        page.waitForNavigation(() -> page.evaluate("step => { const f = document.createElement('form'); f.method = 'post';"
                + " f.action = document.querySelector('form').getAttribute('action');"
                + " for (const [n, v] of [['action', 'back'], ['proof_step', step]]) { const i = document.createElement('input');"
                + " i.type = 'hidden'; i.name = n; i.value = v; f.appendChild(i); } document.body.appendChild(f); f.submit(); }", step));
    }

    @Test
    void oneIdentityVerifiesOneAccountAndTheSecondGetsGuidanceOnly() throws Exception {
        ProofingPerson sam = person(4, "Sam", "Once", "MOBILE");
        String firstId = createUser("proof-first");
        createUser("proof-second");
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            ProofingWizard wizard = signIn(app.authorizationUrl(), "proof-first").start();
            wizard.fillIdentity(sam).continueOn();
            wizard.enterCard(sam.card());
            wizard.enterPhone(sam.mobile());
            wizard.enterPhoneCode(sms.lastCodeTo(sam.mobile()));
            assertEquals("Your identity is verified", wizard.heading());
        }
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            ProofingWizard second = signIn(chromium.newContext("en", Chromium.DESKTOP_WIDTH), app.authorizationUrl(), "proof-second").start();
            second.fillIdentity(sam).continueOn();
            assertEquals("This identity is already verified", second.heading());
            String text = second.login().mainText();
            assertFalse(text.contains("proof-first"), "nothing about the other account");
            PageChecks.check(second.login().page(), "proofing-errors", "02-identity-in-use");
        }

        // Once the first account is deleted, its proofing and history go with it and the identity is free again.
        Map<?, ?> before = runOnServer.fetch(ServerSideChecks.rowsAbout(firstId), Map.class);
        assertTrue(((Number) before.get("history")).longValue() > 0 && ((Number) before.get("proofing")).longValue() == 1, before.toString());
        realm.admin().users().get(firstId).remove();
        Map<?, ?> after = runOnServer.fetch(ServerSideChecks.rowsAbout(firstId), Map.class);
        assertEquals(0L, ((Number) after.get("history")).longValue(), after.toString());
        assertEquals(0L, ((Number) after.get("proofing")).longValue(), after.toString());
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            ProofingWizard again = signIn(chromium.newContext("en", Chromium.DESKTOP_WIDTH), app.authorizationUrl(), "proof-second").start();
            again.fillIdentity(sam).continueOn();
            assertEquals("Verify a financial account", again.heading());
        }
    }

    @Test
    void administratorsVerifyByExceptionAndResetAndSeeTheFunnel() throws Exception {
        String id = createUser("proof-exception");
        HttpResponse<String> refused = adminPost("secure-access-proofing/users/" + id + "/exception", Map.of("method", "telephone"));
        assertEquals(400, refused.statusCode(), "a reason is required");
        HttpResponse<String> notJson = HttpClient.newHttpClient().send(adminRequest("secure-access-proofing/users/" + id + "/exception")
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("telephone")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(415, notJson.statusCode(), notJson.body());

        HttpResponse<String> done = adminPost("secure-access-proofing/users/" + id + "/exception",
                Map.of("method", "telephone", "reason", "Identity confirmed by phone, ticket 4471"));
        assertEquals(200, done.statusCode(), done.body());
        JsonNode status = JsonSerialization.mapper.readTree(done.body());
        assertEquals("VERIFIED", status.get("status").asText());
        assertEquals("EXCEPTION", status.get("method").asText());
        assertEquals("telephone: Identity confirmed by phone, ticket 4471", status.get("exceptionReason").asText());
        List<AdminEventRepresentation> events = realm.admin().getAdminEvents();
        assertTrue(events.stream().anyMatch(e -> "SECURE_ACCESS_PROOFING".equals(e.getResourceType()) && "UPDATE".equals(e.getOperationType())),
                "an admin event records the exception");

        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            LoginPages login = new LoginPages(chromium.page()).open(app.authorizationUrl()).signIn("proof-exception", TestUsers.PASSWORD);
            login.enterAppCode(Totp.unused(APP_SECRET + "proof-exception")).acknowledgeSecurityInformation();
            JsonNode verified = app.awaitTokens().idToken().get("verified_claims");
            assertEquals("exception", verified.at("/verification/verification_process").asText());
            assertEquals("exception", verified.at("/verification/assurance_level").asText());
        }

        HttpResponse<String> reset = HttpClient.newHttpClient().send(adminRequest("secure-access-proofing/users/" + id).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, reset.statusCode());
        assertEquals("NOT_STARTED", JsonSerialization.mapper.readTree(reset.body()).get("status").asText());
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            ProofingWizard wizard = signIn(chromium.newContext("en", Chromium.DESKTOP_WIDTH), app.authorizationUrl(), "proof-exception");
            assertEquals("Verify your identity", wizard.heading(), "after a reset the person proves their identity again");
        }

        JsonNode funnel = adminGet("secure-access-proofing/funnel");
        assertTrue(funnel.at("/stages/completed_by_exception").asLong() >= 1, funnel.toString());
        assertTrue(funnel.has("started") && funnel.has("completedOnline"), funnel.toString());
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(adminUrl("secure-access-proofing/funnel")))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode());

        HttpResponse<String> metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:9000/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("secure_access_proofing_stage_total{outcome=\"completed\",provider=\"administrator\",realm=\""
                + realm.getName() + "\",stage=\"completed_by_exception\"}"), "the funnel is on Keycloak's metrics endpoint, with its outcome and provider");
    }

    @Test
    void selfRegistrationIsFollowedByTheOfferToVerifyWhichCanBePutOff() throws Exception {
        org.keycloak.representations.idm.RealmRepresentation settings = realm.admin().toRepresentation();
        settings.setRegistrationAllowed(true);
        realm.admin().update(settings);
        RequiredActionConfigRepresentation proofingConfig = realm.admin().flows().getRequiredActionConfig(ACTION);
        Map<String, String> original = new HashMap<>(proofingConfig.getConfig());
        Map<String, String> withDeadline = new HashMap<>(original);
        withDeadline.put("enforcementDate", LocalDate.now(ZoneOffset.UTC).plusDays(30).toString());
        proofingConfig.setConfig(withDeadline);
        realm.admin().flows().updateRequiredActionConfig(ACTION, proofingConfig);
        realm.cleanup().add(r -> {
            org.keycloak.representations.idm.RealmRepresentation back = r.toRepresentation();
            back.setRegistrationAllowed(false);
            r.update(back);
            RequiredActionConfigRepresentation restored = r.flows().getRequiredActionConfig(ACTION);
            restored.setConfig(original);
            r.flows().updateRequiredActionConfig(ACTION, restored);
        });
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            LoginPages login = new LoginPages(chromium.page()).open(app.authorizationUrl(Map.of("prompt", "create")));
            com.microsoft.playwright.Page page = login.page();
            page.locator("#username").fill("proof-registered");
            page.locator("#email").fill("proof-registered@example.com");
            page.locator("#firstName").fill("Reggie");
            page.locator("#lastName").fill("Stration");
            page.locator("#password").fill(TestUsers.PASSWORD);
            page.locator("#password-confirm").fill(TestUsers.PASSWORD);
            login.submit("input[type=submit], button[type=submit]");
            assertEquals("Verify your identity", login.heading(), "a new account is offered identity proofing at once");
            realm.cleanup().add(r -> r.users().search("proof-registered").forEach(u -> r.users().get(u.getId()).remove()));
            // Keycloak evaluates the triggers again after each action: the offer must not come back.
            new ProofingWizard(login).postpone();
            // A new account has a password only: its first phone, proven by a code, comes before any session.
            assertEquals("Add a mobile phone for security codes", login.heading(), "'Remind me next time' goes on to the first phone");
            page.locator("#phoneNumber").fill("(202) 555-0196");
            login.submit("#sa-send-code");
            login.enterCode(sms.lastCodeTo("+12025550196"));
            assertTrue(app.awaitCallback(page).containsKey("code"), "then on to the application");
        }
    }

    @Test
    void theIdentityVerifiedLevelCanNotBePutOffAndIsNamedInTheToken() throws Exception {
        ProofingPerson lee = person(5, "Lee", "Level", "MOBILE");
        createUser("proof-level");
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            ProofingWizard wizard = signIn(app.authorizationUrl(Map.of("acr_values", LEVEL_2)), "proof-level");
            assertEquals("Verify your identity", wizard.heading());
            assertFalse(wizard.login().has("#sa-postpone"), "the identity-verified level can not be put off");
            wizard.start().fillIdentity(lee).continueOn();
            wizard.enterCard(lee.card());
            wizard.enterPhone(lee.mobile());
            wizard.enterPhoneCode(sms.lastCodeTo(lee.mobile()));
            wizard.finish();
            assertEquals(LEVEL_2, app.awaitTokens().idToken().get("acr").asText());
        }
    }

    @Test
    void noTestSecretIsStoredOutsideHashedColumns() throws Exception {
        ProofingPerson quinn = person(6, "Quinn", "Scan", "MOBILE");
        createUser("proof-scan");
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            ProofingWizard wizard = signIn(app.authorizationUrl(), "proof-scan").start();
            wizard.fillIdentity(quinn, quinn.taxId(), "1901").continueOn();
            wizard.fillIdentity(quinn).continueOn();
            wizard.enterCard(quinn.wrongCard());
            wizard.enterCard(quinn.card());
            wizard.chooseLetter().sendLetter();
            assertEquals("Your activation letter", wizard.heading());
        }
        ArrayList<String> secrets = new ArrayList<>(secretsTyped);
        secrets.add(quinn.wrongCard());
        Map<?, ?> scan = runOnServer.fetch(ServerSideChecks.scanDatabase(secrets, "proof-scan"), Map.class);
        assertTrue(((Number) scan.get("columns")).intValue() > 100, "the scan looked at the whole schema: " + scan);
        assertFalse(((List<?>) scan.get("controlHits")).isEmpty(), "the scan finds what is stored in clear: " + scan);
        assertEquals(List.of(), scan.get("secretHits"), "no SSN, date of birth or account number in any column");
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private ProofingPerson person(int n, String first, String last, String lineType) throws Exception {
        ProofingPerson person = ProofingPerson.number(n, first, last, lineType);
        secretsTyped.addAll(List.of(person.secrets()));
        ReferenceRecords.merge(realm, admin, person.csvRow());
        return person;
    }

    /** An unproofed person with an authenticator app of their own (codes of one secret can not be reused). */
    private String createUser(String username) throws Exception {
        return TestUsers.createUnproofedWithApp(realm, username, APP_SECRET + username);
    }

    private ProofingWizard signIn(String url, String username) {
        return signIn(chromium.page(), url, username);
    }

    private ProofingWizard signIn(com.microsoft.playwright.Page page, String url, String username) {
        LoginPages login = new LoginPages(page).open(url).signIn(username, TestUsers.PASSWORD);
        login.enterAppCode(Totp.unused(APP_SECRET + username)).acknowledgeSecurityInformation();
        return new ProofingWizard(login);
    }

    private void unverifyEmail(String id) {
        UserRepresentation user = realm.admin().users().get(id).toRepresentation();
        user.setEmailVerified(false);
        realm.admin().users().get(id).update(user);
    }

    private String emailedCode() throws Exception {
        assertTrue(mail.waitForIncomingEmail(10_000, 1), "the confirmation code is emailed");
        String body = text(mail.getLastReceivedMessage());
        Matcher code = Pattern.compile("Your confirmation code is (\\d{6})").matcher(body);
        assertTrue(code.find(), body);
        FakeSmsGateway.recordIssuedCode(code.group(1));
        return code.group(1);
    }

    private boolean notice(String words) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage message : mail.getReceivedMessages()) {
                if (text(message).contains(words)) {
                    return true;
                }
            }
            Thread.sleep(200);
        }
        return false;
    }

    private static String text(MimeMessage message) throws Exception {
        Object content = message.getContent();
        return content instanceof MimeMultipart multipart ? String.valueOf(multipart.getBodyPart(0).getContent()) : String.valueOf(content);
    }

    private String adminUrl(String path) {
        return realm.getBaseUrl().replace("/realms/", "/admin/realms/") + "/" + path;
    }

    private HttpRequest.Builder adminRequest(String path) {
        return HttpRequest.newBuilder(URI.create(adminUrl(path))).header("Authorization", "Bearer " + admin.tokenManager().getAccessTokenString());
    }

    private JsonNode adminGet(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(adminRequest(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return JsonSerialization.mapper.readTree(response.body());
    }

    private HttpResponse<String> adminPost(String path, Object body) throws Exception {
        return HttpClient.newHttpClient().send(adminRequest(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JsonSerialization.writeValueAsString(body))).build(), HttpResponse.BodyHandlers.ofString());
    }
}
