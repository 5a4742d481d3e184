package org.secureaccess.keycloak.secondfactor;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.keycloak.OAuthErrorException;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.events.Errors;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.representations.idm.OAuth2ErrorRepresentation;

/**
 * The whole direct-grant flow of a Secure Access realm: the password grant asks for a password
 * only, so it is refused for everyone, before any username or password is looked at. Bound as the
 * realm's direct-grant flow, it keeps an administrator who switches "Direct access grants" on for
 * a client from opening a password-only door ("no scripted login").
 */
public class PasswordGrantRefusal implements Authenticator {

    static final String ERROR_DESCRIPTION = "Sign-in with a password alone is not allowed in this realm; use the browser sign-in, "
            + "which asks for a second factor.";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        context.getEvent().detail("grant_refused", "password").error(Errors.NOT_ALLOWED);
        Response refusal = Response.status(Response.Status.BAD_REQUEST)
                .entity(new OAuth2ErrorRepresentation(OAuthErrorException.UNAUTHORIZED_CLIENT, ERROR_DESCRIPTION))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
        context.failure(AuthenticationFlowError.ACCESS_DENIED, refusal);
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        authenticate(context);
    }

    @Override
    public boolean requiresUser() {
        return false;
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
