package org.secureaccess.keycloak.sms;

/**
 * A text message could not be handed to the gateway. The message of this exception is safe to
 * log: it never contains the destination number or the text.
 */
public class SmsDeliveryException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a message could not be sent, as recorded in events. */
    public enum Reason {
        /** The gateway could not be reached (connection refused, DNS, TLS). */
        UNREACHABLE,
        /** The gateway did not answer within the configured timeout. */
        TIMEOUT,
        /** The gateway answered but refused the message (4xx, invalid number, blocked). */
        REJECTED,
        /** The gateway failed (5xx) or answered something we do not understand. */
        GATEWAY_ERROR,
        /** The provider is not configured correctly (missing credentials or endpoint). */
        MISCONFIGURED
    }

    private final Reason reason;

    public SmsDeliveryException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public SmsDeliveryException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The value recorded in event details, e.g. {@code timeout}. */
    public String eventValue() {
        return reason.name().toLowerCase(java.util.Locale.ROOT);
    }
}
