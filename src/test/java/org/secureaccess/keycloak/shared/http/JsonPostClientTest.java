package org.secureaccess.keycloak.shared.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.secureaccess.keycloak.shared.http.JsonPostException.Kind;

/** The shared JSON-POST client's own rules; the webhook senders' tests cover the exchanges in detail. */
class JsonPostClientTest {

    private HttpServer server;
    private volatile byte[] answer = new byte[0];

    @BeforeEach
    void startStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                exchange.getResponseBody().write(answer);
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopStub() {
        server.stop(0);
    }

    private JsonPostClient client() {
        return new JsonPostClient("test endpoint", URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"),
                Duration.ofSeconds(5), "Authorization", null);
    }

    @Test
    void statusToKind() {
        assertEquals(Kind.MISCONFIGURED, JsonPostClient.kindFor(302));
        assertEquals(Kind.MISCONFIGURED, JsonPostClient.kindFor(401));
        assertEquals(Kind.MISCONFIGURED, JsonPostClient.kindFor(403));
        assertEquals(Kind.MISCONFIGURED, JsonPostClient.kindFor(404));
        assertEquals(Kind.MISCONFIGURED, JsonPostClient.kindFor(405));
        assertEquals(Kind.REJECTED, JsonPostClient.kindFor(400));
        assertEquals(Kind.REJECTED, JsonPostClient.kindFor(409));
        assertEquals(Kind.REJECTED, JsonPostClient.kindFor(422));
        assertEquals(Kind.GATEWAY_ERROR, JsonPostClient.kindFor(408));
        assertEquals(Kind.GATEWAY_ERROR, JsonPostClient.kindFor(429));
        assertEquals(Kind.GATEWAY_ERROR, JsonPostClient.kindFor(500));
        assertEquals(Kind.GATEWAY_ERROR, JsonPostClient.kindFor(503));
    }

    @Test
    void answerIsReadAsJsonWhenItIsJson() throws Exception {
        answer = "{\"id\":\"job_1\"}".getBytes(StandardCharsets.UTF_8);
        assertEquals("job_1", client().post("{}", Optional::of).json().path("id").asText());

        answer = "accepted".getBytes(StandardCharsets.UTF_8);
        assertTrue(client().post("{}", Optional::of).json().isMissingNode());

        answer = new byte[0];
        assertTrue(client().post("{}", Optional::of).json().isMissingNode());
    }

    @Test
    void answerIsReadOnlyUpToTheLimit() throws Exception {
        answer = new byte[JsonPostClient.MAX_ANSWER_BYTES * 3];
        JsonPostClient.Answer read = client().post("{}", Optional::of);
        assertEquals(200, read.status());
        assertEquals(JsonPostClient.MAX_ANSWER_BYTES, read.body().length);
    }
}
