package org.secureaccess.keycloak.history;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager.AuthResult;
import org.secureaccess.keycloak.recovery.RecoveryCancelResource;

/**
 * {@code GET /realms/{realm}/secure-access/login-history?first=0&max=20}: the caller's own history,
 * newest first. Needs a bearer token for the account audience; never another person's rows.
 */
public class MyLoginHistoryResource {

    static final int DEFAULT_PAGE = 20;
    static final int MAX_PAGE = 100;

    private final KeycloakSession session;

    MyLoginHistoryResource(KeycloakSession session) {
        this.session = session;
    }

    @GET
    @Path("login-history")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> myHistory(@QueryParam("first") Integer first, @QueryParam("max") Integer max) {
        AuthResult auth = new AppAuthManager.BearerTokenAuthenticator(session).setAudience(Constants.ACCOUNT_MANAGEMENT_CLIENT_ID).authenticate();
        if (auth == null) {
            throw new NotAuthorizedException("Bearer realm=\"" + session.getContext().getRealm().getName() + "\"");
        }
        return page(session, auth.user().getId(), first, max, false);
    }

    /** {@code recovery/{token}}: the cancel link of a recovery notice (see the recovery package); needs no sign-in. */
    @Path("recovery")
    public RecoveryCancelResource recoveryCancelLink() {
        return new RecoveryCancelResource(session);
    }

    /**
     * One page, newest first, with {@code hasMore}. The total is counted only for administrators:
     * counting is linear in a person's rows (the benchmark's 100,000-row person made the API 37 times
     * slower with it), while a page is an index range.
     */
    static Map<String, Object> page(KeycloakSession session, String userId, Integer first, Integer max, boolean withTotal) {
        int from = first == null || first < 0 ? 0 : first;
        int size = max == null || max < 1 ? DEFAULT_PAGE : Math.min(max, MAX_PAGE);
        EntityManager em = LoginHistory.entityManager(session);
        String realmId = session.getContext().getRealm().getId();
        List<LoginHistoryEntity> rows = LoginHistory.latest(em, realmId, userId, from, size + 1);
        List<Map<String, Object>> items = rows.stream().limit(size).map(HistoryView::of).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("first", from);
        body.put("max", size);
        body.put("hasMore", rows.size() > size);
        if (withTotal) {
            body.put("total", LoginHistory.count(em, realmId, userId));
        }
        body.put("items", items);
        return body;
    }
}
