package org.secureaccess.keycloak.history;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.keycloak.TokenVerifier;
import org.keycloak.authentication.AuthenticationProcessor;
import org.keycloak.authentication.actiontoken.AbstractActionTokenHandler;
import org.keycloak.authentication.actiontoken.ActionTokenContext;
import org.keycloak.authentication.actiontoken.TokenUtils;
import org.keycloak.events.Errors;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.Urls;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.messages.Messages;
import org.keycloak.sessions.AuthenticationSessionCompoundId;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Handles "This wasn't me": first asks the person to confirm (a link opened in a fresh browser is
 * never acted on by itself), then signs them out everywhere and asks for a new password.
 */
public class NotMeActionTokenHandler extends AbstractActionTokenHandler<NotMeActionToken> {

    public NotMeActionTokenHandler() {
        super(NotMeActionToken.TOKEN_TYPE, NotMeActionToken.class, Messages.INVALID_CODE, EventType.EXECUTE_ACTION_TOKEN, Errors.NOT_ALLOWED);
    }

    @Override
    public TokenVerifier.Predicate<? super NotMeActionToken>[] getVerifiers(ActionTokenContext<NotMeActionToken> tokenContext) {
        return TokenUtils.predicates(verifyEmail(tokenContext));
    }

    @Override
    public Response handleToken(NotMeActionToken token, ActionTokenContext<NotMeActionToken> tokenContext) {
        KeycloakSession session = tokenContext.getSession();
        RealmModel realm = tokenContext.getRealm();
        AuthenticationSessionModel authSession = tokenContext.getAuthenticationSession();
        UserModel user = authSession.getAuthenticatedUser();

        if (tokenContext.isAuthenticationSessionFresh()) {
            token.setCompoundAuthenticationSessionId(AuthenticationSessionCompoundId.fromAuthSession(authSession).getEncodedId());
            UriBuilder confirm = Urls.actionTokenBuilder(tokenContext.getUriInfo().getBaseUri(), token.serialize(session, realm, tokenContext.getUriInfo()),
                    authSession.getClient().getClientId(), authSession.getTabId(), AuthenticationProcessor.getClientData(session, authSession));
            return session.getProvider(LoginFormsProvider.class)
                    .setAuthenticationSession(authSession)
                    .setUser(user)
                    .setAttribute("saConfirmUrl", confirm.build(realm.getName()).toString())
                    .createForm("sa-not-me-confirm.ftl");
        }

        AccountProtection.signOutEverywhereAndRequireNewPassword(session, realm, user);
        authSession.addRequiredAction(UserModel.RequiredAction.UPDATE_PASSWORD);
        tokenContext.getEvent().success();
        String nextAction = AuthenticationManager.nextRequiredAction(session, authSession, tokenContext.getRequest(), tokenContext.getEvent());
        return AuthenticationManager.redirectToRequiredActions(session, realm, authSession, tokenContext.getUriInfo(), nextAction);
    }

    @Override
    public boolean canUseTokenRepeatedly(NotMeActionToken token, ActionTokenContext<NotMeActionToken> tokenContext) {
        return false;
    }

}
