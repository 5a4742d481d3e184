package org.secureaccess.keycloak.secondfactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.secureaccess.keycloak.testsupport.Chromium;
import org.secureaccess.keycloak.testsupport.DemoApp;
import org.secureaccess.keycloak.testsupport.FakeSmsGateway;
import org.secureaccess.keycloak.testsupport.LenientBruteForceRealmConfig;
import org.secureaccess.keycloak.testsupport.LoginPages;
import org.secureaccess.keycloak.testsupport.SecureAccessServerConfig;
import org.secureaccess.keycloak.testsupport.TestUsers;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;

/**
 * The other second factors of the demo flow, set up the way a person would (account actions) and
 * used to sign in: a security key (Chromium's virtual WebAuthn authenticator) and recovery codes.
 */
@KeycloakIntegrationTest(config = SecureAccessServerConfig.class)
class SecurityKeyAndRecoveryCodeIT {

    @RegisterExtension
    static Chromium chromium = new Chromium();

    @InjectRealm(config = LenientBruteForceRealmConfig.class)
    ManagedRealm realm;

    @InjectAdminClient
    Keycloak admin;

    private final FakeSmsGateway sms = FakeSmsGateway.get();

    @BeforeEach
    void resetGateway() {
        sms.reset();
    }

    @Test
    void aSecurityKeyIsRegisteredThenUsedAndTheTokensSayHwk() throws Exception {
        String id = TestUsers.createWithPhone(realm, admin, "key-user", "(202) 555-0301");
        Page page = chromium.page();
        CDPSession cdp = page.context().newCDPSession(page);
        cdp.send("WebAuthn.enable");
        JsonObject options = new JsonObject();
        options.addProperty("protocol", "ctap2");
        options.addProperty("transport", "usb");
        options.addProperty("hasResidentKey", true);
        options.addProperty("hasUserVerification", true);
        options.addProperty("isUserVerified", true);
        JsonObject params = new JsonObject();
        params.add("options", options);
        cdp.send("WebAuthn.addVirtualAuthenticator", params);
        page.onDialog(dialog -> dialog.accept("Test key"));

        LoginPages login = new LoginPages(page).open(new DemoApp(realm.getBaseUrl()).authorizationUrl())
                .signIn("key-user", TestUsers.PASSWORD).enterCode(sms.lastCodeTo("+12025550301")).acknowledgeSecurityInformation();

        login.open(new DemoApp(realm.getBaseUrl()).authorizationUrl(Map.of("kc_action", "webauthn-register")));
        login.submit("#registerWebAuthn");
        assertTrue(page.url().contains("/callback"), "registered: " + page.url());
        assertTrue(realm.admin().users().get(id).credentials().stream().anyMatch(c -> c.getType().equals("webauthn")));

        realm.admin().users().get(id).logout();
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            login.open(app.authorizationUrl()).signIn("key-user", TestUsers.PASSWORD);
            login.tryAnotherWay().choose("Passkey");
            login.submit("#authenticateWebAuthnButton").acknowledgeSecurityInformation();
            DemoApp.Tokens tokens = app.awaitTokens();
            assertEquals(List.of("pwd", "hwk"), strings(tokens.idToken().get("amr")));
        }
    }

    @Test
    void recoveryCodesAreAnAlternativeSecondFactor() throws Exception {
        String id = TestUsers.createWithPhone(realm, admin, "recovery-user", "(202) 555-0302");
        Page page = chromium.page();
        LoginPages login = new LoginPages(page).open(new DemoApp(realm.getBaseUrl()).authorizationUrl())
                .signIn("recovery-user", TestUsers.PASSWORD).enterCode(sms.lastCodeTo("+12025550302")).acknowledgeSecurityInformation();

        login.open(new DemoApp(realm.getBaseUrl()).authorizationUrl(Map.of("kc_action", "CONFIGURE_RECOVERY_AUTHN_CODES")));
        List<String> codes = page.locator("#kc-recovery-codes-list li").allInnerTexts().stream()
                .map(item -> item.replaceAll("^\\s*\\d+:\\s*", "").strip()).toList();
        assertTrue(codes.size() >= 10, "the codes are shown once: " + codes);
        page.locator("#kcRecoveryCodesConfirmationCheck").check();
        login.submit("#saveRecoveryAuthnCodesBtn");
        assertTrue(page.url().contains("/callback"), page.url());

        realm.admin().users().get(id).logout();
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            login.open(app.authorizationUrl()).signIn("recovery-user", TestUsers.PASSWORD);
            login.tryAnotherWay().choose("Recovery Authentication Code");
            String prompt = page.locator("label[for=recoveryCodeInput]").innerText();
            int number = Integer.parseInt(prompt.replaceAll("\\D+", ""));
            page.locator("#recoveryCodeInput").fill(codes.get(number - 1));
            login.submit("#kc-login").acknowledgeSecurityInformation();
            DemoApp.Tokens tokens = app.awaitTokens();
            assertEquals(List.of("pwd", "otp"), strings(tokens.idToken().get("amr")));
        }
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
