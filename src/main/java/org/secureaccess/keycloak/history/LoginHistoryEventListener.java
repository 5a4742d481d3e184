package org.secureaccess.keycloak.history;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialModel;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.models.credential.RecoveryAuthnCodesCredentialModel;
import org.keycloak.models.credential.WebAuthnCredentialModel;
import org.secureaccess.keycloak.history.SecurityNotifications.Notice;
import org.secureaccess.keycloak.shared.SessionRevocation;

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
    /** How far back the rows of one sign-in are looked for: longer than any sign-in takes, and a bounded index range. */
    private static final Pattern ADMIN_PASSWORD_RESET = Pattern.compile("users/([^/]+)/reset-password");
    static final long SIGN_IN_REACH_MILLIS = 24 * 3_600_000L;
    private static final Logger LOG = Logger.getLogger(LoginHistoryEventListener.class);

    private final KeycloakSession session;

    LoginHistoryEventListener(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public void onEvent(Event event) {
        HistoryKind kind = null;
        boolean writeAttempted = false;
        try {
            kind = classify(event);
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
            String signIn = LoginHistory.signInOf(session, event.getSessionId());
            Notice notice = noticeFor(event, kind, newDevice);
            // Worked out before the row is written: the row itself is the latest of its sign-in.
            long reportedSince = notice == null ? 0 : reportedSince(event, realm, signIn);
            LoginHistoryEntity row = LoginHistory.write(session, realm.getId(), event.getUserId(), kind, event.getClientId(),
                    event.getIpAddress(), factor, signIn, event.getError(), device);
            // From here a row that could not be written has been counted where it failed.
            writeAttempted = true;
            LOG.debugf("Login history: %s for user %s (device %s, new device %s, notice %s)", kind, event.getUserId(),
                    row == null ? null : row.getDeviceFamily(), newDevice, notice);
            if (kind == HistoryKind.PASSWORD_CHANGED && event.getType() == EventType.UPDATE_CREDENTIAL) {
                passwordChanged(realm, event.getUserId(), signIn);
            }
            if (notice != null && row != null) {
                UserModel user = session.users().getUserById(realm, event.getUserId());
                SecurityNotifications.send(session, realm, user, notice, row, reportedSince);
            }
        } catch (RuntimeException e) {
            if (writeAttempted) {
                LOG.warnf("Login history: after event %s, its session ends or notice failed: %s", event.getType(), e.getClass().getSimpleName());
            } else {
                LOG.warnf("Login history: event %s not recorded: %s", event.getType(), e.getClass().getSimpleName());
                LoginHistory.countWriteFailure(kind, e);
            }
        }
    }

    /**
     * A new password, wherever it was chosen (account console, required action, reset flow): every other session
     * of the person ends, offline ones included, and the phone on record is told (the email goes with the notice).
     */
    private void passwordChanged(RealmModel realm, String userId, String keepUserSessionId) {
        UserModel user = session.users().getUserById(realm, userId);
        if (user == null) {
            return;
        }
        SessionRevocation.endEverySession(session, realm, user, keepUserSessionId);
        SecurityNotifications.textPasswordChanged(session, realm, user);
    }

    /**
     * Where a "This wasn't me" about this event reaches back to: the earliest of the event, the first row of the
     * sign-in it belongs to (so factors enrolled during that sign-in, before it completed, count as added since),
     * the start of its user session, and the creation of the credential it is about.
     */
    private long reportedSince(Event event, RealmModel realm, String signIn) {
        long since = event.getTime() > 0 ? Math.min(event.getTime(), Time.currentTimeMillis()) : Time.currentTimeMillis();
        since = LoginHistory.startOfSignIn(LoginHistory.entityManager(session), realm.getId(), event.getUserId(), signIn,
                since - SIGN_IN_REACH_MILLIS, since);
        if (event.getSessionId() != null) {
            UserSessionModel userSession = session.sessions().getUserSession(realm, event.getSessionId());
            if (userSession != null && userSession.getStarted() > 0) {
                since = Math.min(since, userSession.getStarted() * 1000L);
            }
        }
        String credentialId = event.getDetails() == null ? null : event.getDetails().get(Details.CREDENTIAL_ID);
        if (credentialId != null) {
            UserModel user = session.users().getUserById(realm, event.getUserId());
            CredentialModel credential = user == null ? null : user.credentialManager().getStoredCredentialById(credentialId);
            if (credential != null && credential.getCreatedDate() != null) {
                since = Math.min(since, credential.getCreatedDate());
            }
        }
        return since;
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

    /** An administrator's "reset password" is a new password too: every session ends, and the person is told. */
    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {
        try {
            if (event.getOperationType() != OperationType.ACTION || event.getResourceType() != ResourceType.USER
                    || event.getResourcePath() == null || event.getError() != null) {
                return;
            }
            Matcher reset = ADMIN_PASSWORD_RESET.matcher(event.getResourcePath());
            RealmModel realm = session.realms().getRealm(event.getRealmId());
            if (!reset.matches() || realm == null) {
                return;
            }
            UserModel user = session.users().getUserById(realm, reset.group(1));
            if (user == null) {
                return;
            }
            SessionRevocation.endEverySession(session, realm, user, null);
            SecurityNotifications.textPasswordChanged(session, realm, user);
            String ip = session.getContext().getConnection() == null ? null : session.getContext().getConnection().getRemoteAddr();
            LoginHistoryEntity row = LoginHistory.write(session, realm.getId(), user.getId(), HistoryKind.PASSWORD_CHANGED,
                    null, ip, null, null, "admin", DeviceSummary.ofCurrentRequest(session));
            if (row != null && LoginHistory.enabledFor(realm)) {
                SecurityNotifications.send(session, realm, user, Notice.PASSWORD_CHANGED, row, row.getEventTime());
            }
        } catch (RuntimeException e) {
            LOG.warnf("Login history: admin event %s not handled: %s", event.getOperationType(), e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
    }
}
