package org.secureaccess.keycloak.shared;

import jakarta.ws.rs.NotAuthorizedException;

import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;

/**
 * The person calling one of our "my account" endpoints: by a bearer token for the account audience (an application
 * acting for them), or else by their sign-in cookie. The cookie is how our pages inside Keycloak's account console
 * call: a page module the console loads gets no access to the console's token. Only reads accept it; they are
 * same-origin JSON without CORS, so another site can send the cookie but never read the answer.
 */
public final class AccountCaller {

    private AccountCaller() {
    }

    /** The signed-in person, or 401. */
    public static UserModel require(KeycloakSession session) {
        RealmModel realm = session.getContext().getRealm();
        AuthResult auth = new AppAuthManager.BearerTokenAuthenticator(session).setAudience(Constants.ACCOUNT_MANAGEMENT_CLIENT_ID).authenticate();
        if (auth == null && AppAuthManager.extractAuthorizationHeaderTokenOrReturnNull(session.getContext().getRequestHeaders()) == null) {
            auth = new AppAuthManager().authenticateIdentityCookie(session, realm);
        }
        if (auth == null) {
            throw new NotAuthorizedException("Bearer realm=\"" + realm.getName() + "\"");
        }
        return auth.user();
    }
}
