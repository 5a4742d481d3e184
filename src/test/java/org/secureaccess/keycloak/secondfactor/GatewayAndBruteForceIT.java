package org.secureaccess.keycloak.secondfactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.secureaccess.keycloak.testsupport.Chromium;
import org.secureaccess.keycloak.testsupport.DemoApp;
import org.secureaccess.keycloak.testsupport.DemoRealmConfig;
import org.secureaccess.keycloak.testsupport.FakeSmsGateway;
import org.secureaccess.keycloak.testsupport.LoginPages;
import org.secureaccess.keycloak.testsupport.SecureAccessServerConfig;
import org.secureaccess.keycloak.testsupport.TestUsers;

/**
 * When the gateway is down, slow or failing, people are told so plainly and offered a retry (never
 * a code form for a text that never left), and the failure is an event. With the demo realm's
 * brute-force settings, wrong codes are counted by Keycloak's protector.
 */
@KeycloakIntegrationTest(config = SecureAccessServerConfig.class)
class GatewayAndBruteForceIT {

    @RegisterExtension
    static Chromium chromium = new Chromium();

    @InjectRealm(config = DemoRealmConfig.class)
    ManagedRealm realm;

    @InjectAdminClient
    Keycloak admin;

    private final FakeSmsGateway sms = FakeSmsGateway.get();

    @BeforeEach
    void resetGateway() {
        sms.reset();
    }

    @Test
    void gatewayDownSlowOrFailingIsToldPlainlyRecordedAndRecoverable() throws Exception {
        String id = TestUsers.createWithPhone(realm, admin, "gateway-trouble", "(202) 555-0140");
        assertUnavailable(id, "unreachable", sms::down);
        assertUnavailable(id, "timeout", () -> sms.slow(Duration.ofSeconds(SecureAccessServerConfig.SMS_TIMEOUT_SECONDS + 2)));
        assertUnavailable(id, "gateway_error", () -> sms.failWith(503));

        // The gateway is back: "Try again" sends the code and the sign-in completes.
        chromium.newContext("en-US", Chromium.DESKTOP_WIDTH);
        sms.down();
        LoginPages login = signIn("gateway-trouble");
        assertEquals("We could not send your code", login.heading());
        sms.reset();
        login.submit("#sa-retry");
        assertEquals("Enter your security code", login.heading());
        login.enterCode(sms.lastCodeTo("+12025550140")).acknowledgeSecurityInformation();
        assertTrue(login.page().url().contains("/callback"), login.page().url());
    }

    private void assertUnavailable(String userId, String reason, Runnable breakGateway) throws Exception {
        chromium.newContext("en-US", Chromium.DESKTOP_WIDTH);
        sms.reset();
        breakGateway.run();
        LoginPages login = signIn("gateway-trouble");
        assertEquals("We could not send your code", login.heading(), reason);
        assertTrue(login.mainText().contains("(•••) •••-0140"), login.mainText());
        assertTrue(login.mainText().contains("No code was sent"), login.mainText());
        assertFalse(login.has("#code"), "no code form for a text that never left");
        assertTrue(login.has("#sa-retry"));

        List<EventRepresentation> events = realm.admin().getEvents(List.of("LOGIN_ERROR"), null, userId, null, null, null, 0, 50);
        assertTrue(events.stream().anyMatch(e -> "sms_send_failed".equals(e.getError())
                && reason.equals(e.getDetails().get("reason"))), "an event records the failure (" + reason + "): " + events);
        sms.reset();
    }

    @Test
    void wrongCodesAreCountedByKeycloaksBruteForceProtection() throws Exception {
        String id = TestUsers.createWithPhone(realm, admin, "brute-force", "(202) 555-0141");
        LoginPages login = signIn("brute-force");
        String code = sms.lastCodeTo("+12025550141");
        String wrong = code.equals("000000") ? "111111" : "000000";
        login.enterCode(wrong);
        login.enterCode(wrong);

        Map<String, Object> status = realm.admin().attackDetection().bruteForceUserStatus(id);
        assertTrue(((Number) status.get("numFailures")).intValue() >= 2, "Keycloak counted the wrong codes: " + status);

        // Keycloak's quick-succession check locks the account; the person is told when they can try again.
        for (int i = 0; i < 3 && !"Sign-in is paused".equals(login.heading()); i++) {
            login.enterCode(wrong);
        }
        assertEquals("Sign-in is paused", login.heading());
        assertEquals(Boolean.TRUE, realm.admin().attackDetection().bruteForceUserStatus(id).get("disabled"));
    }

    private LoginPages signIn(String username) throws Exception {
        return new LoginPages(chromium.page()).open(new DemoApp(realm.getBaseUrl()).authorizationUrl()).signIn(username, TestUsers.PASSWORD);
    }
}
