package org.secureaccess.keycloak.secondfactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.AuthenticationExecutionInfoRepresentation;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RequiredActionProviderRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.realm.RealmBuilder;
import org.secureaccess.keycloak.testsupport.DemoApp;
import org.secureaccess.keycloak.testsupport.FakeSmsGateway;
import org.secureaccess.keycloak.testsupport.HttpBrowser;
import org.secureaccess.keycloak.testsupport.HttpBrowser.Page;
import org.secureaccess.keycloak.testsupport.HttpSignIn;
import org.secureaccess.keycloak.testsupport.LenientBruteForceRealmConfig;
import org.secureaccess.keycloak.testsupport.SecureAccessServerConfig;
import org.secureaccess.keycloak.testsupport.TestUsers;

/**
 * An administrator switches off, or registers under another alias, a step that Secure Access relies
 * on. Keycloak skips a required action it cannot find enabled under its alias, and a flow with
 * every method disabled simply succeeds: each case must end in a refusal with a clear page and an
 * error event, never in a session with less than was asked for.
 */
@KeycloakIntegrationTest(config = SecureAccessServerConfig.class)
class FailClosedIT {

    static final String RECORDS_MATCH = "urn:secure-access:acr:mfa-identity-records-match";
    static final String VERIFY_IDENTITY = "secure-access-verify-identity";
    static final String PHONE_SET_UP = "secure-access-phone";

    @InjectRealm(config = LenientBruteForceRealmConfig.class)
    ManagedRealm realm;

    @InjectRealm(ref = "renamed", config = RenamedActionsRealmConfig.class)
    ManagedRealm renamed;

    @InjectAdminClient
    Keycloak admin;

    private final FakeSmsGateway sms = FakeSmsGateway.get();

    @BeforeEach
    void resetGateway() {
        sms.reset();
    }

    @Test
    void proofingSwitchedOffNeverYieldsTheRecordsMatchLevel() throws Exception {
        String id = TestUsers.createUnproofedWithPhone(realm, admin, "closed-proofing", "(202) 555-0181");
        switchOff(realm, VERIFY_IDENTITY);

        Page page = signInAskingForRecordsMatch(realm, "closed-proofing", "+12025550181");

        assertRefused(page, "identity verification is not available");
        assertErrorEvent(realm, id, "proofing_action_unavailable");
    }

    @Test
    void proofingRegisteredUnderAnotherAliasNeverYieldsTheRecordsMatchLevel() throws Exception {
        String id = TestUsers.createUnproofedWithPhone(renamed, admin, "renamed-proofing", "(202) 555-0182");

        Page page = signInAskingForRecordsMatch(renamed, "renamed-proofing", "+12025550182");

        assertRefused(page, "identity verification is not available");
        assertErrorEvent(renamed, id, "proofing_action_unavailable");
    }

    @Test
    void phoneSetUpSwitchedOffLeavesNoPasswordOnlySignIn() throws Exception {
        TestUsers.create(realm, "closed-no-factor");
        switchOff(realm, PHONE_SET_UP);

        Page page = new HttpSignIn(new HttpBrowser(realm.getBaseUrl()))
                .signIn(new DemoApp(realm.getBaseUrl()).authorizationUrl(), "closed-no-factor", TestUsers.PASSWORD);

        assertRefused(page, "setting up a second factor is not available");
        assertFalse(page.has("#sa-phone-form"), "no set-up page either: " + page.describe());
    }

    @Test
    void phoneSetUpRegisteredUnderAnotherAliasLeavesNoPasswordOnlySignIn() throws Exception {
        TestUsers.create(renamed, "renamed-no-factor");

        Page page = new HttpSignIn(new HttpBrowser(renamed.getBaseUrl()))
                .signIn(new DemoApp(renamed.getBaseUrl()).authorizationUrl(), "renamed-no-factor", TestUsers.PASSWORD);

        assertRefused(page, "setting up a second factor is not available");
    }

    @Test
    void everyMethodSwitchedOffLeavesNoPasswordOnlySignIn() throws Exception {
        String id = TestUsers.createWithPhone(realm, admin, "closed-methods", "(202) 555-0183");
        // Both ways to a second factor switched off: Keycloak then finishes the second-factor subflow with nothing in it.
        setRequirement(realm, "secure-access second factor", "secure-access choose second factor", "DISABLED");
        setRequirement(realm, "secure-access second factor", "secure-access first second factor", "DISABLED");

        Page page = new HttpSignIn(new HttpBrowser(realm.getBaseUrl()))
                .signIn(new DemoApp(realm.getBaseUrl()).authorizationUrl(), "closed-methods", TestUsers.PASSWORD);

        assertRefused(page, "did not check a second factor");
        assertErrorEvent(realm, id, "second_factor_missing");
        assertTrue(sms.messages().isEmpty(), "no text was sent");
    }

    private Page signInAskingForRecordsMatch(ManagedRealm target, String username, String phone) throws Exception {
        DemoApp app = new DemoApp(target.getBaseUrl());
        HttpSignIn signIn = new HttpSignIn(new HttpBrowser(target.getBaseUrl()));
        String claims = "{\"id_token\":{\"acr\":{\"essential\":true,\"values\":[\"" + RECORDS_MATCH + "\"]}}}";
        Page page = signIn.signIn(app.authorizationUrl(Map.of("claims", claims)), username, TestUsers.PASSWORD);
        page = signIn.smsCode(page, sms.lastCodeTo(phone));
        if (page.has("#sa-security-form")) {
            page = signIn.continueFromSecurityInformation(page);
        }
        app.close();
        return page;
    }

    private static void assertRefused(Page page, String expectedText) {
        assertTrue(page.query("code").isEmpty(), "the application got a code: " + page.describe());
        assertFalse(page.has("#sa-security-form"), "the sign-in went on: " + page.describe());
        assertTrue(page.text().contains(expectedText), "a clear page: " + page.describe());
        assertTrue(page.status() >= 400 && page.status() < 500 || page.status() == 503, "an error page, not a 500: " + page.describe());
    }

    private static void assertErrorEvent(ManagedRealm target, String userId, String error) {
        List<EventRepresentation> events = target.admin().getEvents(List.of("LOGIN_ERROR"), null, userId, null, null, null, 0, 20);
        assertTrue(events.stream().anyMatch(e -> error.equals(e.getError())),
                "a LOGIN_ERROR " + error + " event: " + events.stream().map(EventRepresentation::getError).toList());
    }

    private static void switchOff(ManagedRealm target, String alias) {
        RequiredActionProviderRepresentation action = target.admin().flows().getRequiredAction(alias);
        action.setEnabled(false);
        target.admin().flows().updateRequiredAction(alias, action);
        target.cleanup().add(r -> {
            RequiredActionProviderRepresentation again = r.flows().getRequiredAction(alias);
            again.setEnabled(true);
            r.flows().updateRequiredAction(alias, again);
        });
    }

    /** Sets the requirement of the execution of {@code step} (an authenticator's id or a subflow's name) in {@code flow}. */
    private static void setRequirement(ManagedRealm target, String flow, String step, String requirement) {
        AuthenticationExecutionInfoRepresentation execution = target.admin().flows().getExecutions(flow).stream()
                .filter(e -> step.equals(e.getProviderId()) || step.equals(e.getDisplayName())).findFirst().orElseThrow();
        String before = execution.getRequirement();
        execution.setRequirement(requirement);
        target.admin().flows().updateExecutions(flow, execution);
        target.cleanup().add(r -> {
            AuthenticationExecutionInfoRepresentation again = r.flows().getExecutions(flow).stream()
                    .filter(e -> step.equals(e.getProviderId()) || step.equals(e.getDisplayName())).findFirst().orElseThrow();
            again.setRequirement(before);
            r.flows().updateExecutions(flow, again);
        });
    }

    /** The demo realm, with our two required actions registered under aliases other than their provider ids. */
    public static class RenamedActionsRealmConfig extends LenientBruteForceRealmConfig {

        @Override
        public RealmBuilder configure(RealmBuilder ignored) {
            RealmRepresentation realm = loadLenient();
            realm.setRealm("secure-access-renamed");
            for (RequiredActionProviderRepresentation action : realm.getRequiredActions()) {
                if (VERIFY_IDENTITY.equals(action.getAlias()) || PHONE_SET_UP.equals(action.getAlias())) {
                    action.setAlias(action.getAlias() + "-renamed");
                }
            }
            assertEquals(2, realm.getRequiredActions().stream().filter(a -> a.getAlias().endsWith("-renamed")).count());
            return RealmBuilder.update(realm);
        }
    }
}
