package org.secureaccess.keycloak.shared.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.secureaccess.keycloak.shared.http.JsonPostException.Kind;
import org.secureaccess.keycloak.testsupport.KeycloakHttpClients;

/**
 * The shared JSON-POST client's own rules, through the client Keycloak builds for its own outbound calls; the webhook
 * senders' tests cover the exchanges in detail.
 */
class JsonPostClientTest {

    private static final GatewayAccess PLAIN = KeycloakHttpClients.access(Optional::of);

    private HttpServer server;
    private volatile byte[] answer = new byte[0];
    private final List<String> paths = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            paths.add(exchange.getRequestURI().getPath());
            exchange.getRequestBody().readAllBytes();
            if (exchange.getRequestURI().getPath().equals("/moved")) {
                exchange.getResponseHeaders().add("Location", "/elsewhere");
                exchange.sendResponseHeaders(303, -1);
                exchange.close();
                return;
            }
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

    private JsonPostClient client(String path, Duration timeout, String authHeaderValue) {
        return new JsonPostClient("test endpoint", URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path), timeout,
                "Authorization", authHeaderValue);
    }

    private JsonPostClient client() {
        return client("/", Duration.ofSeconds(5), null);
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
        assertEquals("job_1", client().post("{}", PLAIN).json().path("id").asText());

        answer = "accepted".getBytes(StandardCharsets.UTF_8);
        assertTrue(client().post("{}", PLAIN).json().isMissingNode());

        answer = new byte[0];
        assertTrue(client().post("{}", PLAIN).json().isMissingNode());
    }

    @Test
    void answerIsReadOnlyUpToTheLimit() throws Exception {
        answer = new byte[JsonPostClient.MAX_ANSWER_BYTES * 3];
        JsonPostClient.Answer read = client().post("{}", PLAIN);
        assertEquals(200, read.status());
        assertEquals(JsonPostClient.MAX_ANSWER_BYTES, read.body().length);

        // The cut-off connection was dropped, not handed back half-read: the next request gets a whole answer.
        answer = "{\"id\":\"next\"}".getBytes(StandardCharsets.UTF_8);
        assertEquals("next", client().post("{}", PLAIN).json().path("id").asText());
    }

    @Test
    void redirectsAreNeverFollowedEvenByAClientThatWouldFollowThem() throws Exception {
        try (CloseableHttpClient following = HttpClients.createDefault()) {
            JsonPostException e = assertThrows(JsonPostException.class,
                    () -> client("/moved", Duration.ofSeconds(5), null).post("{}", new GatewayAccess(() -> following, Optional::of)));
            assertEquals(Kind.MISCONFIGURED, e.kind());
            assertEquals("test endpoint answered HTTP 303", e.getMessage());
        }
        assertEquals(List.of("/moved"), paths, "the Location was not requested");
    }

    @Test
    void anAuthValueThatWouldSplitTheRequestIsRefusedUnsentAndUnquoted() {
        String secret = "Bearer s3cret\r\nX-Injected: yes";
        JsonPostException e = assertThrows(JsonPostException.class,
                () -> client("/", Duration.ofSeconds(5), "${vault.token}").post("{}", KeycloakHttpClients.access(c -> Optional.of(secret))));
        assertEquals(Kind.MISCONFIGURED, e.kind());
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
        assertTrue(paths.isEmpty(), "nothing was sent");
    }

    /** Every read arrives within the deadline, but the answer as a whole does not: the deadline is the exchange's. */
    @Test
    void theDeadlineCoversTheWholeExchangeNotEachRead() throws Exception {
        try (ServerSocket trickle = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread answerer = new Thread(() -> {
                try (Socket socket = trickle.accept()) {
                    readHead(socket);
                    OutputStream out = socket.getOutputStream();
                    out.write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    for (int i = 0; i < 100; i++) {
                        out.write(' ');
                        out.flush();
                        Thread.sleep(200);
                    }
                } catch (IOException | InterruptedException e) {
                    // the client gave up
                }
            });
            answerer.setDaemon(true);
            answerer.start();
            JsonPostClient slow = new JsonPostClient("test endpoint", URI.create("http://127.0.0.1:" + trickle.getLocalPort() + "/"),
                    Duration.ofSeconds(1), "Authorization", null);

            long start = System.nanoTime();
            JsonPostException e = assertThrows(JsonPostException.class, () -> slow.post("{}", PLAIN));
            long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            assertEquals(Kind.TIMEOUT, e.kind());
            assertEquals("no answer from the test endpoint within 1000 ms", e.getMessage());
            assertTrue(elapsed >= 900 && elapsed < 3000, "gave up after " + elapsed + " ms");
        }
    }

    /**
     * The request takes the route Keycloak's client plans for it (here a proxy mapping for the host), and a proxy that
     * will not open the tunnel makes the endpoint unreachable, as a refused connection does.
     */
    @Test
    void aProxyThatRefusesTheTunnelMakesTheEndpointUnreachable() throws Exception {
        List<String> requestLines = new CopyOnWriteArrayList<>();
        try (ServerSocket proxy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread refuser = new Thread(() -> {
                try (Socket socket = proxy.accept()) {
                    requestLines.add(readHead(socket).get(0));
                    socket.getOutputStream().write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    // the test fails on what it did not record
                }
            });
            refuser.setDaemon(true);
            refuser.start();
            try (CloseableHttpClient proxied = KeycloakHttpClients.withProxyMappings(
                    ".*[.]proxied[.]test;http://127.0.0.1:" + proxy.getLocalPort())) {
                JsonPostClient client = new JsonPostClient("test endpoint", URI.create("https://sms.proxied.test/send"),
                        Duration.ofSeconds(5), "Authorization", null);

                JsonPostException e = assertThrows(JsonPostException.class,
                        () -> client.post("{}", new GatewayAccess(() -> proxied, Optional::of)));

                assertEquals(Kind.UNREACHABLE, e.kind());
                assertTrue(e.getMessage().startsWith("test endpoint unreachable: ") && e.getMessage().contains("502"), e.getMessage());
            }
        }
        assertEquals(List.of("CONNECT sms.proxied.test:443 HTTP/1.1"), requestLines);
    }

    private static List<String> readHead(Socket socket) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
        List<String> head = new CopyOnWriteArrayList<>();
        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
            head.add(line);
        }
        return head;
    }
}
