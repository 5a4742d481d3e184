package org.secureaccess.keycloak.shared.http;

/**
 * An exchange with a gateway got no HTTP answer. {@link #detail()} names the exception that decided the
 * {@link Failure} and its message (a host and port, a TLS or proxy complaint), never a header or a body: it is safe
 * to log. Each sender words its own message from it.
 */
public final class GatewayHttpException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Failure {
        /** Connection refused, unknown host, no route, a TLS failure, or the proxy refused to open a tunnel. */
        UNREACHABLE,
        /** No answer within the deadline (connecting, waiting or reading). */
        TIMEOUT,
        /** The waiting thread was interrupted. */
        INTERRUPTED,
        /** The connection broke off (e.g. closed without an answer). */
        CONNECTION_FAILED,
        /** Anything else (e.g. an answer that is not HTTP). */
        CALL_FAILED
    }

    private final Failure failure;
    private final String detail;

    GatewayHttpException(Failure failure, Throwable decisive, Throwable cause) {
        super(failure + ": " + describe(decisive), cause);
        this.failure = failure;
        this.detail = describe(decisive);
    }

    public Failure failure() {
        return failure;
    }

    /** The deciding exception's simple class name and message, e.g. {@code HttpHostConnectException: Connect to ... refused}. */
    public String detail() {
        return detail;
    }

    private static String describe(Throwable t) {
        if (t == null) {
            return "";
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
