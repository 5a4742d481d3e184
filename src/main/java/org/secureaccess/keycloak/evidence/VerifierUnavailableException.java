package org.secureaccess.keycloak.evidence;

import java.util.Locale;

/**
 * The verifier could not answer: it is down, too slow, failing, or misconfigured. The person is told exactly that,
 * and the attempt is not counted against them. The message is safe to log: it never contains what was being verified.
 */
public class VerifierUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The verification service could not be reached (connection refused, DNS, TLS). */
        UNREACHABLE,
        /** No answer within the configured timeout. */
        TIMEOUT,
        /** The service or the records store failed, refused the request, or answered something unusable. */
        SERVICE_ERROR,
        /** Not configured correctly (no URL, wrong credentials, no keyed-hash secret). */
        MISCONFIGURED
    }

    private final Reason reason;

    public VerifierUnavailableException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public VerifierUnavailableException(Reason reason, String message, Throwable cause) {
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
