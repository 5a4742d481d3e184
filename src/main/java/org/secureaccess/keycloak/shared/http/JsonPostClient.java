package org.secureaccess.keycloak.shared.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import javax.net.ssl.SSLException;

import com.fasterxml.jackson.databind.JsonNode;
import org.keycloak.util.JsonSerialization;
import org.secureaccess.keycloak.shared.http.JsonPostException.Kind;

/**
 * POSTs JSON documents to one configured endpoint (the webhook senders): an optional auth header whose value is
 * resolved per request (a secret or a {@code ${vault.x}} reference), one deadline for the whole exchange, no
 * redirects, HTTP/1.1, the JVM's proxy settings, and the answer's status mapped onto a {@link Kind}.
 * Thread-safe: one instance (and one JDK HTTP client) serves every request of a server.
 */
public final class JsonPostClient {

    /** Answers are small documents; anything past this is not read into memory. */
    public static final int MAX_ANSWER_BYTES = 64 * 1024;

    private final String label;
    private final URI url;
    private final Duration timeout;
    private final String authHeaderName;
    private final String authHeaderValue;
    private final HttpClient http;

    /** A 2xx answer: its status and up to {@value #MAX_ANSWER_BYTES} bytes of its body. */
    public record Answer(int status, byte[] body) {

        /** The body as JSON; a missing node when it is empty or not JSON. */
        public JsonNode json() {
            if (body.length == 0) {
                return JsonSerialization.mapper.missingNode();
            }
            try {
                JsonNode node = JsonSerialization.mapper.readTree(body);
                return node == null ? JsonSerialization.mapper.missingNode() : node;
            } catch (IOException | RuntimeException e) {
                return JsonSerialization.mapper.missingNode();
            }
        }
    }

    /**
     * @param label           names the endpoint in exception messages, e.g. {@code webhook} gives
     *                        "webhook answered HTTP 400"
     * @param authHeaderName  the header that carries {@code authHeaderValue}
     * @param authHeaderValue the configured value (a secret, or a vault reference resolved per request); null or blank
     *                        sends no auth header
     */
    public JsonPostClient(String label, URI url, Duration timeout, String authHeaderName, String authHeaderValue) {
        this.label = Objects.requireNonNull(label, "label");
        this.url = Objects.requireNonNull(url, "url");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.authHeaderName = authHeaderName;
        this.authHeaderValue = HttpOptions.trimToNull(authHeaderValue);
        this.http = newHttpClient(timeout);
    }

    /** HTTP/1.1 (no h2c upgrade dance with plain-http stubs), no redirects, the JVM's proxy settings. */
    private static HttpClient newHttpClient(Duration connectTimeout) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER);
        ProxySelector proxies = ProxySelector.getDefault();
        if (proxies != null) {
            builder.proxy(proxies);
        }
        return builder.build();
    }

    /**
     * @param json    the request body
     * @param secrets resolves the configured auth header value at send time (in the server: the realm's vault)
     * @return the 2xx answer
     * @throws JsonPostException for any other answer, no answer in time, or no connection
     */
    public Answer post(String json, Function<String, Optional<String>> secrets) throws JsonPostException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (authHeaderValue != null) {
            String secret = secrets.apply(authHeaderValue).orElseThrow(() -> new JsonPostException(Kind.MISCONFIGURED,
                    "option '" + HttpOptions.OPT_AUTH_HEADER_VALUE + "' names a vault entry that is missing or empty", null));
            try {
                request.header(authHeaderName, secret);
            } catch (IllegalArgumentException e) {
                // Never echo the value: it is the secret.
                throw new JsonPostException(Kind.MISCONFIGURED, "option '" + HttpOptions.OPT_AUTH_HEADER_VALUE
                        + "' is not a valid header value", null);
            }
        }

        ByteArrayOutputStream body = new ByteArrayOutputStream();
        CompletableFuture<HttpResponse<Void>> exchange = http.sendAsync(request.build(), info -> HttpResponse.BodySubscribers
                .ofByteArrayConsumer(chunk -> chunk.ifPresent(bytes -> append(body, bytes))));
        HttpResponse<Void> response;
        try {
            response = exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw timeout();
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new JsonPostException(Kind.GATEWAY_ERROR, "interrupted while waiting for the " + label, null);
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        }

        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            synchronized (body) {
                return new Answer(status, body.toByteArray());
            }
        }
        throw new JsonPostException(kindFor(status), label + " answered HTTP " + status, status, null);
    }

    private static void append(ByteArrayOutputStream body, byte[] bytes) {
        synchronized (body) {
            body.write(bytes, 0, Math.max(0, Math.min(bytes.length, MAX_ANSWER_BYTES - body.size())));
        }
    }

    /**
     * What a non-2xx status means for a delivery: a redirect (never followed), wrong credentials or a wrong URL
     * mean nothing will get through until an administrator acts; throttling and server errors are the endpoint's
     * trouble; any other 4xx refuses this request.
     */
    public static Kind kindFor(int status) {
        if (status < 400 || status == 401 || status == 403 || status == 404 || status == 405) {
            return Kind.MISCONFIGURED;
        }
        if (status == 408 || status == 429 || status >= 500) {
            return Kind.GATEWAY_ERROR;
        }
        return Kind.REJECTED;
    }

    private JsonPostException timeout() {
        return new JsonPostException(Kind.TIMEOUT, "no answer from the " + label + " within " + timeout.toMillis() + " ms", null);
    }

    private JsonPostException failure(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof HttpTimeoutException) {
                return timeout();
            }
            if (t instanceof ConnectException || t instanceof UnresolvedAddressException || t instanceof UnknownHostException
                    || t instanceof SSLException) {
                return new JsonPostException(Kind.UNREACHABLE, label + " unreachable: " + describe(t), cause);
            }
        }
        if (cause instanceof IOException) {
            return new JsonPostException(Kind.GATEWAY_ERROR, label + " connection failed: " + describe(cause), cause);
        }
        return new JsonPostException(Kind.GATEWAY_ERROR, label + " call failed: " + describe(cause), cause);
    }

    private static String describe(Throwable t) {
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
