package org.secureaccess.keycloak.history;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.keycloak.TokenVerifier;
import org.keycloak.authentication.AuthenticationProcessor;
import org.keycloak.authentication.actiontoken.AbstractActionTokenHandler;
import org.keycloak.authentication.actiontoken.ActionTokenContext;
import org.keycloak.authentication.actiontoken.TokenUtils;
import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialModel;
import org.keycloak.events.Errors;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.ErrorPage;
import org.keycloak.services.Urls;
import org.keycloak.services.managers.AuthenticationSessionManager;
import org.keycloak.services.messages.Messages;
import org.keycloak.sessions.AuthenticationSessionCompoundId;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Handles "This wasn't me". The link first shows a confirmation page (a link opened by a mail scanner or in a
 * fresh browser is never acted on by itself); the confirmation, which needs that page's authentication
 * session, ends every session and token, removes the second factors added since the reported activity and
 * asks for a new password at the next sign-in. It shows what was done and creates no session: whoever reads
 * the person's email can lock the account down but never get into it.
 */
public class NotMeActionTokenHandler extends AbstractActionTokenHandler<NotMeActionToken> {

    /** Keycloak keeps a used action token's key this much past its expiry too. */
    private static final long CLOCK_SKEW_SECONDS = 60;
    private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

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

        // Nothing signs the person in afterwards, so Keycloak would never mark the token used: mark it now. The
        // mark is atomic across nodes, so two confirmations sent at once act once.
        long lifespan = Math.max(1, token.getExp() - Time.currentTime()) + CLOCK_SKEW_SECONDS;
        if (!session.revokedTokens().put(token.serializeKey(), lifespan)) {
            tokenContext.getEvent().error(Errors.EXPIRED_CODE);
            new AuthenticationSessionManager(session).removeAuthenticationSession(realm, authSession, true);
            return ErrorPage.error(session, null, Response.Status.BAD_REQUEST, Messages.EXPIRED_ACTION);
        }

        AccountProtection.Report report = AccountProtection.reportFromEmail(session, realm, user, token.getReportedSince());
        tokenContext.getEvent().detail("removed_second_factors", String.valueOf(report.removed().size()))
                .detail("account_paused", String.valueOf(report.paused())).success();
        new AuthenticationSessionManager(session).removeAuthenticationSession(realm, authSession, true);

        List<Map<String, String>> removed = report.removed().stream().map(NotMeActionTokenHandler::describe).toList();
        LoginFormsProvider form = session.getProvider(LoginFormsProvider.class);
        return form.setAttribute("saRemovedFactors", removed)
                .setAttribute("saPaused", report.paused())
                .createForm("sa-not-me-done.ftl");
    }

    /** The person's own label for a removed factor where it has one (e.g. "Work phone"), else the kind of factor. */
    private static Map<String, String> describe(CredentialModel credential) {
        Map<String, String> view = new LinkedHashMap<>();
        view.put("type", credential.getType());
        view.put("label", credential.getUserLabel() == null || credential.getUserLabel().isBlank() ? "" : credential.getUserLabel());
        view.put("added", credential.getCreatedDate() == null ? "" : ADDED.format(Instant.ofEpochMilli(credential.getCreatedDate())));
        return view;
    }

    @Override
    public boolean canUseTokenRepeatedly(NotMeActionToken token, ActionTokenContext<NotMeActionToken> tokenContext) {
        return false;
    }
}
