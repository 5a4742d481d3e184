package org.secureaccess.keycloak.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.util.JsonSerialization;
import org.secureaccess.keycloak.testsupport.DemoApp;
import org.secureaccess.keycloak.testsupport.FakeSmsGateway;
import org.secureaccess.keycloak.testsupport.HttpBrowser;
import org.secureaccess.keycloak.testsupport.HttpBrowser.Form;
import org.secureaccess.keycloak.testsupport.HttpBrowser.Page;
import org.secureaccess.keycloak.testsupport.HttpSignIn;
import org.secureaccess.keycloak.testsupport.ProofingPerson;
import org.secureaccess.keycloak.testsupport.TestUsers;
import org.secureaccess.keycloak.testsupport.Totp;

import com.fasterxml.jackson.databind.JsonNode;

/** The recovery pages over plain HTTP, and what the tests read back: credentials, history, notices. */
final class RecoverySteps {

    static final Pattern CANCEL_LINK = Pattern.compile("(http://localhost:8080/realms/[^/\\s\"<]+/secure-access/recovery/[0-9A-Z]{26})");

    final ManagedRealm realm;
    final Keycloak admin;
    final MailServer mail;
    final FakeSmsGateway sms = FakeSmsGateway.get();

    RecoverySteps(ManagedRealm realm, Keycloak admin, MailServer mail) {
        this.realm = realm;
        this.admin = admin;
        this.mail = mail;
    }

    HttpSignIn browser() {
        return new HttpSignIn(new HttpBrowser(realm.getBaseUrl()));
    }

    /** Username and password in a fresh browser; the answer is the first second-factor page. */
    Page toSecondFactor(HttpSignIn browser, DemoApp app, String username) throws Exception {
        return browser.signIn(app.authorizationUrl(), username, TestUsers.PASSWORD);
    }

    /** "I can't use any of these" on a second-factor page. */
    Page lostEverything(HttpSignIn browser, Page secondFactorPage) throws Exception {
        assertTrue(secondFactorPage.has("#sa-lost-second-factor-form"), "the way back is on the page: " + secondFactorPage.describe());
        return browser.browser().submit(secondFactorPage.form("#sa-lost-second-factor-form"));
    }

    Page press(HttpSignIn browser, Page page, String formSelector, String action) throws Exception {
        return browser.browser().submit(page.form(formSelector).with("action", action));
    }

    /** A form of the recovery page, posted with whatever fields an attacker chooses. */
    Page handMade(HttpSignIn browser, Page page, Map<String, String> fields) throws Exception {
        String anyForm = page.has("#sa-cancel-request-form") ? "#sa-cancel-request-form" : "form[action*=login-actions]";
        Form form = page.form(anyForm);
        form.fields().clear();
        fields.forEach(form::with);
        return browser.browser().submit(form);
    }

    /** The texted code on our code page, then Online Security Information; returns the application's authorization code. */
    String finishWithTextedCode(HttpSignIn browser, Page codePage, String e164) throws Exception {
        Page next = browser.smsCode(codePage, sms.lastCodeTo(e164));
        return HttpSignIn.authorizationCode(browser.continueFromSecurityInformation(next));
    }

    /**
     * After the password of a person without a second factor: Online Security Information, then the
     * phone set-up (a required action, so it comes after the flow's last page); enrols {@code e164} and
     * returns the application's authorization code.
     */
    String enrolPhoneAndFinish(HttpSignIn browser, Page afterPassword, String e164) throws Exception {
        Page enrolPage = browser.continueFromSecurityInformation(afterPassword);
        assertEquals("Add a mobile phone for security codes", enrolPage.heading(), enrolPage.describe());
        Page verify = browser.browser().submit(enrolPage, "#sa-phone-form", Map.of("phoneNumber", e164));
        Page next = browser.browser().submit(verify, "#sa-phone-verify-form", Map.of("code", sms.lastCodeTo(e164)));
        return HttpSignIn.authorizationCode(next);
    }

    /**
     * Identity proofing by phone, over HTTP, for an unproofed person with an authenticator app: the
     * person ends verified by our proofing (so a letter may go to their address of record) with the
     * proofed mobile as their phone.
     */
    void proofByPhone(String username, String appSecret, ProofingPerson person) throws Exception {
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            HttpSignIn browser = browser();
            Page identity = startProofing(browser, app, username, appSecret);
            Page account = submitIdentity(browser, identity, person);
            Page phone = browser.browser().submit(account.form("#sa-proof-account-form").with("action", "continue")
                    .with("account_type", "CREDIT_CARD").with("account_number", person.card()));
            assertEquals("Verify your mobile phone", phone.heading(), phone.describe());
            Page code = browser.browser().submit(phone, "#sa-proof-phone-form", Map.of("phoneNumber", person.mobile()));
            Page done = browser.browser().submit(code, "#sa-proof-phone-code-form", Map.of("code", sms.lastCodeTo(person.mobile())));
            assertEquals("Your identity is verified", done.heading(), done.describe());
            HttpSignIn.authorizationCode(browser.browser().submit(done.form("#sa-proof-done-form").with("action", "continue")));
        }
    }

    /** Identity proofing up to a letter on its way to the address of record (step 4 by mail). */
    void proofUpToLetter(String username, String appSecret, ProofingPerson person) throws Exception {
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            HttpSignIn browser = browser();
            Page account = submitIdentity(browser, startProofing(browser, app, username, appSecret), person);
            Page phone = browser.browser().submit(account.form("#sa-proof-account-form").with("action", "continue")
                    .with("account_type", "CREDIT_CARD").with("account_number", person.card()));
            Page request = browser.browser().submit(phone.form("#sa-letter-form").with("action", "letter"));
            Page status = browser.browser().submit(request.form("#sa-send-letter-form").with("action", "send-letter"));
            assertEquals("Your activation letter", status.heading(), status.describe());
        }
    }

    /** A later sign-in that enters the proofing letter's code. */
    void finishProofingWithLetter(String username, String appSecret, String code) throws Exception {
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            HttpSignIn browser = browser();
            Page status = pastSecurityInformation(browser, browser.appCode(toSecondFactor(browser, app, username), Totp.unused(appSecret)));
            assertEquals("Your activation letter", status.heading(), status.describe());
            Page done = browser.browser().submit(status, "#sa-letter-code-form", Map.of("letter_code", code));
            assertEquals("Your identity is verified", done.heading(), done.describe());
        }
    }

    private Page startProofing(HttpSignIn browser, DemoApp app, String username, String appSecret) throws Exception {
        Page intro = pastSecurityInformation(browser, browser.appCode(toSecondFactor(browser, app, username), Totp.unused(appSecret)));
        assertEquals("Verify your identity", intro.heading(), intro.describe());
        return browser.browser().submit(intro.form("#sa-proof-start-form").with("action", "start"));
    }

    /** Online Security Information ends the flow; identity proofing, a required action, comes after it. */
    private static Page pastSecurityInformation(HttpSignIn browser, Page page) throws Exception {
        return page.has("#sa-security-form") ? browser.continueFromSecurityInformation(page) : page;
    }

    private Page submitIdentity(HttpSignIn browser, Page identity, ProofingPerson person) throws Exception {
        assertEquals("Your personal information", identity.heading(), identity.describe());
        Page account = browser.browser().submit(identity.form("#sa-proof-identity-form").with("action", "continue")
                .with("first_name", person.firstName()).with("last_name", person.lastName()).with("tax_id", person.taxId())
                .with("dob_month", person.dobMonth()).with("dob_day", person.dobDay()).with("dob_year", person.dobYear())
                .with("filing_status", person.filingStatus()).with("address_line1", person.line1()).with("city", person.city())
                .with("state", person.state()).with("zip", person.zip()));
        assertEquals("Verify a financial account", account.heading(), account.describe());
        return account;
    }

    // ---- what the tests read back ----------------------------------------------------------------------------------

    List<String> credentialTypes(String userId) {
        return realm.admin().users().get(userId).credentials().stream().map(CredentialRepresentation::getType).sorted().toList();
    }

    List<String> historyKinds(String userId) throws Exception {
        String url = realm.getBaseUrl().replace("/realms/", "/admin/realms/") + "/secure-access-login-history/users/" + userId + "?max=100";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + admin.tokenManager().getAccessTokenString()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode page = JsonSerialization.mapper.readTree(response.body());
        List<String> kinds = new ArrayList<>();
        page.get("items").forEach(item -> kinds.add(item.get("kind").asText()));
        return kinds;
    }

    /** The emails to {@code username} so far, oldest first, as "subject: text". */
    List<String> emailsTo(String username) throws Exception {
        List<String> found = new ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(username + "@example.com")) {
                found.add(message.getSubject() + ": " + text(message));
            }
        }
        return found;
    }

    /** Waits until {@code username} has received {@code count} emails; returns them. */
    List<String> awaitEmails(String username, int count) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        List<String> emails = emailsTo(username);
        while (emails.size() < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            emails = emailsTo(username);
        }
        assertTrue(emails.size() >= count, "expected " + count + " emails to " + username + ", got " + emails);
        return emails;
    }

    static String cancelLink(String notice) {
        Matcher link = CANCEL_LINK.matcher(notice);
        assertTrue(link.find(), "a cancel link in: " + notice);
        // The suite's log scan makes sure no cancel token is ever logged.
        FakeSmsGateway.recordIssuedCode(link.group(1).substring(link.group(1).lastIndexOf('/') + 1));
        return link.group(1);
    }

    private static String text(MimeMessage message) throws Exception {
        Object content = message.getContent();
        return content instanceof MimeMultipart multipart ? String.valueOf(multipart.getBodyPart(0).getContent()) : String.valueOf(content);
    }
}
