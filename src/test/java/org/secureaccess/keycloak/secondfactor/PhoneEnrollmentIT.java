package org.secureaccess.keycloak.secondfactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import jakarta.ws.rs.BadRequestException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RequiredActionConfigRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.remote.timeoffset.InjectTimeOffSet;
import org.keycloak.testframework.remote.timeoffset.TimeOffSet;
import org.keycloak.util.JsonSerialization;
import org.secureaccess.keycloak.sms.SmsSegments;
import org.secureaccess.keycloak.testsupport.Chromium;
import org.secureaccess.keycloak.testsupport.DemoApp;
import org.secureaccess.keycloak.testsupport.FakeSmsGateway;
import org.secureaccess.keycloak.testsupport.HttpBrowser;
import org.secureaccess.keycloak.testsupport.HttpBrowser.Page;
import org.secureaccess.keycloak.testsupport.HttpSignIn;
import org.secureaccess.keycloak.testsupport.LenientBruteForceRealmConfig;
import org.secureaccess.keycloak.testsupport.LoginPages;
import org.secureaccess.keycloak.testsupport.SecureAccessServerConfig;
import org.secureaccess.keycloak.testsupport.TestUsers;

import com.fasterxml.jackson.databind.JsonNode;

/** Adding, changing, setting (by an administrator) and auto-enrolling the phone that receives codes. */
@KeycloakIntegrationTest(config = SecureAccessServerConfig.class)
class PhoneEnrollmentIT {

    private static final String ACTION = "secure-access-phone";

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
    void aPersonWithoutASecondFactorSetsUpTheirPhoneAndBadNumbersAreExplained() throws Exception {
        TestUsers.createWithPhone(realm, admin, "owner-of-0150", "(202) 555-0150");
        String id = TestUsers.create(realm, "new-person");
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            LoginPages login = new LoginPages(chromium.page()).open(app.authorizationUrl()).signIn("new-person", TestUsers.PASSWORD);
            login.acknowledgeSecurityInformation();
            assertEquals("Add a mobile phone for security codes", login.heading());
            assertEquals("tel", login.page().locator("#phoneNumber").getAttribute("autocomplete"));

            enterNumber(login, "12345");
            assertEquals("Error: Enter a complete phone number, for example (202) 555-0143.", login.fieldError("phoneNumber"));
            assertEquals("12345", login.page().locator("#phoneNumber").inputValue(), "what was typed is kept");
            enterNumber(login, "+44 7400 123456");
            assertEquals("Error: We can only send security codes to numbers in these countries: US.", login.fieldError("phoneNumber"));
            enterNumber(login, "(800) 555-0199");
            assertTrue(login.fieldError("phoneNumber").contains("not a landline, toll-free or internet phone number"), login.fieldError("phoneNumber"));
            enterNumber(login, "202-555-0150");
            assertEquals("Error: This number is already used by another account. Enter a different mobile number.", login.fieldError("phoneNumber"));
            assertTrue(sms.messages().isEmpty(), "no text to a refused number");

            enterNumber(login, "202.555.0151");
            assertEquals("Confirm your mobile phone", login.heading());
            assertTrue(login.mainText().contains("(•••) •••-0151"));
            login.enterCode(sms.lastCodeTo("+12025550151"));
            assertTrue(app.awaitCallback().containsKey("code"));
        }
        List<CredentialRepresentation> credentials = realm.admin().users().get(id).credentials();
        assertTrue(credentials.stream().anyMatch(c -> c.getType().equals("secure-access-phone") && "(•••) •••-0151".equals(c.getUserLabel())),
                "the verified number is a credential labelled with the masked number");
    }

    @Test
    void landlinesAreRefusedWhereTheyCanBeToldApart() throws Exception {
        updateActionConfig(Map.of("allowedRegions", "US,GB"));
        try {
            TestUsers.create(realm, "uk-person");
            LoginPages login = new LoginPages(chromium.page()).open(new DemoApp(realm.getBaseUrl()).authorizationUrl())
                    .signIn("uk-person", TestUsers.PASSWORD).acknowledgeSecurityInformation();
            enterNumber(login, "+44 20 7946 0958");
            assertTrue(login.fieldError("phoneNumber").contains("cannot receive security codes"), "a UK landline: " + login.fieldError("phoneNumber"));
            enterNumber(login, "+44 7400 123456");
            assertEquals("Confirm your mobile phone", login.heading());
            assertTrue(login.mainText().contains("+44 ••• ••• 3456"), login.mainText());
            assertTrue(!sms.messagesTo("+447400123456").isEmpty());
        } finally {
            updateActionConfig(Map.of());
        }
    }

    @Test
    void settingsOutsideTheBoundsAreRefusedOnSave() {
        BadRequestException tooShort = assertThrows(BadRequestException.class, () -> updateActionConfig(Map.of("codeLength", "4")));
        assertTrue(tooShort.getResponse().readEntity(String.class).contains("Code length must be between 6 and 10"));
        BadRequestException tooLong = assertThrows(BadRequestException.class, () -> updateActionConfig(Map.of("codeLifetimeSeconds", "3600")));
        assertTrue(tooLong.getResponse().readEntity(String.class).contains("between 60 and 600"));
        assertThrows(BadRequestException.class, () -> updateActionConfig(Map.of("allowedRegions", "US,XX")));
        updateActionConfig(Map.of("codeLength", "8"));
        updateActionConfig(Map.of());
    }

    @Test
    void changingTheNumberNeedsAFreshSecondFactorAndTellsTheOldContactPoints() throws Exception {
        TestUsers.createWithPhone(realm, admin, "changer", "(202) 555-0160");
        LoginPages login = new LoginPages(chromium.page()).open(new DemoApp(realm.getBaseUrl()).authorizationUrl())
                .signIn("changer", TestUsers.PASSWORD);
        login.enterCode(sms.lastCodeTo("+12025550160")).acknowledgeSecurityInformation();

        // Later than the action's maximum authentication age (300 s): the full sign-in comes first.
        timeOffset.set(301);
        sms.reset();
        login.open(new DemoApp(realm.getBaseUrl()).authorizationUrl(Map.of("kc_action", ACTION)));
        assertTrue(login.has("#password"), "the password is asked again");
        login.page().locator("#password").fill(TestUsers.PASSWORD);
        login.submit("#kc-login");
        assertEquals("Enter your security code", login.heading(), "and a fresh second factor");
        login.enterCode(sms.lastCodeTo("+12025550160")).acknowledgeSecurityInformation();

        assertEquals("Add a mobile phone for security codes", login.heading());
        assertTrue(login.mainText().contains("Security codes now go to (•••) •••-0160"), login.mainText());
        enterNumber(login, "(202) 555-0161");
        login.enterCode(sms.lastCodeTo("+12025550161"));
        assertTrue(login.page().url().contains("/callback"), login.page().url());

        String toOldNumber = sms.lastMessageTo("+12025550160").text();
        assertTrue(toOldNumber.contains("this number no longer receives your security codes"), toOldNumber);
        assertTrue(toOldNumber.contains("(***) ***-0161"), toOldNumber);
        assertTrue(SmsSegments.of(toOldNumber).gsm7(), "GSM 7-bit, not UCS-2: " + SmsSegments.outsideGsm7(toOldNumber));
        assertTrue(mail.waitForIncomingEmail(10_000, 1), "an email about the change");
        MimeMessage email = mail.getLastReceivedMessage();
        assertEquals("Secure Access Demo: your phone for security codes was changed", email.getSubject());
        assertEquals("changer@example.com", email.getAllRecipients()[0].toString());
    }

    @Test
    void administratorsSetReadAndClearANumber() throws Exception {
        String id = TestUsers.create(realm, "admin-managed");
        HttpResponse<String> refused = TestUsers.setPhone(realm, admin, id, "not a number");
        assertEquals(400, refused.statusCode());
        assertEquals("invalid", JsonSerialization.mapper.readTree(refused.body()).get("reason").asText());
        HttpResponse<String> notJson = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        realm.getBaseUrl().replace("/realms/", "/admin/realms/") + "/secure-access-phones/users/" + id))
                .header("Authorization", "Bearer " + admin.tokenManager().getAccessTokenString())
                .header("Content-Type", "text/plain").PUT(HttpRequest.BodyPublishers.ofString("2025550180")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(415, notJson.statusCode(), "a body that is not JSON gets a clear 415, never a 500: " + notJson.body());

        HttpResponse<String> set = TestUsers.setPhone(realm, admin, id, "2025550180");
        assertEquals(200, set.statusCode(), set.body());
        assertEquals("(•••) •••-0180", JsonSerialization.mapper.readTree(set.body()).get("phone").asText());
        assertTrue(realm.admin().users().get(id).credentials().stream().anyMatch(c -> c.getType().equals("secure-access-phone")));

        assertEquals(204, TestUsers.clearPhone(realm, admin, id).statusCode());
        assertEquals(404, TestUsers.clearPhone(realm, admin, id).statusCode());
        assertTrue(realm.admin().users().get(id).credentials().stream().noneMatch(c -> c.getType().equals("secure-access-phone")));

        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(realm.getBaseUrl().replace("/realms/", "/admin/realms/") + "/secure-access-phones/users/" + id)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode(), "the admin endpoint needs an administrator");
    }

    @Test
    void aNumberFromADirectoryAttributeBecomesTheSecondFactor() throws Exception {
        String id = TestUsers.create(realm, "from-directory");
        UserRepresentation user = realm.admin().users().get(id).toRepresentation();
        Map<String, List<String>> attributes = new HashMap<>(user.getAttributes() == null ? Map.of() : user.getAttributes());
        attributes.put("phoneNumber", List.of("+1 202 555 0170"));
        user.setAttributes(attributes);
        realm.admin().users().get(id).update(user);

        LoginPages login = new LoginPages(chromium.page()).open(new DemoApp(realm.getBaseUrl()).authorizationUrl())
                .signIn("from-directory", TestUsers.PASSWORD);
        assertEquals("Enter your security code", login.heading());
        login.enterCode(sms.lastCodeTo("+12025550170")).acknowledgeSecurityInformation();
        assertTrue(login.page().url().contains("/callback"), login.page().url());
    }

    @Test
    void theAccountConsoleListsTheMaskedNumber() throws Exception {
        TestUsers.createWithPhone(realm, admin, "console-user", "(202) 555-0190");
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            LoginPages login = new LoginPages(chromium.page()).open(app.authorizationUrl()).signIn("console-user", TestUsers.PASSWORD);
            login.enterCode(sms.lastCodeTo("+12025550190")).acknowledgeSecurityInformation();
            DemoApp.Tokens tokens = app.awaitTokens();
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(realm.getBaseUrl() + "/account/credentials"))
                    .header("Authorization", "Bearer " + tokens.rawAccessToken()).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            JsonNode phone = null;
            for (JsonNode type : JsonSerialization.mapper.readTree(response.body())) {
                if (type.get("type").asText().equals("secure-access-phone")) {
                    phone = type;
                }
            }
            assertTrue(phone != null, response.body());
            assertEquals("two-factor", phone.get("category").asText());
            assertFalse(phone.get("removeable").asBoolean(), "the person's only second factor is not removable (AccountConsoleIT)");
            assertEquals("secure-access-phone", phone.get("updateAction").asText(), "a phone is replaced by enrolling another");
            assertEquals("(•••) •••-0190", phone.get("userCredentialMetadatas").get(0).get("credential").get("userLabel").asText());
        }
    }

    @Test
    void aCodeTextedToOneNumberDoesNotEnrolAnotherNumberEnteredWithinTheResendWait() throws Exception {
        String id = TestUsers.create(realm, "number-switch");
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            HttpBrowser browser = new HttpBrowser(realm.getBaseUrl());
            Page codePage = browser.submit(enrolmentPage(browser, app, "number-switch").form("#sa-phone-form")
                    .with("phoneNumber", "(202) 555-0552"));
            assertEquals("Confirm your mobile phone", codePage.heading(), codePage.describe());
            String codeForA = sms.lastCodeTo("+12025550552");

            // Within the wait between texts, make B the pending number (the resend is refused, the number is not)...
            Page switched = browser.submit(codePage.form("#sa-phone-verify-form").without("code")
                    .with("step", "number").with("phoneNumber", "(202) 555-0553"));
            assertTrue(sms.messagesTo("+12025550553").isEmpty(), "no text to B within the wait: " + switched.describe());
            // ...and type the code that was texted to A.
            Page answer = browser.submit(switched.form("#sa-phone-verify-form").with("code", codeForA));

            assertFalse(realm.admin().users().get(id).credentials().stream()
                            .anyMatch(c -> c.getType().equals("secure-access-phone") && "(•••) •••-0553".equals(c.getUserLabel())),
                    "B became the person's phone with A's code: " + answer.describe());
            assertTrue(answer.text().contains("can no longer be used"), "a change of number voids the code: " + answer.describe());
        }
    }

    @Test
    void numberInUseAnswersStopAtTheDailyQuotaForTakenAndFreeNumbersAlike() throws Exception {
        for (int i = 1; i <= 4; i++) {
            TestUsers.createWithPhone(realm, admin, "enrol-owner-" + i, "(202) 555-054" + i);
        }
        TestUsers.create(realm, "enrol-in-use");
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            HttpBrowser browser = new HttpBrowser(realm.getBaseUrl());
            Page page = enrolmentPage(browser, app, "enrol-in-use");
            for (int i = 1; i <= 3; i++) {
                page = browser.submit(page.form("#sa-phone-form").with("phoneNumber", "(202) 555-054" + i));
                assertTrue(page.text().contains("already used by another account"), "in-use answer " + i + " of 3: " + page.describe());
            }
            page = browser.submit(page.form("#sa-phone-form").with("phoneNumber", "(202) 555-0544"));
            assertFalse(page.text().contains("already used by another account"), "no fourth in-use answer in a day: " + page.describe());
            assertTrue(page.text().contains("You have entered too many numbers that are used by other accounts. "
                    + "For the security of those accounts, you can enter another number in 24 hours"), page.describe());
            page = browser.submit(page.form("#sa-phone-form").with("phoneNumber", "(202) 555-0545"));
            assertTrue(page.text().contains("You have entered too many numbers that are used by other accounts"),
                    "a free number gets the same answer, so the answer tells nothing: " + page.describe());
            assertTrue(sms.messagesTo("+12025550545").isEmpty());

            HttpBrowser spanish = new HttpBrowser(realm.getBaseUrl()).language("es");
            Page es = submitNumber(spanish, enrolmentPage(spanish, app, "enrol-in-use"), "(202) 555-0545");
            assertTrue(es.text().contains("Escribió demasiados números que usan otras cuentas"), es.describe());
        }

        timeOffset.set(24 * 3600 + 60);
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            HttpBrowser nextDay = new HttpBrowser(realm.getBaseUrl());
            Page page = submitNumber(nextDay, enrolmentPage(nextDay, app, "enrol-in-use"), "(202) 555-0544");
            assertTrue(page.text().contains("already used by another account"), "a day later the quota is back: " + page.describe());
        }
    }

    /** "Add a mobile phone" over plain HTTP, for a person without a second factor. */
    private Page enrolmentPage(HttpBrowser browser, DemoApp app, String username) throws Exception {
        HttpSignIn signIn = new HttpSignIn(browser);
        Page page = signIn.continueFromSecurityInformation(signIn.signIn(app.authorizationUrl(), username, TestUsers.PASSWORD));
        assertTrue(page.has("#sa-phone-form"), page.describe());
        return page;
    }

    private static Page submitNumber(HttpBrowser browser, Page enrolmentPage, String number) throws Exception {
        return browser.submit(enrolmentPage.form("#sa-phone-form").with("phoneNumber", number));
    }

    private void enterNumber(LoginPages login, String number) {
        login.page().locator("#phoneNumber").fill(number);
        login.submit("#sa-send-code");
    }

    private void updateActionConfig(Map<String, String> settings) {
        RequiredActionConfigRepresentation config = new RequiredActionConfigRepresentation();
        Map<String, String> values = new HashMap<>(Map.of("max_auth_age", "300"));
        values.putAll(settings);
        config.setConfig(values);
        realm.admin().flows().updateRequiredActionConfig(ACTION, config);
    }
}
