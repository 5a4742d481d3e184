package org.secureaccess.keycloak.leakcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keycloak.events.EventType;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.secureaccess.keycloak.testsupport.BuildInfo;
import org.secureaccess.keycloak.testsupport.DemoApp;
import org.secureaccess.keycloak.testsupport.DemoRealmConfig;
import org.secureaccess.keycloak.testsupport.HttpBrowser;
import org.secureaccess.keycloak.testsupport.HttpSignIn;
import org.secureaccess.keycloak.testsupport.SecureAccessServerConfig;
import org.secureaccess.keycloak.testsupport.SensitiveValues;
import org.secureaccess.keycloak.testsupport.TestUsers;
import org.secureaccess.keycloak.testsupport.Totp;

/**
 * Plants this run's control values for the leak check ({@code afterall.ServerLogScanIT}): made-up values, unique to the
 * run, that reach a stored event's details and the server log through the same path personal data would take. The
 * check after the suite fails unless it finds each of them, which proves that it looked at this run's log and that the
 * log carries event details, at the success level (a sign-in) as well as the error level (a failed one).
 */
@KeycloakIntegrationTest(config = SecureAccessServerConfig.class)
class LeakCheckControlIT {

    @InjectRealm(config = DemoRealmConfig.class)
    ManagedRealm realm;

    @Test
    void aFailedSignInCarriesTheControlIntoAStoredEventAndTheServerLog() throws Exception {
        String unknownUsername = SensitiveValues.control("unknown");
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            HttpSignIn signIn = new HttpSignIn(new HttpBrowser(realm.getBaseUrl()));
            HttpBrowser.Page page = signIn.signIn(app.authorizationUrl(), unknownUsername, "Not-Anyones-Password-2026");
            assertTrue(page.has("#kc-form-login"), "the password page again: " + page.describe());
        }

        assertStoredWithUsername(EventType.LOGIN_ERROR, unknownUsername);
        assertInServerLog(unknownUsername);
    }

    @Test
    void aSignInCarriesTheControlIntoAStoredEventAndTheServerLog() throws Exception {
        String username = SensitiveValues.control("signin");
        String appSecret = "LeakCheckControlAppSecret-" + BuildInfo.runId();
        TestUsers.createWithApp(realm, username, appSecret);
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            HttpSignIn signIn = new HttpSignIn(new HttpBrowser(realm.getBaseUrl()));
            HttpBrowser.Page page = signIn.signIn(app.authorizationUrl(), username, TestUsers.PASSWORD);
            page = signIn.continueFromSecurityInformation(signIn.appCode(page, Totp.now(appSecret)));
            HttpSignIn.authorizationCode(page);
        }

        assertStoredWithUsername(EventType.LOGIN, username);
        assertInServerLog(username);
    }

    private void assertStoredWithUsername(EventType type, String username) {
        List<EventRepresentation> events = realm.admin().getEvents(List.of(type.name()), null, null, null, null, null, 0, 100);
        assertTrue(events.stream().anyMatch(e -> e.getDetails() != null && username.equals(e.getDetails().get("username"))),
                "a stored " + type + " event carries the control value in its details: " + events);
    }

    /** The event reaches the log as the request ends; wait a little for the file to show it. */
    private static void assertInServerLog(String control) throws Exception {
        LeakScanner.Result result = null;
        for (int attempt = 0; attempt < 50; attempt++) {
            LeakScanner scanner = new LeakScanner(List.of(new SensitiveValues.Entry(SensitiveValues.Kind.CONTROL, control)));
            try (BufferedReader reader = Files.newBufferedReader(BuildInfo.serverLog(), StandardCharsets.UTF_8)) {
                result = scanner.scan(BuildInfo.serverLog().getFileName().toString(), reader).result();
            }
            if (result.controlsMissing().isEmpty()) {
                return;
            }
            Thread.sleep(200);
        }
        assertEquals(List.of(), List.copyOf(result.controlsMissing()), "the control value is in " + BuildInfo.serverLog());
    }
}
