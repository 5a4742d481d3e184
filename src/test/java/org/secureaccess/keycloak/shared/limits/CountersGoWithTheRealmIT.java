package org.secureaccess.keycloak.shared.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectKeycloakUrls;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.server.KeycloakUrls;
import org.keycloak.util.JsonSerialization;
import org.secureaccess.keycloak.testsupport.DemoApp;
import org.secureaccess.keycloak.testsupport.DemoRealmConfig;
import org.secureaccess.keycloak.testsupport.HttpBrowser;
import org.secureaccess.keycloak.testsupport.HttpBrowser.Page;
import org.secureaccess.keycloak.testsupport.HttpSignIn;
import org.secureaccess.keycloak.testsupport.SecureAccessServerConfig;
import org.secureaccess.keycloak.testsupport.TestUsers;
import org.secureaccess.keycloak.testsupport.Totp;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A realm's counters are removed with the realm. An admin who deletes a realm and imports it again under the same id
 * (an export carries its id) must not find its people still part-way to a lock: here a wrong app code counted in the
 * first realm is gone from the second, for the same person (same user id).
 */
@KeycloakIntegrationTest(config = SecureAccessServerConfig.class)
class CountersGoWithTheRealmIT {

    private static final String REALM_NAME = "counters-realm-removal";
    private static final String SECRET = "counters-realm-removal-secret";

    @InjectAdminClient
    Keycloak admin;

    @InjectKeycloakUrls
    KeycloakUrls urls;

    @Test
    void aRealmImportedAgainUnderItsIdStartsWithNoCounts() throws Exception {
        String realmId = UUID.randomUUID().toString();
        String userId = UUID.randomUUID().toString();

        createRealm(realmId, userId);
        try {
            HttpSignIn signIn = new HttpSignIn(new HttpBrowser(realmUrl()));
            Page codePage = signIn.signIn(new DemoApp(realmUrl()).authorizationUrl(), "counted-person", TestUsers.PASSWORD);
            assertTrue(codePage.has("#kc-otp-login-form"), "the app-code page: " + codePage.describe());
            Page wrong = signIn.appCode(codePage, wrongAppCode());
            assertTrue(wrong.has("#kc-otp-login-form"), "a wrong code stays on the page: " + wrong.describe());
            assertEquals(1, lockStatus(userId).get("wrongCodesInARow").asInt(), "the wrong code is counted");
        } finally {
            admin.realm(REALM_NAME).remove();
        }

        createRealm(realmId, userId);
        try {
            assertEquals(0, lockStatus(userId).get("wrongCodesInARow").asInt(), "the count went with the removed realm");
        } finally {
            admin.realm(REALM_NAME).remove();
        }
    }

    private void createRealm(String realmId, String userId) throws Exception {
        RealmRepresentation realm = DemoRealmConfig.load();
        realm.setId(realmId);
        realm.setRealm(REALM_NAME);
        List<UserRepresentation> users = new ArrayList<>(realm.getUsers() == null ? List.of() : realm.getUsers());
        users.add(person(userId));
        realm.setUsers(users);
        admin.realms().create(realm);
        // The admin's token was issued before the realm existed, so it carries no roles for it yet.
        admin.tokenManager().invalidate(admin.tokenManager().getAccessTokenString());
    }

    private static UserRepresentation person(String userId) throws Exception {
        UserRepresentation user = new UserRepresentation();
        user.setId(userId);
        user.setUsername("counted-person");
        user.setEmail("counted-person@example.com");
        user.setEmailVerified(true);
        user.setFirstName("Counted");
        user.setLastName("Person");
        user.setEnabled(true);
        user.setAttributes(Map.of(TestUsers.SITE_PHRASE_ATTRIBUTE, List.of("Phrase of a counted person"),
                TestUsers.SITE_IMAGE_ATTRIBUTE, List.of(TestUsers.SITE_IMAGE),
                TestUsers.PRIOR_PROOFING_ATTRIBUTE, List.of("get-transcript-online")));
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(TestUsers.PASSWORD);
        password.setTemporary(false);
        user.setCredentials(List.of(password, TestUsers.otp(SECRET)));
        return user;
    }

    private String realmUrl() {
        return urls.getBase() + "/realms/" + REALM_NAME;
    }

    private JsonNode lockStatus(String userId) throws Exception {
        URI url = URI.create(urls.getBase() + "/admin/realms/" + REALM_NAME + "/secure-access-phones/users/" + userId + "/second-factor-lock");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url)
                .header("Authorization", "Bearer " + admin.tokenManager().getAccessTokenString()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JsonSerialization.mapper.readTree(response.body());
    }

    private static String wrongAppCode() {
        long now = System.currentTimeMillis() / 1000;
        List<String> accepted = List.of(Totp.code(SECRET, now - 30), Totp.code(SECRET, now), Totp.code(SECRET, now + 30));
        return accepted.contains("000000") ? (accepted.contains("111111") ? "222222" : "111111") : "000000";
    }
}
