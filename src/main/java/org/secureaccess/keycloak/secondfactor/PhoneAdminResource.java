package org.secureaccess.keycloak.secondfactor;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;
import org.secureaccess.keycloak.secondfactor.PhoneEnrollment.Candidate;
import org.secureaccess.keycloak.shared.limits.SecurityCounters;

/**
 * Administrators set a person's verified number (e.g. after confirming it by telephone) or clear
 * it, and see or lift the person's second-factor lock. Needs the same permissions as viewing or
 * editing the user; every change is an admin event.
 */
public class PhoneAdminResource {

    /** The body of a PUT: the number as typed, in any common format. */
    public record PhoneRequest(String phoneNumber) {
    }

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminPermissionEvaluator auth;
    private final AdminEventBuilder adminEvent;

    PhoneAdminResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
        this.session = session;
        this.realm = realm;
        this.auth = auth;
        this.adminEvent = adminEvent;
    }

    @GET
    @Path("users/{userId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> get(@PathParam("userId") String userId) {
        UserModel user = user(userId);
        auth.users().requireView(user);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("phone", PhoneEnrollment.current(session, user).map(p -> PhoneNumbers.mask(p.getPhoneNumber())).orElse(null));
        return body;
    }

    /** Any body but JSON: a clear 415 (an unmatched sub-resource method would end in a 500 on Keycloak 26.7). */
    @PUT
    @Path("users/{userId}")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response setOther(@PathParam("userId") String userId) {
        auth.users().requireManage(user(userId));
        return Response.status(Response.Status.UNSUPPORTED_MEDIA_TYPE).entity(Map.of("error", "unsupported_media_type"))
                .type(MediaType.APPLICATION_JSON).build();
    }

    @PUT
    @Path("users/{userId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response set(@PathParam("userId") String userId, PhoneRequest request) {
        UserModel user = user(userId);
        auth.users().requireManage(user);
        String typed = request == null ? null : request.phoneNumber();
        Candidate candidate = PhoneEnrollment.check(session, realm, user, typed,
                PhoneEnrollmentRequiredActionFactory.policy(PhoneEnrollmentRequiredActionFactory.realmConfig(realm)));
        if (!candidate.accepted()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Map.of("error", "phone_refused", "reason", candidate.refusal().name().toLowerCase()))
                    .type(MediaType.APPLICATION_JSON).build();
        }
        PhoneCredentialModel phone = PhoneEnrollment.enroll(session, realm, user, candidate.e164());
        user.removeRequiredAction(PhoneEnrollmentRequiredActionFactory.ID);
        String masked = PhoneNumbers.mask(phone.getPhoneNumber());
        adminEvent.operation(OperationType.UPDATE).resource(ResourceType.USER)
                .resourcePath(session.getContext().getUri()).representation(Map.of("phone", masked)).success();
        return Response.ok(Map.of("phone", masked)).build();
    }

    @DELETE
    @Path("users/{userId}")
    public Response clear(@PathParam("userId") String userId) {
        UserModel user = user(userId);
        auth.users().requireManage(user);
        if (!PhoneEnrollment.remove(session, realm, user)) {
            throw new NotFoundException("No phone");
        }
        adminEvent.operation(OperationType.DELETE).resource(ResourceType.USER)
                .resourcePath(session.getContext().getUri()).success();
        return Response.noContent().build();
    }

    /**
     * The person's second-factor lock: {@code locked}, {@code until} (epoch millis, null while not locked or when only
     * clearing it ends it), {@code untilCleared}, and {@code wrongCodesInARow} (what the long-window cap counts).
     */
    @GET
    @Path("users/{userId}/second-factor-lock")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> lock(@PathParam("userId") String userId) {
        UserModel user = user(userId);
        auth.users().requireView(user);
        long until = SecondFactorLock.lockedUntil(session, realm, user);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("locked", until > 0);
        body.put("until", until > 0 && until != SecurityCounters.UNTIL_CLEARED ? until : null);
        body.put("untilCleared", until == SecurityCounters.UNTIL_CLEARED);
        body.put("wrongCodesInARow", SecondFactorLock.wrongCodesInARow(session, realm, user));
        return body;
    }

    /**
     * Lifts every second-factor lock of the person, including the one without end that 100 wrong codes in a row
     * start ({@link SecondFactorLocks#clearAll}); for a help desk that has confirmed who is asking. An admin event.
     */
    @DELETE
    @Path("users/{userId}/second-factor-lock")
    public Response clearLock(@PathParam("userId") String userId) {
        UserModel user = user(userId);
        auth.users().requireManage(user);
        SecondFactorLocks.clearAll(session, realm, user);
        adminEvent.operation(OperationType.DELETE).resource(ResourceType.USER)
                .resourcePath(session.getContext().getUri()).representation(Map.of("cleared", "second-factor-lock")).success();
        return Response.noContent().build();
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
