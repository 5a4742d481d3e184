package org.secureaccess.keycloak.secondfactor;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionProviderModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.secureaccess.keycloak.history.LoginHistory;

/**
 * The last step of every part of a flow that must end with a second factor: it lets the sign-in go
 * on only when one of our second-factor steps accepted a code, key or recovery code in this very
 * authentication, or, where the execution allows it, when a person with no second factor at all
 * has an enabled set-up action pending (their first phone or app, proven by a code before any
 * session exists). Anything else — every method disabled by an administrator, a set-up action
 * switched off, a flow edited into a password-only shape — ends the sign-in with an error page
 * instead of a session with a password alone.
 */
public class SecondFactorPassedCheck implements Authenticator {

    static final String ALLOW_ENROLMENT = "allowEnrolment";
    static final String ERROR = "second_factor_missing";
    /** Required actions that bind a first second factor and prove it with a code or key before finishing. */
    static final Set<String> ENROLMENT_ACTIONS = Set.of(PhoneEnrollmentRequiredActionFactory.ID, UserModel.RequiredAction.CONFIGURE_TOTP.name(),
            "webauthn-register");

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        UserModel user = context.getUser();
        if (authSession.getUserSessionNotes().get(LoginHistory.SECOND_FACTOR_NOTE) != null) {
            context.success();
            return;
        }
        if (allowsEnrolment(context.getAuthenticatorConfig()) && !SecondFactorConfiguredCondition.hasSecondFactor(user)
                && enrolmentPending(context.getRealm(), user, authSession)) {
            context.success();
            return;
        }
        context.getEvent().user(user).error(ERROR);
        context.failure(AuthenticationFlowError.CREDENTIAL_SETUP_REQUIRED,
                context.form().setError("saSecondFactorMissing").createErrorPage(jakarta.ws.rs.core.Response.Status.FORBIDDEN));
    }

    static boolean allowsEnrolment(AuthenticatorConfigModel config) {
        Map<String, String> values = config == null || config.getConfig() == null ? Map.of() : config.getConfig();
        return !"false".equalsIgnoreCase(values.getOrDefault(ALLOW_ENROLMENT, "true").strip());
    }

    private static boolean enrolmentPending(RealmModel realm, UserModel user, AuthenticationSessionModel authSession) {
        return Stream.concat(user.getRequiredActionsStream(), authSession.getRequiredActions().stream())
                .filter(ENROLMENT_ACTIONS::contains)
                .anyMatch(alias -> {
                    RequiredActionProviderModel action = realm.getRequiredActionProviderByAlias(alias);
                    return action != null && action.isEnabled() && alias.equals(action.getProviderId());
                });
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        authenticate(context);
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
