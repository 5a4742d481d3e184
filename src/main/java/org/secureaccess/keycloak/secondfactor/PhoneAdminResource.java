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

/**
 * Administrators set a person's verified number (e.g. after confirming it by telephone) or clear
 * it. Needs the same permissions as editing the user; every change is an admin event.
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

    private UserModel user(String userId) {
        UserModel user = session.users().getUserById(realm, userId);
        if (user == null) {
            auth.users().requireQuery();
            throw new NotFoundException("User not found");
        }
        return user;
    }
}
