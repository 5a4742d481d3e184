package org.secureaccess.keycloak.recovery;

import java.util.ArrayList;
import java.util.List;

import org.keycloak.representations.idm.AuthenticationExecutionExportRepresentation;
import org.keycloak.representations.idm.AuthenticationFlowRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.realm.RealmBuilder;
import org.secureaccess.keycloak.testsupport.LenientBruteForceRealmConfig;

/**
 * The demo realm with a password-reset flow of the shape the realm is moving to: the emailed link,
 * then a second factor (where "I can't use any of these" sits beside the methods), then the new
 * password. Only to show that the way back works there too: the user is known from the link and no
 * password has been typed.
 */
public class ResetFlowRealmConfig extends LenientBruteForceRealmConfig {

    static final String FLOW = "test reset credentials";
    static final String SECOND_FACTOR = "test reset second factor";

    @Override
    public RealmBuilder configure(RealmBuilder ignored) {
        RealmRepresentation realm = load();
        realm.setFailureFactor(30);
        realm.setQuickLoginCheckMilliSeconds(0L);
        List<AuthenticationFlowRepresentation> flows = new ArrayList<>(realm.getAuthenticationFlows());
        flows.add(flow(FLOW, true, List.of(
                step("reset-credentials-choose-user", "REQUIRED", 10, null),
                step("reset-credential-email", "REQUIRED", 20, null),
                subflow(SECOND_FACTOR, 30),
                step("reset-password", "REQUIRED", 40, null))));
        flows.add(flow(SECOND_FACTOR, false, List.of(
                step("secure-access-sms-code", "ALTERNATIVE", 10, "sa-amr-sms"),
                step("secure-access-lost-second-factor", "ALTERNATIVE", 20, "sa-lost-second-factor"))));
        realm.setAuthenticationFlows(flows);
        realm.setResetCredentialsFlow(FLOW);
        return RealmBuilder.update(realm);
    }

    private static AuthenticationFlowRepresentation flow(String alias, boolean topLevel, List<AuthenticationExecutionExportRepresentation> steps) {
        AuthenticationFlowRepresentation flow = new AuthenticationFlowRepresentation();
        flow.setAlias(alias);
        flow.setProviderId("basic-flow");
        flow.setTopLevel(topLevel);
        flow.setBuiltIn(false);
        flow.setAuthenticationExecutions(steps);
        return flow;
    }

    private static AuthenticationExecutionExportRepresentation step(String authenticator, String requirement, int priority, String config) {
        AuthenticationExecutionExportRepresentation step = new AuthenticationExecutionExportRepresentation();
        step.setAuthenticator(authenticator);
        step.setAuthenticatorFlow(false);
        step.setRequirement(requirement);
        step.setPriority(priority);
        step.setUserSetupAllowed(false);
        step.setAuthenticatorConfig(config);
        return step;
    }

    private static AuthenticationExecutionExportRepresentation subflow(String alias, int priority) {
        AuthenticationExecutionExportRepresentation step = new AuthenticationExecutionExportRepresentation();
        step.setFlowAlias(alias);
        step.setAuthenticatorFlow(true);
        step.setRequirement("REQUIRED");
        step.setPriority(priority);
        step.setUserSetupAllowed(false);
        return step;
    }
}
