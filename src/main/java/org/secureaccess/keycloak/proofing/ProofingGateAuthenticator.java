package org.secureaccess.keycloak.proofing;

import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionProviderModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.AuthenticationManager;

/**
 * The flow's proofing step: a person not yet verified gets "Verify your identity" before reaching
 * the application. In mode {@code enforcement-date} they may put it off until the date in the
 * required action's settings, and from that date a session that began earlier gets no way past it
 * either (the step also runs when a session cookie signs them in); in mode {@code always} (the
 * step of the records-match level of authentication) they may not, so that level is only ever
 * reached by a verified person. It fails closed: when the required action that does the proofing
 * is missing, disabled or registered under another alias, the sign-in is refused rather than
 * counted as proofed.
 */
public class ProofingGateAuthenticator implements Authenticator {

    static final String ERROR_ACTION_UNAVAILABLE = "proofing_action_unavailable";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        if (user == null) {
            context.attempted();
            return;
        }
        boolean always = ProofingGateAuthenticatorFactory.MODE_ALWAYS.equals(mode(context.getAuthenticatorConfig()));
        boolean enforcedNow = always || !ProofingSettings.of(context.getRealm()).postponable();
        boolean sessionReentry = "true".equals(context.getAuthenticationSession().getAuthNote(AuthenticationManager.SSO_AUTH));
        if (ProofingState.isVerified(context.getSession(), context.getRealm(), user) || !enforcedNow && sessionReentry) {
            // Before the enforcement date the reminder comes at each sign-in, not at every application a session reaches.
            context.success();
            return;
        }
        if (!proofingActionAvailable(context.getRealm())) {
            if (!enforcedNow) {
                // Only a reminder was due, and there is nothing to remind of.
                context.success();
                return;
            }
            context.getEvent().user(user).detail("proofing_mode", always ? "always" : "enforcement-date").error(ERROR_ACTION_UNAVAILABLE);
            Response page = context.form().setError("saProofingUnavailable").createErrorPage(Response.Status.SERVICE_UNAVAILABLE);
            context.failure(AuthenticationFlowError.CREDENTIAL_SETUP_REQUIRED, page);
            return;
        }
        context.getAuthenticationSession().addRequiredAction(IdentityProofingRequiredActionFactory.ID);
        if (always) {
            context.getAuthenticationSession().setAuthNote(ProofingFlow.MANDATORY_NOTE, "true");
        }
        context.success();
    }

    /** Keycloak skips a required action that is disabled or unknown under its alias: proofing would silently not happen. */
    static boolean proofingActionAvailable(RealmModel realm) {
        RequiredActionProviderModel action = realm.getRequiredActionProviderByAlias(IdentityProofingRequiredActionFactory.ID);
        return action != null && action.isEnabled() && IdentityProofingRequiredActionFactory.ID.equals(action.getProviderId());
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
