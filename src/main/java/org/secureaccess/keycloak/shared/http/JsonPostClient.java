package org.secureaccess.keycloak.shared.http;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.entity.ByteArrayEntity;
import org.keycloak.util.JsonSerialization;
import org.secureaccess.keycloak.shared.http.JsonPostException.Kind;

/**
 * POSTs JSON documents to one configured endpoint (the webhook senders): an optional auth header whose value is
 * resolved per request (a secret or a {@code ${vault.x}} reference), one deadline for the whole exchange, no
 * redirects, through Keycloak's outbound HTTP client (its proxy mappings and truststore, {@link GatewayAccess}), and
 * the answer's status mapped onto a {@link Kind}. Thread-safe: one instance serves every request of a server.
 */
public final class JsonPostClient {

    /** Answers are small documents; anything past this is not read into memory. */
    public static final int MAX_ANSWER_BYTES = 64 * 1024;

    private final String label;
    private final URI url;
    private final Duration timeout;
    private final String authHeaderName;
    private final String authHeaderValue;

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
    }

    /**
     * @param json   the request body
     * @param access Keycloak's HTTP client, and the resolver of the configured auth header value (in the server: the
     *               realm's vault)
     * @return the 2xx answer
     * @throws JsonPostException for any other answer, no answer in time, or no connection
     */
    public Answer post(String json, GatewayAccess access) throws JsonPostException {
        HttpPost request = new HttpPost(url);
        request.setHeader("Content-Type", "application/json; charset=utf-8");
        request.setHeader("Accept", "application/json");
        request.setEntity(new ByteArrayEntity(json.getBytes(StandardCharsets.UTF_8)));
        if (authHeaderValue != null) {
            String secret = access.secret(authHeaderValue).orElseThrow(() -> new JsonPostException(Kind.MISCONFIGURED,
                    "option '" + HttpOptions.OPT_AUTH_HEADER_VALUE + "' names a vault entry that is missing or empty", null));
            if (!HttpOptions.isSendableHeader(authHeaderName, secret)) {
                // Never echo the value: it is the secret.
                throw new JsonPostException(Kind.MISCONFIGURED, "option '" + HttpOptions.OPT_AUTH_HEADER_VALUE
                        + "' is not a valid header value", null);
            }
            request.setHeader(authHeaderName, secret);
        }

        GatewayHttp.Response response;
        try {
            response = GatewayHttp.exchange(access.http().get(), request, timeout, MAX_ANSWER_BYTES);
        } catch (GatewayHttpException e) {
            throw failure(e);
        }
        int status = response.status();
        if (status >= 200 && status < 300) {
            return new Answer(status, response.body());
        }
        throw new JsonPostException(kindFor(status), label + " answered HTTP " + status, status, null);
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

    private JsonPostException failure(GatewayHttpException e) {
        Throwable cause = e.getCause();
        return switch (e.failure()) {
            case TIMEOUT -> new JsonPostException(Kind.TIMEOUT, "no answer from the " + label + " within " + timeout.toMillis() + " ms",
                    null);
            case INTERRUPTED -> new JsonPostException(Kind.GATEWAY_ERROR, "interrupted while waiting for the " + label, null);
            case UNREACHABLE -> new JsonPostException(Kind.UNREACHABLE, label + " unreachable: " + e.detail(), cause);
            case CONNECTION_FAILED -> new JsonPostException(Kind.GATEWAY_ERROR, label + " connection failed: " + e.detail(), cause);
            case CALL_FAILED -> new JsonPostException(Kind.GATEWAY_ERROR, label + " call failed: " + e.detail(), cause);
        };
    }
}
