package org.secureaccess.keycloak.recovery;

import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.UserModel;

/**
 * Keycloak events for each step of a recovery request, for administrators and auditors. They name
 * the step, the route and the request, never a code, a link, an address or a phone number. The type
 * is Keycloak's event for custom actions, with this authenticator's id as the action.
 */
final class RecoveryEvents {

    static final String ACTION_DETAIL = "recovery_action";
    static final String ROUTE_DETAIL = "recovery_route";
    static final String REQUEST_DETAIL = "recovery_request_id";
    static final String NOTICES_DETAIL = "recovery_notices";
    static final String BY_DETAIL = "recovery_ended_by";
    static final String REMOVED_DETAIL = "removed_credential_types";

    static final String REQUESTED = "requested";
    static final String LETTER_SENT = "letter_sent";
    static final String WAIT_OVER_NOTICE = "wait_over_notice";
    static final String CANCELLED = "cancelled";
    static final String COMPLETED = "completed";

    private RecoveryEvents() {
    }

    static EventBuilder step(EventBuilder base, UserModel user, String action, RecoveryRequestEntity request) {
        EventBuilder event = base.clone().event(EventType.CUSTOM_REQUIRED_ACTION).user(user)
                .detail(Details.CUSTOM_REQUIRED_ACTION, LostSecondFactorAuthenticatorFactory.ID)
                .detail(ACTION_DETAIL, action);
        if (request != null) {
            event.detail(ROUTE_DETAIL, request.getRoute().name().toLowerCase()).detail(REQUEST_DETAIL, request.getId());
        }
        return event;
    }

    /** A refused step: {@code error} says why (e.g. invalid_code), never what was typed. */
    static void refused(EventBuilder base, UserModel user, String action, RecoveryRequestEntity request, String error) {
        step(base, user, action, request).event(EventType.CUSTOM_REQUIRED_ACTION_ERROR).error(error);
    }
}
