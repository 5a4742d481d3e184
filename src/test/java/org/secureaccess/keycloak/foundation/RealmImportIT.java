package org.secureaccess.keycloak.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.secureaccess.keycloak.testsupport.DemoRealmConfig;
import org.secureaccess.keycloak.testsupport.SecureAccessServerConfig;

/** realm-export.json imports into a real Keycloak and carries the settings it promises. */
@KeycloakIntegrationTest(config = SecureAccessServerConfig.class)
class RealmImportIT {

    @InjectRealm(config = DemoRealmConfig.class)
    ManagedRealm realm;

    @Test
    void realmImportsWithThemeBruteForceSessionsAndPasswordPolicy() {
        RealmRepresentation imported = realm.admin().toRepresentation();

        assertEquals(DemoRealmConfig.REALM, imported.getRealm());
        assertEquals("secure-access", imported.getLoginTheme());
        assertTrue(imported.isInternationalizationEnabled());
        assertEquals(java.util.Set.of("en", "es"), imported.getSupportedLocales());

        assertTrue(imported.isBruteForceProtected());
        assertEquals(5, imported.getFailureFactor());
        assertFalse(imported.isPermanentLockout(), "no permanent lockout: a stranger must not be able to disable an account by guessing");
        assertEquals("MULTIPLE", String.valueOf(imported.getBruteForceStrategy()), "the wait grows with every failureFactor failures");
        assertEquals(60, imported.getWaitIncrementSeconds(), "a short cool-down after the first failures");
        assertEquals(24 * 60 * 60, imported.getMaxFailureWaitSeconds(), "up to a day between guesses");

        assertEquals(15 * 60, imported.getSsoSessionIdleTimeout());
        assertEquals(12 * 60 * 60, imported.getSsoSessionMaxLifespan());
        assertFalse(imported.isRememberMe(), "no 'remember me': every login needs every factor");

        String policy = imported.getPasswordPolicy();
        assertTrue(policy.contains("length(12)"), policy);
        assertTrue(policy.contains("maxLength(128)"), policy);
        assertTrue(policy.contains("notCommonPassword"), policy);
        assertFalse(policy.matches(".*(upperCase|lowerCase|digits|specialChars).*"), "no composition rules: " + policy);
    }

    @Test
    void noClientAllowsThePasswordGrant() {
        List<ClientRepresentation> clients = realm.admin().clients().findAll();
        assertTrue(clients.size() >= 7, "the default clients and demo-app: " + clients.size());
        for (ClientRepresentation client : clients) {
            assertFalse(Boolean.TRUE.equals(client.isDirectAccessGrantsEnabled()),
                    client.getClientId() + " must not allow direct-access (password) grants");
        }
    }

    @Test
    void demoAppIsAPublicCodeFlowClientWithPkce() {
        ClientRepresentation demoApp = realm.admin().clients().findByClientId("demo-app").get(0);
        assertTrue(demoApp.isPublicClient());
        assertTrue(demoApp.isStandardFlowEnabled());
        assertFalse(demoApp.isImplicitFlowEnabled());
        assertEquals("S256", demoApp.getAttributes().get("pkce.code.challenge.method"));
        assertTrue(demoApp.getRedirectUris().contains("http://localhost:*"));
    }

    @Test
    void discoveryDocumentAnswers() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(realm.getBaseUrl() + "/.well-known/openid-configuration")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"issuer\":\"" + realm.getBaseUrl() + "\""), response.body());
    }
}
