package org.secureaccess.keycloak.proofing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RequiredActionConfigRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.remote.timeoffset.InjectTimeOffSet;
import org.keycloak.testframework.remote.timeoffset.TimeOffSet;
import org.keycloak.util.JsonSerialization;
import org.secureaccess.keycloak.testsupport.DemoApp;
import org.secureaccess.keycloak.testsupport.FakeSmsGateway;
import org.secureaccess.keycloak.testsupport.HttpBrowser;
import org.secureaccess.keycloak.testsupport.HttpBrowser.Page;
import org.secureaccess.keycloak.testsupport.HttpSignIn;
import org.secureaccess.keycloak.testsupport.LenientBruteForceRealmConfig;
import org.secureaccess.keycloak.testsupport.SecureAccessServerConfig;
import org.secureaccess.keycloak.testsupport.TestUsers;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Sessions and identity proofing: a session never carries a person past proofing that no longer
 * holds — not past the enforcement date, and not past an administrator's reset of their proofing.
 */
@KeycloakIntegrationTest(config = SecureAccessServerConfig.class)
class ProofingSessionsIT {

    static final String ACTION = "secure-access-verify-identity";
    static final String RECORDS_MATCH = "urn:secure-access:acr:mfa-identity-records-match";

    @InjectRealm(config = LenientBruteForceRealmConfig.class)
    ManagedRealm realm;

    @InjectAdminClient
    Keycloak admin;

    @InjectTimeOffSet
    TimeOffSet timeOffset;

    private final FakeSmsGateway sms = FakeSmsGateway.get();

    @BeforeEach
    void resetGateway() {
        sms.reset();
    }

    @Test
    void aSessionThatBeganBeforeTheEnforcementDateMeetsProofingAfterIt() throws Exception {
        LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        enforceFrom(tomorrow);
        keepSessionsForDays(3);
        TestUsers.createUnproofedWithPhone(realm, admin, "before-the-date", "(202) 555-0191");
        HttpSignIn browser = new HttpSignIn(new HttpBrowser(realm.getBaseUrl()));
        JsonNode tokens;
        DemoApp refresher;
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            Page page = browser.signIn(app.authorizationUrl(), "before-the-date", TestUsers.PASSWORD);
            page = browser.continueFromSecurityInformation(browser.smsCode(page, sms.lastCodeTo("+12025550191")));
            assertTrue(page.has("#sa-postpone"), "before the date it may be put off: " + page.describe());
            tokens = app.exchangeRaw(HttpSignIn.authorizationCode(browser.postponeProofing(page)));
            assertEquals(200, app.tryRefresh(tokens.get("refresh_token").asText()).statusCode(), "before the date a refresh works");
            refresher = app;
        }
        try (DemoApp sameDay = new DemoApp(realm.getBaseUrl())) {
            Page page = browser.open(sameDay.authorizationUrl());
            assertTrue(page.query("code").isPresent(), "before the date a session reaches another application unasked: " + page.describe());
        }

        // One minute past midnight UTC, the first day of enforcement; the session is still alive.
        long untilTheDate = Duration.between(Instant.now(), tomorrow.atStartOfDay().toInstant(ZoneOffset.UTC)).toSeconds();
        timeOffset.set((int) untilTheDate + 60);

        HttpResponse<String> refreshed = refresher.tryRefresh(tokens.get("refresh_token").asText());
        assertEquals(400, refreshed.statusCode(), "a refresh token is no way past proofing either: " + refreshed.body());
        assertEquals("invalid_grant", JsonSerialization.mapper.readTree(refreshed.body()).path("error").asText());

        try (DemoApp afterTheDate = new DemoApp(realm.getBaseUrl())) {
            Page page = browser.open(afterTheDate.authorizationUrl());
            assertTrue(page.query("code").isEmpty(), "the old session went past proofing: " + page.describe());
            assertEquals("Verify your identity", page.heading(), page.describe());
            assertFalse(page.has("#sa-postpone"), "no putting it off any more: " + page.describe());
        }
    }

    @Test
    void resettingAPersonsProofingEndsTheirRecordsMatchSessions() throws Exception {
        String id = TestUsers.createUnproofedWithPhone(realm, admin, "reset-proofing", "(202) 555-0192");
        HttpResponse<String> exception = admin("POST", "secure-access-proofing/users/" + id + "/exception",
                Map.of("method", "in-person", "reason", "Seen at the service center, ticket 5521"));
        assertEquals(200, exception.statusCode(), exception.body());

        HttpSignIn browser = new HttpSignIn(new HttpBrowser(realm.getBaseUrl()));
        JsonNode tokens;
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            Page page = browser.signIn(app.authorizationUrl(Map.of("acr_values", RECORDS_MATCH)), "reset-proofing", TestUsers.PASSWORD);
            page = browser.continueFromSecurityInformation(browser.smsCode(page, sms.lastCodeTo("+12025550192")));
            tokens = app.exchangeRaw(HttpSignIn.authorizationCode(page));
            assertEquals(RECORDS_MATCH, DemoApp.claims(tokens.get("id_token").asText()).path("acr").asText());

            HttpResponse<String> reset = admin("DELETE", "secure-access-proofing/users/" + id, null);
            assertEquals(200, reset.statusCode(), reset.body());

            HttpResponse<String> refreshed = app.tryRefresh(tokens.get("refresh_token").asText());
            assertEquals(400, refreshed.statusCode(), "the records-match session ended: " + refreshed.body());
        }
        try (DemoApp again = new DemoApp(realm.getBaseUrl())) {
            Page page = browser.open(again.authorizationUrl(Map.of("acr_values", RECORDS_MATCH)));
            assertTrue(page.query("code").isEmpty(), "the session cookie still gave records-match: " + page.describe());
            assertTrue(page.has("#kc-form-login"), "a full sign-in is needed: " + page.describe());
        }
    }

    private void enforceFrom(LocalDate date) {
        RequiredActionConfigRepresentation config = realm.admin().flows().getRequiredActionConfig(ACTION);
        Map<String, String> before = new HashMap<>(config.getConfig());
        Map<String, String> changed = new HashMap<>(before);
        changed.put("enforcementDate", date.toString());
        config.setConfig(changed);
        realm.admin().flows().updateRequiredActionConfig(ACTION, config);
        realm.cleanup().add(r -> {
            RequiredActionConfigRepresentation restored = r.flows().getRequiredActionConfig(ACTION);
            restored.setConfig(before);
            r.flows().updateRequiredActionConfig(ACTION, restored);
        });
    }

    private void keepSessionsForDays(int days) {
        RealmRepresentation representation = realm.admin().toRepresentation();
        int idle = representation.getSsoSessionIdleTimeout();
        int max = representation.getSsoSessionMaxLifespan();
        representation.setSsoSessionIdleTimeout(days * 86_400);
        representation.setSsoSessionMaxLifespan(days * 86_400);
        realm.admin().update(representation);
        realm.cleanup().add(r -> {
            RealmRepresentation restored = r.toRepresentation();
            restored.setSsoSessionIdleTimeout(idle);
            restored.setSsoSessionMaxLifespan(max);
            r.update(restored);
        });
    }

    private HttpResponse<String> admin(String method, String path, Object body) throws Exception {
        URI uri = URI.create(realm.getBaseUrl().replace("/realms/", "/admin/realms/") + "/" + path);
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JsonSerialization.writeValueAsString(body));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).method(method, publisher)
                .header("Authorization", "Bearer " + admin.tokenManager().getAccessTokenString())
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }
}
