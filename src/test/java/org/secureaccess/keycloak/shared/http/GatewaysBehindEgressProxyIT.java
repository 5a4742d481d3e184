package org.secureaccess.keycloak.shared.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.RequiredActionConfigRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.secureaccess.keycloak.testsupport.Chromium;
import org.secureaccess.keycloak.testsupport.DemoApp;
import org.secureaccess.keycloak.testsupport.DemoRealmConfig;
import org.secureaccess.keycloak.testsupport.EgressProxy;
import org.secureaccess.keycloak.testsupport.FakeSmsGateway;
import org.secureaccess.keycloak.testsupport.FakeVerificationService;
import org.secureaccess.keycloak.testsupport.HttpBrowser;
import org.secureaccess.keycloak.testsupport.HttpBrowser.Page;
import org.secureaccess.keycloak.testsupport.HttpSignIn;
import org.secureaccess.keycloak.testsupport.LoginPages;
import org.secureaccess.keycloak.testsupport.ProofingPerson;
import org.secureaccess.keycloak.testsupport.ProofingWizard;
import org.secureaccess.keycloak.testsupport.SecureAccessServerConfig;
import org.secureaccess.keycloak.testsupport.TestUsers;
import org.secureaccess.keycloak.testsupport.Totp;

/**
 * The gateways are reached the way a production server reaches them through an egress proxy: the shared server's
 * gateway URLs name hosts that only the proxy can route ({@code *.proxied.test}), Keycloak's
 * {@code proxy-mappings} send those hosts (and nothing else) to the loopback {@link EgressProxy}, and the gateways'
 * TLS certificate is trusted through {@code --truststore-paths} only. A text sent during a sign-in, and a question to
 * the verification bureau during identity proofing, each travel through a tunnel the proxy opened and reach the fake.
 */
@KeycloakIntegrationTest(config = SecureAccessServerConfig.class)
class GatewaysBehindEgressProxyIT {

    private static final String SMS_GATEWAY = "sms." + EgressProxy.DOMAIN + ":" + FakeSmsGateway.PORT;
    private static final String BUREAU = "bureau." + EgressProxy.DOMAIN + ":" + FakeVerificationService.PORT;
    private static final String ACTION = "secure-access-verify-identity";
    private static final String APP_SECRET = "GatewaysBehindEgressProxySecret";

    @RegisterExtension
    static Chromium chromium = new Chromium();

    @InjectRealm(config = DemoRealmConfig.class)
    ManagedRealm realm;

    @InjectAdminClient
    Keycloak admin;

    private final EgressProxy proxy = EgressProxy.get();
    private final FakeSmsGateway sms = FakeSmsGateway.get();
    private final FakeVerificationService bureau = FakeVerificationService.get();

    @BeforeEach
    void freshRecords() {
        sms.reset();
        bureau.reset();
        proxy.clearRecords();
    }

    @Test
    void theGatewayHostsResolveOnlyThroughTheProxy() {
        // Keycloak runs on this machine: it could not have reached them on its own either.
        for (String host : EgressProxy.GATEWAY_HOSTS) {
            assertThrows(UnknownHostException.class, () -> InetAddress.getByName(host), host);
        }
    }

    @Test
    void aSignInTextTravelsThroughTheProxyToTheGateway() throws Exception {
        TestUsers.createWithPhone(realm, admin, "egress-sms", "(202) 555-0186");
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            HttpSignIn person = new HttpSignIn(new HttpBrowser(realm.getBaseUrl()));
            Page page = person.signIn(app.authorizationUrl(), "egress-sms", TestUsers.PASSWORD);

            FakeSmsGateway.Message text = sms.lastMessageTo("+12025550186");
            page = person.continueFromSecurityInformation(person.smsCode(page, text.code()));
            assertFalse(HttpSignIn.authorizationCode(page).isBlank(), "the texted code signed the person in");
        }
        assertEquals(List.of("POST /sms"), requestsTo(SMS_GATEWAY), "the one text went through the proxy: " + proxy.relayed());
        assertEquals(1, sms.messages().size(), "and reached the gateway once");
    }

    @Test
    void anIdentityQuestionTravelsThroughTheProxyToTheBureau() throws Exception {
        useTheBureau();
        ProofingPerson pat = ProofingPerson.number(87, "Pat", "Proxied", "MOBILE");
        bureau.knowsOnly(pat);
        TestUsers.createUnproofedWithApp(realm, "egress-bureau", APP_SECRET);
        try (DemoApp app = new DemoApp(realm.getBaseUrl())) {
            LoginPages login = new LoginPages(chromium.page()).open(app.authorizationUrl()).signIn("egress-bureau", TestUsers.PASSWORD);
            login.enterAppCode(Totp.unused(APP_SECRET)).acknowledgeSecurityInformation();
            ProofingWizard wizard = new ProofingWizard(login).start();
            wizard.fillIdentity(pat).continueOn();
            assertEquals("Verify a financial account", wizard.heading(), "the bureau matched the identity: " + wizard.login().message());
        }
        assertEquals(1, bureau.questions("match-identity"), "the bureau answered the question");
        assertEquals(List.of("POST /verify"), requestsTo(BUREAU), "through the proxy: " + proxy.relayed());
    }

    private List<String> requestsTo(String authority) {
        return proxy.relayedTo(authority).stream().map(r -> r.method() + " " + r.path()).toList();
    }

    private void useTheBureau() {
        RequiredActionConfigRepresentation config = realm.admin().flows().getRequiredActionConfig(ACTION);
        Map<String, String> values = new HashMap<>(config.getConfig());
        values.put("evidenceVerifier", "http");
        config.setConfig(values);
        realm.admin().flows().updateRequiredActionConfig(ACTION, config);
    }
}
