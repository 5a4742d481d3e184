package org.secureaccess.keycloak.proofing;

import java.util.Map;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The browser flow's proofing step: a person not yet verified gets "Verify your identity" before
 * reaching the application. In mode {@code enforcement-date} they may put it off until the date in
 * the required action's settings; in mode {@code always} (the step of the identity-verified level
 * of authentication) they may not, so that level is only ever reached by a verified person.
 */
public class ProofingGateAuthenticator implements Authenticator {

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        if (user == null) {
            context.attempted();
            return;
        }
        if (!ProofingState.isVerified(context.getSession(), context.getRealm(), user)) {
            context.getAuthenticationSession().addRequiredAction(IdentityProofingRequiredActionFactory.ID);
            if (ProofingGateAuthenticatorFactory.MODE_ALWAYS.equals(mode(context.getAuthenticatorConfig()))) {
                context.getAuthenticationSession().setAuthNote(ProofingFlow.MANDATORY_NOTE, "true");
            }
        }
        context.success();
    }

    static String mode(AuthenticatorConfigModel config) {
        Map<String, String> values = config == null || config.getConfig() == null ? Map.of() : config.getConfig();
        String mode = values.get(ProofingGateAuthenticatorFactory.MODE);
        return ProofingGateAuthenticatorFactory.MODE_ALWAYS.equals(mode) ? ProofingGateAuthenticatorFactory.MODE_ALWAYS
                : ProofingGateAuthenticatorFactory.MODE_ENFORCEMENT_DATE;
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        context.success();
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}
