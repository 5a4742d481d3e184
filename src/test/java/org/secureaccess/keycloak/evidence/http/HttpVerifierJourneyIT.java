package org.secureaccess.keycloak.evidence.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.representations.idm.RequiredActionConfigRepresentation;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.secureaccess.keycloak.testsupport.Chromium;
import org.secureaccess.keycloak.testsupport.DemoApp;
import org.secureaccess.keycloak.testsupport.DemoRealmConfig;
import org.secureaccess.keycloak.testsupport.FakeSmsGateway;
import org.secureaccess.keycloak.testsupport.FakeVerificationService;
import org.secureaccess.keycloak.testsupport.LoginPages;
import org.secureaccess.keycloak.testsupport.ProofingPerson;
import org.secureaccess.keycloak.testsupport.ProofingWizard;
import org.secureaccess.keycloak.testsupport.SecureAccessServerConfig;
import org.secureaccess.keycloak.testsupport.TestUsers;
import org.secureaccess.keycloak.testsupport.Totp;

/**
 * Identity proofing with the {@code http} evidence verifier, end to end over real HTTP to a loopback bureau that knows
 * one person of record (who is not in the realm's own reference records): their details match at every step, and
 * details it does not know are a "no match", each answer the bureau's own.
 */
@KeycloakIntegrationTest(config = SecureAccessServerConfig.class)
class HttpVerifierJourneyIT {

    private static final String ACTION = "secure-access-verify-identity";
    private static final String APP_SECRET = "HttpVerifierJourneySecret";

    @RegisterExtension
    static Chromium chromium = new Chromium();

    @InjectRealm(config = DemoRealmConfig.class)
    ManagedRealm realm;

    private final FakeVerificationService bureau = FakeVerificationService.get();
    private final FakeSmsGateway sms = FakeSmsGateway.get();

    @BeforeEach
    void useTheBureau() {
        bureau.reset();
        sms.reset();
        RequiredActionConfigRepresentation config = realm.admin().flows().getRequiredActionConfig(ACTION);
        Map<String, String> values = new HashMap<>(config.getConfig());
        values.put("evidenceVerifier", "http");
        config.setConfig(values);
        realm.admin().flows().updateRequiredActionConfig(ACTION, config);
    }

    @AfterEach
    void forget() {
        bureau.reset();
    }

    @Test
    void aPersonTheBureauKnowsIsVerifiedThroughEveryStep() throws Exception {
        ProofingPerson bea = ProofingPerson.number(71, "Bea", "Bureau", "MOBILE");
        bureau.knowsOnly(bea);
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            ProofingWizard wizard = signIn(app, "bureau-known");
            wizard.fillIdentity(bea).continueOn();
            assertEquals("Verify a financial account", wizard.heading(), "the bureau matched the identity: " + wizard.login().message());

            wizard.enterCard(bea.wrongCard());
            assertEquals("Verify a financial account", wizard.heading());
            assertTrue(wizard.login().message().contains("does not match our records"), wizard.login().message());
            wizard.enterCard(bea.card());
            assertEquals("Verify your mobile phone", wizard.heading(), wizard.login().message());

            wizard.enterPhone("(202) 555-0171");
            assertEquals("Enter the code we texted you", wizard.heading(), "the bureau matched the phone: " + wizard.login().message());
            wizard.enterPhoneCode(sms.lastCodeTo(bea.mobile()));
            assertEquals("Your identity is verified", wizard.heading());
        }
        assertEquals(1, bureau.questions("match-identity"));
        assertEquals(2, bureau.questions("match-financial-account"), "the wrong card and the right one");
        assertEquals(1, bureau.questions("match-phone"));
    }

    @Test
    void detailsTheBureauDoesNotKnowAreANoMatch() throws Exception {
        ProofingPerson known = ProofingPerson.number(72, "Kim", "Known", "MOBILE");
        bureau.knowsOnly(known);
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            ProofingWizard wizard = signIn(app, "bureau-unknown");
            wizard.fillIdentity(known, known.taxId(), "1901").continueOn();
            assertEquals("Your personal information", wizard.heading(), "a different birth year is not the person of record");
            assertTrue(wizard.login().message().contains("does not match our records"), wizard.login().message());
            assertTrue(wizard.login().message().contains("Attempts left before verification is paused"), "and it counted: "
                    + wizard.login().message());
        }
        assertEquals(1, bureau.questions("match-identity"), "the bureau was asked, and answered");
    }

    private ProofingWizard signIn(DemoApp app, String username) throws Exception {
        TestUsers.createUnproofedWithApp(realm, username, APP_SECRET + username);
        LoginPages login = new LoginPages(chromium.page()).open(app.authorizationUrl()).signIn(username, TestUsers.PASSWORD);
        login.enterAppCode(Totp.unused(APP_SECRET + username)).acknowledgeSecurityInformation();
        ProofingWizard wizard = new ProofingWizard(login).start();
        assertEquals("Your personal information", wizard.heading());
        return wizard;
    }
}
