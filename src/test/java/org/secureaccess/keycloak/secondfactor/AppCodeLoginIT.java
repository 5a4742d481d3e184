package org.secureaccess.keycloak.secondfactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
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
import org.secureaccess.keycloak.testsupport.Totp;

import com.fasterxml.jackson.databind.JsonNode;

/** Authenticator-app codes (RFC 6238), the choice between methods, and the default to the last one used. */
@KeycloakIntegrationTest(config = SecureAccessServerConfig.class)
class AppCodeLoginIT {

    private static final String SECRET = "app-code-login-it-secret";

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
    void signsInWithAnAppCodeAndRefusesItsReplay() throws Exception {
        TestUsers.createWithApp(realm, "app-user", SECRET);
        String code = Totp.now(SECRET);
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            LoginPages login = new LoginPages(chromium.page()).open(app.authorizationUrl()).signIn("app-user", TestUsers.PASSWORD);
            assertTrue(login.has("#otp"), "the app-code form is shown");
            login.enterAppCode(code).acknowledgeSecurityInformation();
            DemoApp.Tokens tokens = app.awaitTokens();
            assertEquals(List.of("pwd", "otp"), strings(tokens.idToken().get("amr")));
            assertEquals("urn:secure-access:acr:mfa", tokens.idToken().get("acr").asText());
        }

        chromium.newContext("en-US", Chromium.DESKTOP_WIDTH);
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            LoginPages login = new LoginPages(chromium.page()).open(app.authorizationUrl()).signIn("app-user", TestUsers.PASSWORD);
            login.enterAppCode(code);
            assertTrue(login.has("#otp"), "a used code is refused: still on the app-code form");
            assertTrue(login.mainText().contains("Invalid authenticator code"), login.mainText());
        }
    }

    @Test
    void acceptsTheNeighbouringStepsOnlyAndNoFurther() throws Exception {
        TestUsers.createWithApp(realm, "app-window", SECRET);
        LoginPages login = new LoginPages(chromium.page()).open(new DemoApp(realm.getBaseUrl()).authorizationUrl())
                .signIn("app-window", TestUsers.PASSWORD);
        // "Two steps back" is refused only if the step does not turn while the code is in flight; when it does, the
        // check is repeated in the new step (a turn makes it three steps back, which proves nothing).
        long now = System.currentTimeMillis() / 1000;
        for (int attempt = 1; ; attempt++) {
            String twoStepsAgo = Totp.code(SECRET, now - 60);
            if (twoStepsAgo.equals(Totp.code(SECRET, now)) || twoStepsAgo.equals(Totp.code(SECRET, now - 30))) {
                break; // a coincidence of two steps' codes would make the refusal unprovable; skip just this check
            }
            login.enterAppCode(twoStepsAgo);
            long after = System.currentTimeMillis() / 1000;
            if (after / 30 == now / 30 || attempt == 3) {
                assertEquals(now / 30, after / 30, "the 30-second step kept turning during the request");
                assertTrue(login.mainText().contains("Invalid authenticator code"), "two steps back is outside ±1");
                break;
            }
            now = after;
        }
        // "One step back" is accepted; a refusal counts only if the step did not turn in flight (that would make it
        // two steps back), and is otherwise retried with the new step's previous code.
        for (int attempt = 1; ; attempt++) {
            now = System.currentTimeMillis() / 1000;
            login.enterAppCode(Totp.code(SECRET, now - 30));
            if (login.has("#sa-continue")) {
                break;
            }
            long after = System.currentTimeMillis() / 1000;
            if (after / 30 == now / 30 || attempt == 3) {
                fail("one step back is inside ±1: " + login.mainText());
            }
        }
        login.acknowledgeSecurityInformation();
        assertTrue(login.page().url().contains("/callback"), "one step back is inside ±1: " + login.page().url());
    }

    @Test
    void peopleChooseAmongTheirMethodsAndTheLastOneUsedComesFirst() throws Exception {
        String id = TestUsers.createWithApp(realm, "both-methods", SECRET);
        TestUsers.setPhone(realm, admin, id, "(202) 555-0120");

        // First sign-in: the app comes first (it was set up first); choose the text message instead.
        LoginPages login = new LoginPages(chromium.page()).open(new DemoApp(realm.getBaseUrl()).authorizationUrl())
                .signIn("both-methods", TestUsers.PASSWORD);
        assertTrue(login.has("#otp"));
        login.tryAnotherWay();
        String choices = login.mainText();
        assertTrue(choices.contains("Text message"), choices);
        assertTrue(choices.contains("Less secure than an authenticator app or a security key"), "SMS carries its notice: " + choices);
        login.choose("Text message");
        assertEquals("Enter your security code", login.heading());
        login.enterCode(sms.lastCodeTo("+12025550120")).acknowledgeSecurityInformation();
        assertTrue(login.page().url().contains("/callback"), login.page().url());

        // Next sign-in defaults to the text message.
        chromium.newContext("en-US", Chromium.DESKTOP_WIDTH);
        login = new LoginPages(chromium.page()).open(new DemoApp(realm.getBaseUrl()).authorizationUrl())
                .signIn("both-methods", TestUsers.PASSWORD);
        assertEquals("Enter your security code", login.heading(), "the last method used is offered first");
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
