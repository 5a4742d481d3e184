package org.secureaccess.keycloak.secondfactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.secureaccess.keycloak.testsupport.DemoApp;
import org.secureaccess.keycloak.testsupport.FakeSmsGateway;
import org.secureaccess.keycloak.testsupport.HttpBrowser;
import org.secureaccess.keycloak.testsupport.HttpBrowser.Page;
import org.secureaccess.keycloak.testsupport.HttpSignIn;
import org.secureaccess.keycloak.testsupport.LenientBruteForceRealmConfig;
import org.secureaccess.keycloak.testsupport.SecureAccessServerConfig;

/**
 * Self-registration, switched on by an administrator: a new account is a password and nothing
 * else until the person proves a phone, so no session and no code exist before that — even for an
 * application that demands the mfa level as an essential claim.
 */
@KeycloakIntegrationTest(config = SecureAccessServerConfig.class)
class RegistrationIT {

    static final String MFA = "urn:secure-access:acr:mfa";
    static final String PASSWORD = "Registered-Passphrase-2027";

    @InjectRealm(config = LenientBruteForceRealmConfig.class)
    ManagedRealm realm;

    private final FakeSmsGateway sms = FakeSmsGateway.get();

    @BeforeEach
    void allowRegistration() {
        sms.reset();
        RealmRepresentation representation = realm.admin().toRepresentation();
        representation.setRegistrationAllowed(true);
        realm.admin().update(representation);
        realm.cleanup().add(r -> {
            RealmRepresentation restored = r.toRepresentation();
            restored.setRegistrationAllowed(false);
            r.update(restored);
        });
    }

    @Test
    void aNewAccountGetsNoCodeUntilItsPhoneIsProvenAndThenSaysMfa() throws Exception {
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            HttpBrowser browser = new HttpBrowser(realm.getBaseUrl());
            HttpSignIn signIn = new HttpSignIn(browser);
            String essentialMfa = "{\"id_token\":{\"acr\":{\"essential\":true,\"values\":[\"" + MFA + "\"]}}}";
            Page page = signIn.open(app.authorizationUrl(Map.of("claims", essentialMfa)));
            page = browser.open(page.html().selectFirst("#sa-register").absUrl("href"));
            page = browser.submit(page, "#kc-register-form", Map.of("username", "new-registrant", "email", "new-registrant@example.com",
                    "firstName", "New", "lastName", "Registrant", "password", PASSWORD, "password-confirm", PASSWORD));

            assertTrue(page.query("code").isEmpty(), "a password alone gave a code: " + page.describe());
            if (page.has("#sa-postpone")) {
                // Offered identity proofing right after registering (it would prove the phone too); put off until the
                // demo realm's enforcement date.
                page = signIn.postponeProofing(page);
                assertTrue(page.query("code").isEmpty(), "putting proofing off gave a code without a second factor: " + page.describe());
            }
            assertTrue(page.has("#sa-phone-form"), "the first phone is set up before any session: " + page.describe());
            String userId = realm.admin().users().search("new-registrant", true).get(0).getId();
            realm.cleanup().add(r -> r.users().get(userId).remove());
            assertEquals(0, realm.admin().users().get(userId).getUserSessions().size(), "no session yet");

            page = browser.submit(page, "#sa-phone-form", Map.of("phoneNumber", "(202) 555-0195"));
            page = browser.submit(page, "#sa-phone-verify-form", Map.of("code", sms.lastCodeTo("+12025550195")));
            String idTokenAcr = DemoApp.claims(app.exchangeRaw(HttpSignIn.authorizationCode(page)).get("id_token").asText()).path("acr").asText();
            assertEquals(MFA, idTokenAcr, "a password and a proven phone");
            List<UserRepresentation> found = realm.admin().users().search("new-registrant", true);
            assertTrue(realm.admin().users().get(found.get(0).getId()).credentials().stream()
                    .anyMatch(c -> "secure-access-phone".equals(c.getType())), "the phone is the account's second factor");
        }
    }
}
