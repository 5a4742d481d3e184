package org.secureaccess.keycloak.proofing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.keycloak.common.util.Time;
import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;
import org.secureaccess.keycloak.proofing.ProofingFunnel.Stage;
import org.secureaccess.keycloak.shared.SessionRevocation;
import org.secureaccess.keycloak.shared.limits.SecurityCounters;
import org.secureaccess.keycloak.shared.limits.SecurityCounters.Outcome;

/**
 * {@code /admin/realms/{realm}/secure-access-proofing}: a person's proofing status, exception
 * processing (verified another way, e.g. by telephone, with method and reason), resetting a
 * person's proofing, and the realm's proofing funnel.
 *
 * <p>An exception or a reset changes what proofing trusts about a person, so it needs the realm role
 * {@value ProofingAdminResourceProviderFactory#ROLE_NAME} (see {@link org.secureaccess.keycloak.shared.admin.DutyRole})
 * and, in addition, Keycloak's own right to manage that user. A person's status needs the right to view them; the
 * funnel (counts only) needs the role or {@code view-users}.
 */
public class ProofingAdminResource {

    /** How an administrator verified someone outside the online process. */
    static final Set<String> EXCEPTION_METHODS = Set.of("telephone", "in-person", "correspondence", "other");
    static final int MAX_REASON_LENGTH = 200;
    static final String RESOURCE_TYPE = "SECURE_ACCESS_PROOFING";

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;

    ProofingAdminResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent;
    }

    /** The body of an exception: how the person was verified and why. */
    public static class ExceptionRequest {
        public String method;
        public String reason;
    }

    @GET
    @Path("users/{userId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> status(@PathParam("userId") String userId) {
        UserModel user = user(userId);
        auth.users().requireView(user);
        return view(user);
    }

    @POST
    @Path("users/{userId}/exception")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> verifyByException(@PathParam("userId") String userId, ExceptionRequest request) {
        UserModel user = managedUser(userId);
        String method = request == null || request.method == null ? "" : request.method.strip().toLowerCase();
        if (!EXCEPTION_METHODS.contains(method)) {
            throw new BadRequestException("method must be one of " + EXCEPTION_METHODS);
        }
        String reason = request.reason == null ? "" : request.reason.strip();
        if (reason.isEmpty() || reason.length() > MAX_REASON_LENGTH || reason.chars().anyMatch(Character::isISOControl)) {
            throw new BadRequestException("reason is required: 1 to " + MAX_REASON_LENGTH + " characters on one line");
        }
        ProofingRecordEntity record = ProofingRecords.findOrStart(session, realm, user);
        long now = Time.currentTimeMillis();
        record.setStatus(ProofingStatus.VERIFIED);
        record.setMethod(ProofingMethod.EXCEPTION);
        record.setLevel(ProofingState.LEVEL_EXCEPTION);
        record.setVerifiedAt(now);
        record.setExceptionReason(method + ": " + reason);
        record.setExceptionBy(auth.adminAuth().getUser().getId());
        record.setLetterCodeHash(null);
        if (record.getGivenName() == null) {
            record.setGivenName(user.getFirstName());
            record.setFamilyName(user.getLastName());
        }
        ProofingRecords.touch(record);
        user.removeRequiredAction(IdentityProofingRequiredActionFactory.ID);
        ProofingFunnel.count(session, realm, Stage.COMPLETED_BY_EXCEPTION, ProofingFunnel.ADMINISTRATOR);

        adminEvent.operation(OperationType.UPDATE).resource(RESOURCE_TYPE).resourcePath(session.getContext().getUri())
                .detail("proofing_method", "exception").detail("exception_method", method).success();
        // The person's own event: the login history records it and emails the proofing notice.
        new EventBuilder(realm, session, session.getContext().getConnection()).event(EventType.CUSTOM_REQUIRED_ACTION).user(user)
                .detail(Details.CUSTOM_REQUIRED_ACTION, IdentityProofingRequiredActionFactory.ID)
                .detail(ProofingFlow.RESULT_DETAIL, ProofingCompletion.VERIFIED_RESULT)
                .detail(ProofingCompletion.METHOD_DETAIL, "exception").success();
        return view(user);
    }

    /** Any body but JSON: a clear 415 (an unmatched sub-resource method would end in a 500 on Keycloak 26.7). */
    @POST
    @Path("users/{userId}/exception")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public jakarta.ws.rs.core.Response verifyByExceptionOther(@PathParam("userId") String userId) {
        managedUser(userId);
        return jakarta.ws.rs.core.Response.status(jakarta.ws.rs.core.Response.Status.UNSUPPORTED_MEDIA_TYPE)
                .entity(Map.of("error", "unsupported_media_type")).type(MediaType.APPLICATION_JSON).build();
    }

    @DELETE
    @Path("users/{userId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> reset(@PathParam("userId") String userId) {
        UserModel user = managedUser(userId);
        ProofingRecords.delete(session, realm, user);
        SecurityCounters.reset(session, realm, ProofingFlow.FAILED_MATCH_COUNTER, user.getId());
        // A session (or an offline token) that reached the records-match level would keep claiming it on re-entry and refresh.
        SessionRevocation.endEverySession(session, realm, user, null);
        adminEvent.operation(OperationType.DELETE).resource(RESOURCE_TYPE).resourcePath(session.getContext().getUri()).success();
        return view(user);
    }

    @GET
    @Path("funnel")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> funnel() {
        ProofingAdminResourceProviderFactory.ROLE.requireOrViewUsers(session, realm, auth);
        Map<String, Long> stages = ProofingFunnel.totals(session, realm);
        long started = stages.getOrDefault("started", 0L);
        long completedOnline = stages.getOrDefault("completed_by_phone", 0L) + stages.getOrDefault("completed_by_letter", 0L);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("realm", realm.getName());
        body.put("stages", stages);
        body.put("started", started);
        body.put("completedOnline", completedOnline);
        body.put("completedByException", stages.getOrDefault("completed_by_exception", 0L));
        body.put("onlineSuccessRate", started == 0 ? null : Math.round(1000.0 * completedOnline / started) / 1000.0);
        return body;
    }

    private Map<String, Object> view(UserModel user) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("userId", user.getId());
        ProofingRecordEntity record = ProofingRecords.find(session, realm, user).orElse(null);
        ProofingSettings settings = ProofingSettings.of(realm);
        // Where the person stands against the limits: identity matches left before the pause, and letters in the window.
        Outcome matches = SecurityCounters.peek(session, realm, ProofingFlow.FAILED_MATCH_COUNTER, user.getId(), settings.failedMatches());
        view.put("matchAttemptsLeft", matches.allowed() ? ProofingFlow.matchAttemptsLeft(matches, settings.failedMatches()) : 0);
        view.put("matchesPausedUntil", matches.allowed() ? null : iso(matches.retryAt()));
        view.put("lettersSent", SecurityCounters.peek(session, realm, AddressOfRecordLetters.LETTER_COUNTER, user.getId(), settings.letters()).hits());
        if (record == null) {
            view.put("status", settings.provedEarlier(user) ? ProofingStatus.VERIFIED.name() : ProofingStatus.NOT_STARTED.name());
            if (settings.provedEarlier(user)) {
                view.put("method", ProofingMethod.PRIOR.name());
                view.put("level", ProofingState.LEVEL_PRIOR);
            }
            return view;
        }
        view.put("status", record.getStatus().name());
        view.put("method", record.getMethod() == null ? null : record.getMethod().name());
        view.put("level", record.getLevel());
        view.put("verifiedAt", iso(record.getVerifiedAt()));
        view.put("startedAt", iso(record.getStartedAt()));
        view.put("identityMatchedAt", iso(record.getIdentityMatchedAt()));
        view.put("accountMatchedAt", iso(record.getAccountMatchedAt()));
        view.put("letterSentAt", iso(record.getLetterSentAt()));
        view.put("letterExpiresAt", iso(record.getLetterExpiresAt()));
        view.put("exceptionReason", record.getExceptionReason());
        view.put("exceptionBy", record.getExceptionBy());
        return view;
    }

    /** An instant as the proofing APIs show it (ISO 8601, UTC); null stays null. */
    static String iso(Long epochMillis) {
        return epochMillis == null ? null : Instant.ofEpochMilli(epochMillis).toString();
    }

    /** The duty first (so that nothing about the user is revealed without it), then Keycloak's right to manage them. */
    private UserModel managedUser(String userId) {
        ProofingAdminResourceProviderFactory.ROLE.require(session, realm, auth);
        UserModel user = user(userId);
        auth.users().requireManage(user);
        return user;
    }

    private UserModel user(String userId) {
        UserModel user = session.users().getUserById(realm, userId);
        if (user == null) {
            auth.users().requireQuery();
            throw new NotFoundException("User not found");
        }
        return user;
    }
}
