package org.secureaccess.keycloak.history;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.MultivaluedMap;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * "Online Security Information", shown after every full sign-in: the previous successful sign-in,
 * the failed attempts since then (highlighted) and the last ten events. "This wasn't me" ends every
 * other session and token, removes the second factors added since the previous sign-in began (except
 * the kind used in this sign-in, which the person has just proven they hold) and asks for a new password
 * before this sign-in completes: unlike the emailed link, this person has just passed the second factor.
 */
class SecurityInformationAuthenticator implements Authenticator {

    static final String TEMPLATE = "sa-security-information.ftl";
    static final int RECENT_EVENTS = 10;

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        EntityManager em = LoginHistory.entityManager(context.getSession());
        String realmId = context.getRealm().getId();
        String userId = context.getUser().getId();
        List<LoginHistoryEntity> newest = LoginHistory.latest(em, realmId, userId, 0, RECENT_EVENTS);
        SecuritySummary summary = SecuritySummary.fromNewest(newest, RECENT_EVENTS).orElseGet(() -> {
            LoginHistoryEntity previous = LoginHistory.latestOfKind(em, realmId, userId, HistoryKind.SIGN_IN);
            return new SecuritySummary(previous, LoginHistory.failuresSince(em, realmId, userId, previous == null ? 0 : previous.getEventTime()));
        });
        List<Map<String, Object>> failures = summary.failures().stream().map(HistoryView::of).toList();
        List<Map<String, Object>> recent = newest.stream().map(HistoryView::of).toList();
        context.challenge(context.form()
                .setAttribute("saPrevious", summary.previous() == null ? null : HistoryView.of(summary.previous()))
                .setAttribute("saFailures", failures)
                .setAttribute("saFailureCount", summary.failedAttempts())
                .setAttribute("saRecent", recent)
                .createForm(TEMPLATE));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        if (form.containsKey("not-me")) {
            reportNotMe(context);
        }
        context.success();
    }

    private static void reportNotMe(AuthenticationFlowContext context) {
        EntityManager em = LoginHistory.entityManager(context.getSession());
        String realmId = context.getRealm().getId();
        UserModel user = context.getUser();
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        // The previous sign-in is what the page shows; with none, nobody else has signed in and nothing was added by them.
        LoginHistoryEntity previous = LoginHistory.latestOfKind(em, realmId, user.getId(), HistoryKind.SIGN_IN);
        long since = previous == null ? Time.currentTimeMillis() : LoginHistory.startOfSignIn(em, previous);
        Set<String> usedNow = SecondFactors.typesOfMethod(authSession.getUserSessionNotes().get(LoginHistory.SECOND_FACTOR_NOTE));
        AccountProtection.reportDuringSignIn(context.getSession(), context.getRealm(), user, since, usedNow,
                authSession.getParentSession().getId());
        authSession.addRequiredAction(UserModel.RequiredAction.UPDATE_PASSWORD);
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
