package org.secureaccess.keycloak.theme;

import java.util.Map;

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
import org.secureaccess.keycloak.testsupport.PageChecks;
import org.secureaccess.keycloak.testsupport.SecureAccessServerConfig;
import org.secureaccess.keycloak.testsupport.TestUsers;

/** Scratch check while building the theme: axe on the pages that exist so far. */
@KeycloakIntegrationTest(config = SecureAccessServerConfig.class)
class PageAccessibilityIT {

    @RegisterExtension
    static Chromium chromium = new Chromium();

    @InjectRealm(config = LenientBruteForceRealmConfig.class)
    ManagedRealm realm;

    @InjectAdminClient
    Keycloak admin;

    private final FakeSmsGateway sms = FakeSmsGateway.get();

    @BeforeEach
    void reset() {
        sms.reset();
    }

    @Test
    void smsJourney() throws Exception {
        TestUsers.createWithPhone(realm, admin, "a11y-sms", "(202) 555-0401");
        LoginPages login = new LoginPages(chromium.page()).open(new DemoApp(realm.getBaseUrl()).authorizationUrl(Map.of("ui_locales", "en")));
        PageChecks.check(login.page(), "scratch", "01-login");
        login.signIn("a11y-sms", "wrong-password-123");
        PageChecks.check(login.page(), "scratch", "02-login-error");
        login.signIn("a11y-sms", TestUsers.PASSWORD);
        PageChecks.check(login.page(), "scratch", "03-sms-code");
        login.enterCode("000000".equals(sms.lastCodeTo("+12025550401")) ? "111111" : "000000");
        PageChecks.check(login.page(), "scratch", "04-sms-code-wrong");
        login.enterCode(sms.lastCodeTo("+12025550401"));
        PageChecks.check(login.page(), "scratch", "05-security-information");
    }
}
