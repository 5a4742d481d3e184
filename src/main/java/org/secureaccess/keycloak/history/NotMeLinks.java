package org.secureaccess.keycloak.history;

import java.util.Optional;

import jakarta.ws.rs.core.UriInfo;

import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.LoginActionsService;

/** "This wasn't me" links: each opens the confirmation page of {@link NotMeActionTokenHandler} for one reported activity. */
final class NotMeLinks {

    private NotMeLinks() {
    }

    /**
     * A link that, once confirmed, removes the second factors added at or after {@code reportedSince}; empty when the
     * person has no email (the token is bound to it) or there is no request to build the link from.
     */
    static Optional<String> create(KeycloakSession session, RealmModel realm, UserModel user, long reportedSince, int lifetimeSeconds) {
        UriInfo uri = session.getContext().getUri();
        if (uri == null || user.getEmail() == null || user.getEmail().isBlank()) {
            return Optional.empty();
        }
        NotMeActionToken token = new NotMeActionToken(user.getId(), user.getEmail(), Time.currentTime() + lifetimeSeconds, reportedSince);
        return Optional.of(LoginActionsService.actionTokenProcessor(uri)
                .queryParam("key", token.serialize(session, realm, uri))
                .queryParam("client_id", NotMeActionToken.CLIENT_ID)
                .build(realm.getName()).toString());
    }
}
