package org.secureaccess.keycloak.shared.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.net.ssl.SSLException;

import org.apache.http.HttpEntity;
import org.apache.http.HttpRequest;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.Configurable;
import org.apache.http.client.methods.HttpRequestBase;
import org.apache.http.client.protocol.HttpClientContext;
import org.apache.http.conn.ConnectTimeoutException;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.execchain.TunnelRefusedException;
import org.secureaccess.keycloak.shared.http.GatewayHttpException.Failure;

/**
 * One request to a gateway through Keycloak's outbound HTTP client, under the gateway's own deadline. The client keeps
 * its route (proxy mappings), TLS setup and pool; only this request's timeouts change: connecting, waiting for a
 * pooled connection and every read are each bounded by the deadline, and a timer aborts the exchange when the whole
 * of it (body included) runs past the deadline. Redirects are never followed: a gateway that redirects is
 * misconfigured, and following one would resend the request, secret included, elsewhere.
 */
public final class GatewayHttp {

    /** Aborts the exchanges that outlive their deadline; one daemon thread for the whole server. */
    private static final ScheduledThreadPoolExecutor DEADLINES = newDeadlineTimer();

    /** A status and up to the requested number of bytes of the body (empty when there is none). */
    public record Response(int status, byte[] body) {
    }

    private GatewayHttp() {
    }

    /**
     * @param http         Keycloak's client (or, in tests, one built the same way); not closed here
     * @param request      the request, with its headers and entity; its configuration is replaced
     * @param deadline     the whole exchange's deadline
     * @param maxBodyBytes the most of the answer's body that is read; a longer answer is cut off and its connection dropped
     */
    public static Response exchange(CloseableHttpClient http, HttpRequestBase request, Duration deadline, int maxBodyBytes)
            throws GatewayHttpException {
        int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, deadline.toMillis()));
        request.setConfig(configFor(http, millis));
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> alarm = DEADLINES.schedule(() -> {
            expired.set(true);
            request.abort();
        }, millis, TimeUnit.MILLISECONDS);
        HttpClientContext context = HttpClientContext.create();
        try (CloseableHttpResponse response = http.execute(request, context)) {
            if (isRefusedTunnel(context)) {
                throw new GatewayHttpException(Failure.UNREACHABLE,
                        new TunnelRefusedException("CONNECT refused by proxy: " + response.getStatusLine(), response), null);
            }
            int status = response.getStatusLine().getStatusCode();
            return new Response(status, read(response.getEntity(), maxBodyBytes, request));
        } catch (IOException | RuntimeException e) {
            throw classify(e, expired.get());
        } finally {
            alarm.cancel(false);
        }
    }

    /**
     * The client's own defaults with this request's deadline. A pooled connection is checked before it is reused:
     * one the gateway (or a proxy) has closed in the meantime would otherwise fail the text as a broken connection
     * rather than open a fresh one.
     */
    @SuppressWarnings("deprecation") // setStaleConnectionCheckEnabled: the per-request form of the pool's validate-after-inactivity
    static RequestConfig configFor(CloseableHttpClient http, int millis) {
        RequestConfig defaults = http instanceof Configurable configurable && configurable.getConfig() != null
                ? configurable.getConfig()
                : RequestConfig.DEFAULT;
        return RequestConfig.copy(defaults)
                .setConnectTimeout(millis)
                .setConnectionRequestTimeout(millis)
                .setSocketTimeout(millis)
                .setRedirectsEnabled(false)
                .setStaleConnectionCheckEnabled(true)
                .build();
    }

    /**
     * Whether the answer is the proxy's refusal to open a tunnel (e.g. 502: it could not connect to the gateway)
     * rather than the gateway's answer: Apache HttpClient 4.5 hands that refusal back as the response, and the last
     * request it sent is then the CONNECT, not ours.
     */
    private static boolean isRefusedTunnel(HttpClientContext context) {
        HttpRequest last = context.getRequest();
        return last != null && "CONNECT".equals(last.getRequestLine().getMethod());
    }

    private static byte[] read(HttpEntity entity, int maxBodyBytes, HttpRequestBase request) throws IOException {
        if (entity == null) {
            return new byte[0];
        }
        try (InputStream in = entity.getContent()) {
            byte[] body = in.readNBytes(maxBodyBytes);
            if (body.length == maxBodyBytes) {
                // Closing the stream would read the rest to keep the connection; drop the connection instead.
                request.abort();
            }
            return body;
        }
    }

    static GatewayHttpException classify(Exception e, boolean expired) {
        if (expired) {
            return new GatewayHttpException(Failure.TIMEOUT, e, e);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException || t instanceof ConnectTimeoutException) {
                return new GatewayHttpException(Failure.TIMEOUT, t, e);
            }
            if (t instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                return new GatewayHttpException(Failure.INTERRUPTED, t, e);
            }
            if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof NoRouteToHostException
                    || t instanceof SSLException || t instanceof TunnelRefusedException) {
                return new GatewayHttpException(Failure.UNREACHABLE, t, e);
            }
        }
        return new GatewayHttpException(e instanceof IOException ? Failure.CONNECTION_FAILED : Failure.CALL_FAILED, e, e);
    }

    private static ScheduledThreadPoolExecutor newDeadlineTimer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "secure-access-gateway-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }
}
