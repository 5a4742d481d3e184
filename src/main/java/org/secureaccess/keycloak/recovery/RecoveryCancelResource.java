package org.secureaccess.keycloak.recovery;

import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.keycloak.common.util.Time;
import org.keycloak.events.EventBuilder;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * {@code /realms/{realm}/secure-access/recovery/{token}}: the link in a recovery notice. Opening it
 * (GET) only shows what it would do; the request is cancelled by the POST from that page, so mail
 * scanners and link previews, which open links, never cancel anything. The token is the only
 * credential: whoever holds a notice may cancel its request, and nothing else.
 */
public class RecoveryCancelResource {

    static final String TEMPLATE = "sa-recovery-cancel.ftl";

    private final KeycloakSession session;

    public RecoveryCancelResource(KeycloakSession session) {
        this.session = session;
    }

    @GET
    @Path("{token}")
    @Produces(MediaType.TEXT_HTML)
    public Response confirm(@PathParam("token") String token) {
        RealmModel realm = session.getContext().getRealm();
        return page(pendingRequest(realm, token).isPresent() ? "confirm" : "gone");
    }

    @POST
    @Path("{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response cancel(@PathParam("token") String token) {
        RealmModel realm = session.getContext().getRealm();
        Optional<RecoveryRequestEntity> request = pendingRequest(realm, token);
        String by = CancelLinks.TEXT.equals(CancelLinks.channelOf(session, realm, token))
                ? RecoveryCancellation.BY_TEXT_LINK : RecoveryCancellation.BY_EMAIL_LINK;
        if (request.isEmpty() || !RecoveryRequests.close(session, request.get().getId(), RecoveryStatus.CANCELLED, by)) {
            return page("gone");
        }
        UserModel user = session.users().getUserById(realm, request.get().getUserId());
        RecoveryCancellation.cancelled(session, realm, user, request.get(), by,
                new EventBuilder(realm, session, session.getContext().getConnection()));
        return page("cancelled");
    }

    private Optional<RecoveryRequestEntity> pendingRequest(RealmModel realm, String token) {
        return CancelLinks.requestOf(session, realm, token)
                .filter(request -> request.getStatus() == RecoveryStatus.PENDING && request.getEndsAt() > Time.currentTimeMillis());
    }

    private Response page(String state) {
        LoginFormsProvider form = session.getProvider(LoginFormsProvider.class)
                .setActionUri(session.getContext().getUri().getRequestUri())
                .setAttribute("saCancelState", state);
        Response page = form.createForm(TEMPLATE);
        // The token is in the address: never cached, never sent on as a referrer.
        return Response.fromResponse(page).header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer").build();
    }
}
