package org.secureaccess.keycloak.secondfactor;

import jakarta.ws.rs.core.Response;

import org.keycloak.common.util.Time;
import org.keycloak.forms.login.LoginFormsProvider;
import org.secureaccess.keycloak.shared.limits.SecurityCounters;

/** The pages every second-factor method shares. */
final class SecondFactorPages {

    static final String LOCKED_TEMPLATE = "sa-second-factor-locked.ftl";
    static final String SEND_LIMIT_TEMPLATE = "sa-sms-send-limit.ftl";
    static final String SMS_UNAVAILABLE_TEMPLATE = "sa-sms-unavailable.ftl";

    private SecondFactorPages() {
    }

    /**
     * "Too many wrong codes: locked until ..." with the time it lifts, or, past the long-window cap, locked until the
     * person recovers the account or an administrator lifts it.
     */
    static Response locked(LoginFormsProvider form, long lockedUntil) {
        if (lockedUntil == SecurityCounters.UNTIL_CLEARED) {
            return form.setAttribute("saLockedUntilCleared", true).createForm(LOCKED_TEMPLATE);
        }
        return withTime(form, lockedUntil).createForm(LOCKED_TEMPLATE);
    }

    /** "You have asked for too many codes: try again after ..." */
    static Response sendLimitReached(LoginFormsProvider form, long retryAt, String maskedPhone) {
        return withTime(form, retryAt).setAttribute("saPhone", maskedPhone).createForm(SEND_LIMIT_TEMPLATE);
    }

    /** "We could not send the text": a retry and the other methods, never a code form. */
    static Response smsUnavailable(LoginFormsProvider form, String maskedPhone, String reason) {
        return form.setAttribute("saPhone", maskedPhone)
                .setAttribute("saFailureReason", reason)
                .createForm(SMS_UNAVAILABLE_TEMPLATE);
    }

    private static LoginFormsProvider withTime(LoginFormsProvider form, long until) {
        long minutes = Math.max(1, (until - Time.currentTimeMillis() + 59_999) / 60_000);
        return form.setAttribute("saUntilEpochMillis", until)
                .setAttribute("saUntilIso", java.time.Instant.ofEpochMilli(until).toString())
                .setAttribute("saUntilMinutes", minutes);
    }
}
