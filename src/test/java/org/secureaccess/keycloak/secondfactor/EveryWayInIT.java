package org.secureaccess.keycloak.secondfactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.ClientPoliciesRepresentation;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
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
 * Every grant that can end in a token, tried as an attacker who knows the password would try it:
 * none gives a token without a second factor, and {@code acr} never says more than happened.
 */
@KeycloakIntegrationTest(config = SecureAccessServerConfig.class)
class EveryWayInIT {

    static final String MFA = "urn:secure-access:acr:mfa";
    static final String RECORDS_MATCH = "urn:secure-access:acr:mfa-identity-records-match";

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
    void aPasswordGrantIsRefusedAndCannotEvenBeSwitchedOn() throws Exception {
        TestUsers.createWithPhone(realm, admin, "grant-phone", "(202) 555-0161");
        ClientRepresentation client = realm.admin().clients().findByClientId("demo-app").get(0);
        client.setDirectAccessGrantsEnabled(true);
        // The realm's client policy refuses a client that would accept the password grant.
        jakarta.ws.rs.BadRequestException refused = org.junit.jupiter.api.Assertions.assertThrows(jakarta.ws.rs.BadRequestException.class,
                () -> realm.admin().clients().get(client.getId()).update(client));
        assertTrue(refused.getResponse().readEntity(String.class).contains("invalid_client_metadata"), "refused by the client policy");

        HttpResponse<String> answer = passwordGrant("demo-app", "grant-phone", TestUsers.PASSWORD);
        assertFalse(answer.body().contains("access_token"), "a password alone gave a token: " + answer.body());
        assertEquals(400, answer.statusCode(), answer.body());
        assertTrue(sms.messages().isEmpty(), "nothing was texted either");
    }

    @Test
    void withoutTheClientPolicyTheDirectGrantFlowStillRefuses() throws Exception {
        TestUsers.createWithPhone(realm, admin, "grant-no-policy", "(202) 555-0165");
        // An administrator removes the realm's client policy, then switches direct grants on for a client.
        ClientPoliciesRepresentation shipped = realm.admin().clientPoliciesPoliciesResource().getPolicies();
        String policies = JsonSerialization.writeValueAsString(shipped);
        realm.admin().clientPoliciesPoliciesResource().updatePolicies(new ClientPoliciesRepresentation());
        realm.cleanup().add(r -> r.clientPoliciesPoliciesResource().updatePolicies(shipped));
        allowPasswordGrant("demo-app");

        HttpResponse<String> answer = passwordGrant("demo-app", "grant-no-policy", TestUsers.PASSWORD);

        assertFalse(answer.body().contains("access_token"), "a password alone gave a token (policies were " + policies + "): " + answer.body());
        assertEquals(400, answer.statusCode(), answer.body());
        assertEquals("unauthorized_client", json(answer.body()).path("error").asText(), answer.body());
    }

    @Test
    void aBrowserSignInWithATextedCodeSaysMfaAndKeepsSayingItOnRefresh() throws Exception {
        TestUsers.createWithPhone(realm, admin, "acr-sms", "(202) 555-0162");
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            HttpSignIn signIn = new HttpSignIn(new HttpBrowser(realm.getBaseUrl()));
            Page page = signIn.signIn(app.authorizationUrl(), "acr-sms", TestUsers.PASSWORD);
            page = signIn.continueFromSecurityInformation(signIn.smsCode(page, sms.lastCodeTo("+12025550162")));
            JsonNode tokens = app.exchangeRaw(HttpSignIn.authorizationCode(page));

            JsonNode idToken = DemoApp.claims(tokens.get("id_token").asText());
            assertEquals(MFA, idToken.path("acr").asText());
            assertEquals(List.of("pwd", "sms"), strings(idToken.get("amr")));
            // Verified by an earlier process, not by a records match, and the token says so.
            assertEquals("prior-process", idToken.at("/verified_claims/verification/assurance_level").asText(), idToken.toString());
            assertEquals("prior", idToken.at("/verified_claims/verification/verification_process").asText());

            JsonNode refreshed = app.refresh(tokens.get("refresh_token").asText());
            assertEquals(MFA, DemoApp.claims(refreshed.get("id_token").asText()).path("acr").asText(), "a refresh keeps the level");
            assertEquals(MFA, DemoApp.claims(refreshed.get("access_token").asText()).path("acr").asText());
        }
    }

    @Test
    void anSsoReentryNeverClaimsMoreThanTheSessionReached() throws Exception {
        TestUsers.createUnproofedWithPhone(realm, admin, "acr-sso", "(202) 555-0163");
        HttpSignIn signIn = new HttpSignIn(new HttpBrowser(realm.getBaseUrl()));
        try (DemoApp first = new DemoApp(realm.getBaseUrl())) {
            Page page = signIn.signIn(first.authorizationUrl(), "acr-sso", TestUsers.PASSWORD);
            page = signIn.continueFromSecurityInformation(signIn.smsCode(page, sms.lastCodeTo("+12025550163")));
            // Not verified yet, and the realm's enforcement date is still ahead: "Remind me next time".
            page = signIn.postponeProofing(page);
            assertEquals(MFA, acrOf(first, page));
        }
        // The same browser comes back through the session cookie: no password, no code, no proofing reminder.
        try (DemoApp second = new DemoApp(realm.getBaseUrl())) {
            Page page = signIn.open(second.authorizationUrl(Map.of("acr_values", MFA)));
            assertEquals(MFA, acrOf(second, page), "the session did pass the second factor");
            assertEquals(1, sms.messages().size(), "no second text");
        }
        // More than the session reached, asked for as an essential claim, is never answered with less: the person
        // must first verify their identity, with no putting it off.
        try (DemoApp third = new DemoApp(realm.getBaseUrl())) {
            Page page = signIn.open(third.authorizationUrl(Map.of("claims", essentialAcr(RECORDS_MATCH))));
            if (page.has("#sa-security-form")) {
                page = signIn.continueFromSecurityInformation(page);
            }
            assertTrue(page.query("code").isEmpty(), "a records-match code without a records match: " + page.describe());
            assertEquals("Verify your identity", page.heading(), page.describe());
            assertFalse(page.has("#sa-postpone"), "no 'Remind me next time' for the records-match level: " + page.describe());
        }
    }

    @Test
    void anEssentialMfaRequestIsMetByTheSecondFactorAndNeverByLess() throws Exception {
        TestUsers.createWithPhone(realm, admin, "acr-essential", "(202) 555-0164");
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            HttpSignIn signIn = new HttpSignIn(new HttpBrowser(realm.getBaseUrl()));
            Page page = signIn.signIn(app.authorizationUrl(Map.of("claims", essentialAcr(MFA))), "acr-essential", TestUsers.PASSWORD);
            assertTrue(page.has("#sa-sms-code-form"), "the code is asked for: " + page.describe());
            page = signIn.continueFromSecurityInformation(signIn.smsCode(page, sms.lastCodeTo("+12025550164")));
            assertEquals(MFA, acrOf(app, page));
        }
    }

    private String acrOf(DemoApp app, Page callback) throws Exception {
        return DemoApp.claims(app.exchangeRaw(HttpSignIn.authorizationCode(callback)).get("id_token").asText()).path("acr").asText();
    }

    static String essentialAcr(String value) {
        return "{\"id_token\":{\"acr\":{\"essential\":true,\"values\":[\"" + value + "\"]}}}";
    }

    private void allowPasswordGrant(String clientId) {
        ClientRepresentation client = realm.admin().clients().findByClientId(clientId).get(0);
        client.setDirectAccessGrantsEnabled(true);
        realm.admin().clients().get(client.getId()).update(client);
        realm.cleanup().add(r -> {
            ClientRepresentation again = r.clients().findByClientId(clientId).get(0);
            again.setDirectAccessGrantsEnabled(false);
            r.clients().get(again.getId()).update(again);
        });
    }

    private HttpResponse<String> passwordGrant(String clientId, String username, String password) throws Exception {
        String form = "grant_type=password&scope=openid&client_id=" + clientId + "&username=" + enc(username) + "&password=" + enc(password);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(realm.getBaseUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(String body) throws Exception {
        return JsonSerialization.mapper.readTree(body);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<String> strings(JsonNode array) {
        assertNotEquals(null, array, "claim present");
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
