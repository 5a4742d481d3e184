package org.secureaccess.keycloak.history;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.MultivaluedMap;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * "Online Security Information", shown after every full sign-in: the previous successful sign-in,
 * the failed attempts since then (highlighted) and the last ten events. "Not you?" signs the person
 * out everywhere and asks for a new password before the sign-in completes.
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
            AccountProtection.signOutEverywhereAndRequireNewPassword(context.getSession(), context.getRealm(), context.getUser());
            context.getAuthenticationSession().addRequiredAction(UserModel.RequiredAction.UPDATE_PASSWORD);
        }
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
