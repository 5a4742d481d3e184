package org.secureaccess.keycloak.letters;

import java.util.Locale;

/**
 * A letter could not be handed over for printing and mailing. The message of this exception is safe
 * to log: it never contains the activation code or the mailing address.
 */
public class LetterDeliveryException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a letter could not be handed over, as recorded in events. */
    public enum Reason {
        /** The print-and-mail service could not be reached (connection refused, DNS, TLS). */
        UNREACHABLE,
        /** The print-and-mail service did not answer within the configured timeout. */
        TIMEOUT,
        /** The service answered but refused the letter (4xx, undeliverable address, duplicate letter). */
        REJECTED,
        /** The service (or the spool folder) failed, or answered something we do not understand. */
        GATEWAY_ERROR,
        /** The provider is not configured correctly (missing endpoint, credentials or folder). */
        MISCONFIGURED
    }

    private final Reason reason;

    public LetterDeliveryException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public LetterDeliveryException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The value recorded in event details, e.g. {@code timeout}. */
    public String eventValue() {
        return reason.name().toLowerCase(Locale.ROOT);
    }
}
