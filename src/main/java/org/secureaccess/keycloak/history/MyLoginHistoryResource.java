package org.secureaccess.keycloak.history;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.secureaccess.keycloak.adminpage.AdminPageResource;
import org.secureaccess.keycloak.proofing.MyProofingStatusResource;
import org.secureaccess.keycloak.recovery.RecoveryCancelResource;
import org.secureaccess.keycloak.shared.AccountCaller;

/**
 * {@code GET /realms/{realm}/secure-access/login-history?first=0&max=20}: the caller's own history,
 * newest first, with a "This wasn't me" link on each sign-in. Needs a bearer token for the account audience or the
 * sign-in cookie ({@link AccountCaller}); never another person's rows.
 */
public class MyLoginHistoryResource {

    static final int DEFAULT_PAGE = 20;
    static final int MAX_PAGE = 100;
    /** A link shown in the account console is for now: the notice emails carry the long-lived ones. */
    static final int NOT_ME_LINK_SECONDS = 15 * 60;
    /** For {@link #page}: each row as {@link HistoryView} shows it, nothing added. */
    static final BiConsumer<LoginHistoryEntity, Map<String, Object>> NOTHING_ADDED = (row, view) -> {
    };
    private static final Set<String> REPORTABLE = Set.of(HistoryKind.SIGN_IN.name(), HistoryKind.PASSWORD_CHANGED.name(),
            HistoryKind.PHONE_CHANGED.name(), HistoryKind.AUTHENTICATOR_CHANGED.name());

    private final KeycloakSession session;

    MyLoginHistoryResource(KeycloakSession session) {
        this.session = session;
    }

    @GET
    @Path("login-history")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> myHistory(@QueryParam("first") Integer first, @QueryParam("max") Integer max) {
        UserModel user = AccountCaller.require(session);
        RealmModel realm = session.getContext().getRealm();
        EntityManager em = LoginHistory.entityManager(session);
        return page(session, user.getId(), first, max, false, (row, view) -> addNotMeLink(em, realm, user, row, view));
    }

    /** {@code proofing-status}: the caller's identity verification and what they can do next (see the proofing package). */
    @Path("proofing-status")
    public MyProofingStatusResource proofingStatus() {
        return new MyProofingStatusResource(session);
    }

    /**
     * A "This wasn't me" link on each sign-in and each change of a sign-in method, for the account console's history
     * page: the same confirmation as the link in a security notice, reaching back to where that sign-in began.
     */
    private void addNotMeLink(EntityManager em, RealmModel realm, UserModel user, LoginHistoryEntity row, Map<String, Object> view) {
        if (!REPORTABLE.contains(row.getKind())) {
            return;
        }
        long since = HistoryKind.SIGN_IN.name().equals(row.getKind()) ? LoginHistory.startOfSignIn(em, row) : row.getEventTime();
        NotMeLinks.create(session, realm, user, since, NOT_ME_LINK_SECONDS).ifPresent(link -> view.put("notMeUrl", link));
    }

    /** {@code admin}: the administrators' page (see the adminpage package); the page signs its reader in itself. */
    @Path("admin")
    public AdminPageResource administratorsPage() {
        return new AdminPageResource(session);
    }

    /** {@code recovery/{token}}: the cancel link of a recovery notice (see the recovery package); needs no sign-in. */
    @Path("recovery")
    public RecoveryCancelResource recoveryCancelLink() {
        return new RecoveryCancelResource(session);
    }

    /**
     * One page, newest first, with {@code hasMore}; {@code extra} adds to each row's view. The total is counted only
     * for administrators: counting is linear in a person's rows (the benchmark's 100,000-row person made the API 37
     * times slower with it), while a page is an index range.
     */
    static Map<String, Object> page(KeycloakSession session, String userId, Integer first, Integer max, boolean withTotal,
            BiConsumer<LoginHistoryEntity, Map<String, Object>> extra) {
        int from = first == null || first < 0 ? 0 : first;
        int size = max == null || max < 1 ? DEFAULT_PAGE : Math.min(max, MAX_PAGE);
        EntityManager em = LoginHistory.entityManager(session);
        String realmId = session.getContext().getRealm().getId();
        List<LoginHistoryEntity> rows = LoginHistory.latest(em, realmId, userId, from, size + 1);
        List<Map<String, Object>> items = rows.stream().limit(size).map(row -> {
            Map<String, Object> view = HistoryView.of(row);
            extra.accept(row, view);
            return view;
        }).toList();
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
