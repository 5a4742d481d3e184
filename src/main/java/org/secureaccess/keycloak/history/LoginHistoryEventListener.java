package org.secureaccess.keycloak.history;

import java.util.Map;

import org.jboss.logging.Logger;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.models.credential.RecoveryAuthnCodesCredentialModel;
import org.keycloak.models.credential.WebAuthnCredentialModel;
import org.secureaccess.keycloak.history.SecurityNotifications.Notice;

/**
 * Turns Keycloak's events into login-history rows and security emails. Never throws: a failure to
 * record or to email is logged without personal data and the sign-in goes on.
 */
class LoginHistoryEventListener implements EventListenerProvider {

    static final String PHONE_CREDENTIAL_TYPE = "secure-access-phone";
    static final String SECOND_FACTOR_LOCKED = "second_factor_locked";
    /** The identity-proofing required action and what its events carry (see the proofing package). */
    static final String PROOFING_ACTION = "secure-access-verify-identity";
    static final String PROOFING_RESULT_DETAIL = "proofing_result";
    static final String PROOFING_METHOD_DETAIL = "proofing_method";
    static final String PROOFING_VERIFIED = "verified";
    /** Failed checks worth showing the person; input mistakes and unavailable services are not. */
    static final java.util.Set<String> PROOFING_FAILURES = java.util.Set.of("identity_not_matched", "account_not_matched",
            "phone_not_matched", "phone_not_mobile", "invalid_code", "proofing_locked", "proofing_tax_id_limit", "identity_in_use");
    private static final Logger LOG = Logger.getLogger(LoginHistoryEventListener.class);

    private final KeycloakSession session;

    LoginHistoryEventListener(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public void onEvent(Event event) {
        try {
            HistoryKind kind = classify(event);
            if (kind == null || event.getUserId() == null) {
                return;
            }
            RealmModel realm = session.realms().getRealm(event.getRealmId());
            if (realm == null) {
                return;
            }
            String factor = factorOf(event, kind, secondFactorOfSession(realm, event.getSessionId()));
            DeviceSummary device = DeviceSummary.ofCurrentRequest(session);
            boolean newDevice = kind == HistoryKind.SIGN_IN && isNewDevice(realm, event.getUserId(), device);
            LoginHistoryEntity row = LoginHistory.write(session, realm.getId(), event.getUserId(), kind, event.getClientId(),
                    event.getIpAddress(), factor, event.getSessionId(), event.getError(), device);
            Notice notice = noticeFor(event, kind, newDevice);
            LOG.debugf("Login history: %s for user %s (device %s, new device %s, notice %s)", kind, event.getUserId(),
                    row == null ? null : row.getDeviceFamily(), newDevice, notice);
            if (notice != null && row != null) {
                UserModel user = session.users().getUserById(realm, event.getUserId());
                SecurityNotifications.send(session, realm, user, notice, row);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Login history: event %s not recorded: %s", event.getType(), e.getClass().getSimpleName());
        }
    }

    /** A sign-in from a browser and system never used before by someone who has signed in before. */
    private boolean isNewDevice(RealmModel realm, String userId, DeviceSummary device) {
        if (device.family() == null) {
            return false;
        }
        var em = LoginHistory.entityManager(session);
        // Most sign-ins come from a known device: asking about the device first settles them with one lookup.
        if (LoginHistory.signedInBeforeFrom(em, realm.getId(), userId, device.family())) {
            return false;
        }
        return LoginHistory.latestOfKind(em, realm.getId(), userId, HistoryKind.SIGN_IN) != null;
    }

    static HistoryKind classify(Event event) {
        Map<String, String> details = event.getDetails() == null ? Map.of() : event.getDetails();
        return switch (event.getType()) {
            case LOGIN -> HistoryKind.SIGN_IN;
            case LOGIN_ERROR -> classifyLoginError(event.getError(), details);
            case USER_DISABLED_BY_TEMPORARY_LOCKOUT, USER_DISABLED_BY_PERMANENT_LOCKOUT -> HistoryKind.LOCKED_OUT;
            case LOGOUT -> HistoryKind.SIGN_OUT;
            case UPDATE_CREDENTIAL, REMOVE_CREDENTIAL -> classifyCredential(details.get(Details.CREDENTIAL_TYPE));
            case CUSTOM_REQUIRED_ACTION -> PROOFING_ACTION.equals(details.get(Details.CUSTOM_REQUIRED_ACTION))
                    && PROOFING_VERIFIED.equals(details.get(PROOFING_RESULT_DETAIL)) ? HistoryKind.IDENTITY_PROOFING : null;
            case CUSTOM_REQUIRED_ACTION_ERROR -> PROOFING_ACTION.equals(details.get(Details.CUSTOM_REQUIRED_ACTION))
                    && PROOFING_FAILURES.contains(event.getError()) ? HistoryKind.IDENTITY_PROOFING_FAILED : null;
            default -> null;
        };
    }

    private static HistoryKind classifyLoginError(String error, Map<String, String> details) {
        if (error == null || Errors.USER_NOT_FOUND.equals(error)) {
            return null;
        }
        return switch (error) {
            case Errors.INVALID_USER_CREDENTIALS -> details.containsKey(LoginHistory.SECOND_FACTOR_DETAIL) ? HistoryKind.CODE_WRONG : HistoryKind.PASSWORD_WRONG;
            case Errors.EXPIRED_CODE -> HistoryKind.CODE_EXPIRED;
            case "sms_send_failed" -> HistoryKind.CODE_NOT_SENT;
            case "sms_send_limit_reached" -> HistoryKind.CODE_LIMIT_REACHED;
            case SECOND_FACTOR_LOCKED, Errors.USER_TEMPORARILY_DISABLED -> HistoryKind.LOCKED_OUT;
            default -> HistoryKind.SIGN_IN_FAILED;
        };
    }

    private static HistoryKind classifyCredential(String type) {
        if (type == null) {
            return null;
        }
        if (PasswordCredentialModel.TYPE.equals(type)) {
            return HistoryKind.PASSWORD_CHANGED;
        }
        if (PHONE_CREDENTIAL_TYPE.equals(type)) {
            return HistoryKind.PHONE_CHANGED;
        }
        if (OTPCredentialModel.TYPE.equals(type) || type.startsWith(WebAuthnCredentialModel.TYPE_TWOFACTOR)
                || RecoveryAuthnCodesCredentialModel.TYPE.equals(type)) {
            return HistoryKind.AUTHENTICATOR_CHANGED;
        }
        return null;
    }

    private String secondFactorOfSession(RealmModel realm, String sessionId) {
        if (sessionId == null) {
            return null;
        }
        UserSessionModel userSession = session.sessions().getUserSession(realm, sessionId);
        return userSession == null ? null : userSession.getNote(LoginHistory.SECOND_FACTOR_NOTE);
    }

    private static String factorOf(Event event, HistoryKind kind, String sessionSecondFactor) {
        Map<String, String> details = event.getDetails() == null ? Map.of() : event.getDetails();
        String secondFactor = details.getOrDefault(LoginHistory.SECOND_FACTOR_DETAIL, sessionSecondFactor);
        if (kind == HistoryKind.SIGN_IN) {
            return secondFactor == null ? "pwd" : "pwd+" + secondFactor;
        }
        if (kind == HistoryKind.PASSWORD_WRONG) {
            return "pwd";
        }
        if (kind == HistoryKind.IDENTITY_PROOFING) {
            return details.get(PROOFING_METHOD_DETAIL);
        }
        if (kind == HistoryKind.IDENTITY_PROOFING_FAILED) {
            return details.get("proofing_step");
        }
        return secondFactor;
    }

    private static Notice noticeFor(Event event, HistoryKind kind, boolean newDevice) {
        return switch (kind) {
            case SIGN_IN -> newDevice ? Notice.NEW_DEVICE : null;
            // Once when a lockout starts, not for every attempt made while it holds.
            case LOCKED_OUT -> startsLockout(event) ? Notice.LOCKED_OUT : null;
            case PASSWORD_CHANGED -> Notice.PASSWORD_CHANGED;
            case PHONE_CHANGED -> Notice.PHONE_CHANGED;
            case AUTHENTICATOR_CHANGED -> Notice.AUTHENTICATOR_CHANGED;
            case IDENTITY_PROOFING -> Notice.PROOFING_COMPLETED;
            default -> null;
        };
    }

    private static boolean startsLockout(Event event) {
        return switch (event.getType()) {
            case USER_DISABLED_BY_TEMPORARY_LOCKOUT, USER_DISABLED_BY_PERMANENT_LOCKOUT -> true;
            case LOGIN_ERROR -> SECOND_FACTOR_LOCKED.equals(event.getError());
            default -> false;
        };
    }

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {
    }

    @Override
    public void close() {
    }
}
