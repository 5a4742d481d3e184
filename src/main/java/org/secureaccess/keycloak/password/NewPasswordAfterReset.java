package org.secureaccess.keycloak.password;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.secureaccess.keycloak.shared.SessionRevocation;

/**
 * The last step of "Forgot password", after the emailed link and a second factor: every existing
 * session and token of the person ends (a stranger signed in with the old password is out before
 * the new one is even chosen), and the new password is asked for before any new session exists.
 * Unlike Keycloak's "Reset Password" step it never runs before the second factor, and unlike
 * "Reset OTP" nothing here touches a second factor.
 */
public class NewPasswordAfterReset implements Authenticator {

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        SessionRevocation.endEverySession(context.getSession(), context.getRealm(), user, null);
        context.getAuthenticationSession().addRequiredAction(UserModel.RequiredAction.UPDATE_PASSWORD);
        // The password category lets Keycloak lift a temporary password lockout, as its own reset step does.
        context.success(PasswordCredentialModel.TYPE);
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
