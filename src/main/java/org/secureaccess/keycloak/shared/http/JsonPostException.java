package org.secureaccess.keycloak.shared.http;

/**
 * A JSON POST did not get a 2xx answer. The message is safe to log: it names the endpoint's label, the
 * HTTP status or the connection problem, never the request body or the secret.
 */
public final class JsonPostException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why; each caller maps this onto the reasons of its own delivery exception. */
    public enum Kind {
        /** Connection refused, unknown host, TLS failure. */
        UNREACHABLE,
        /** No answer within the timeout. */
        TIMEOUT,
        /** The endpoint refused this request (a 4xx that is not about the configuration). */
        REJECTED,
        /** The endpoint failed (429, 5xx, 408), or the exchange broke off. */
        GATEWAY_ERROR,
        /** Wrong URL or credentials (401, 403, 404, 405, a redirect), or the auth secret is missing or unusable. */
        MISCONFIGURED
    }

    private final Kind kind;
    private final int status;

    JsonPostException(Kind kind, String message, Throwable cause) {
        this(kind, message, 0, cause);
    }

    JsonPostException(Kind kind, String message, int status, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.status = status;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status the endpoint answered, or 0 when there was no answer. */
    public int status() {
        return status;
    }
}
