package org.secureaccess.keycloak.sms.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.secureaccess.keycloak.shared.http.GatewayAccess;
import org.secureaccess.keycloak.sms.SmsDeliveryException;
import org.secureaccess.keycloak.sms.SmsDeliveryException.Reason;
import org.secureaccess.keycloak.sms.SmsMessage;
import org.secureaccess.keycloak.testsupport.KeycloakHttpClients;

/** The webhook sender against a loopback HTTP stub. */
class WebhookSenderTest {

    private static final SmsMessage MESSAGE = new SmsMessage("+12025550143", "Your code: \"481 516\"\n\\ é ✓", "demo");
    private static final GatewayAccess PLAIN_SECRETS = KeycloakHttpClients.access(Optional::of);

    record Received(String method, String path, Map<String, List<String>> headers, String body) {
        String header(String name) {
            List<String> values = headers.get(name);
            return values == null ? null : String.join(",", values);
        }
    }

    private HttpServer server;
    private ExecutorService executor;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile int status = 204;
    private volatile boolean slow;

    @BeforeEach
    void startStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        executor = Executors.newCachedThreadPool();
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    @AfterEach
    void stopStub() {
        release.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                Map.copyOf(exchange.getRequestHeaders()), body));
        if (slow) {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] answer = "{\"error\":\"nope\"}".getBytes(StandardCharsets.UTF_8);
        if (status == 204) {
            exchange.sendResponseHeaders(204, -1);
        } else {
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
        }
        exchange.close();
    }

    private URI stubUrl(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private WebhookSender sender(URI url, String template, Duration timeout, String authHeaderValue) {
        return new WebhookSender(new WebhookSettings(url, template, "X-Api-Key", timeout, List.of()), authHeaderValue);
    }

    private WebhookSender sender(String authHeaderValue) {
        return sender(stubUrl("/hooks/sms?tenant=a"), WebhookSettings.DEFAULT_BODY_TEMPLATE, Duration.ofSeconds(5), authHeaderValue);
    }

    @Test
    void postsTheDefaultJsonWithTheAuthHeader() throws Exception {
        sender("Bearer s3cret").send(MESSAGE, PLAIN_SECRETS);

        Received r = received.poll(5, TimeUnit.SECONDS);
        assertEquals("POST", r.method());
        assertEquals("/hooks/sms?tenant=a", r.path());
        assertEquals("application/json; charset=utf-8", r.header("Content-type"));
        assertEquals("Bearer s3cret", r.header("X-api-key"));
        assertEquals("{\"to\":\"+12025550143\",\"text\":\"Your code: \\\"481 516\\\"\\n\\\\ é ✓\",\"realm\":\"demo\"}", r.body());
        assertTrue(received.isEmpty(), "exactly one request");
    }

    @Test
    void customTemplateAndNoAuthHeaderWhenNoneIsConfigured() throws Exception {
        String template = "{\"recipient\":{\"msisdn\":\"{{to}}\"},\"content\":\"[{{realm}}] {{text}}\",\"channel\":\"sms\"}";
        sender(stubUrl("/"), template, Duration.ofSeconds(5), null)
                .send(new SmsMessage("+447700900123", "code {{realm}}", "acme"), PLAIN_SECRETS);

        Received r = received.poll(5, TimeUnit.SECONDS);
        assertNull(r.header("X-api-key"));
        assertNull(r.header("Authorization"));
        // Placeholders inside a value are not expanded again.
        assertEquals("{\"recipient\":{\"msisdn\":\"+447700900123\"},\"content\":\"[acme] code {{realm}}\",\"channel\":\"sms\"}",
                r.body());
    }

    @Test
    void resolvesTheSecretAtSendTime() throws Exception {
        sender("${vault.sms-token}").send(MESSAGE, KeycloakHttpClients.access(configured -> configured.equals("${vault.sms-token}")
                ? Optional.of("Bearer from-vault") : Optional.empty()));

        assertEquals("Bearer from-vault", received.poll(5, TimeUnit.SECONDS).header("X-api-key"));
    }

    @Test
    void missingVaultEntryIsMisconfiguredAndSendsNothing() {
        SmsDeliveryException e = assertThrows(SmsDeliveryException.class,
                () -> sender("${vault.missing}").send(MESSAGE, KeycloakHttpClients.access(configured -> Optional.empty())));

        assertEquals(Reason.MISCONFIGURED, e.reason());
        assertTrue(received.isEmpty());
    }

    @Test
    void anyTwoHundredIsAccepted() throws Exception {
        status = 202;
        sender(null).send(MESSAGE, PLAIN_SECRETS);
        assertEquals(1, received.size());
    }

    @Test
    void clientErrorsAreRejectedOrMisconfigured() {
        status = 400;
        SmsDeliveryException rejected = assertThrows(SmsDeliveryException.class, () -> sender(null).send(MESSAGE, PLAIN_SECRETS));
        assertEquals(Reason.REJECTED, rejected.reason());
        assertEquals("webhook answered HTTP 400", rejected.getMessage());

        status = 401;
        SmsDeliveryException denied = assertThrows(SmsDeliveryException.class, () -> sender(null).send(MESSAGE, PLAIN_SECRETS));
        assertEquals(Reason.MISCONFIGURED, denied.reason());
    }

    @Test
    void serverErrorIsAGatewayError() {
        status = 503;
        SmsDeliveryException e = assertThrows(SmsDeliveryException.class, () -> sender(null).send(MESSAGE, PLAIN_SECRETS));

        assertEquals(Reason.GATEWAY_ERROR, e.reason());
        assertTrue(e.getMessage().contains("503"), e.getMessage());
        assertFalse(e.getMessage().contains(MESSAGE.destination()));
    }

    @Test
    void slowGatewayTimesOut() {
        slow = true;
        WebhookSender sender = sender(stubUrl("/"), WebhookSettings.DEFAULT_BODY_TEMPLATE, Duration.ofMillis(300), null);

        long start = System.nanoTime();
        SmsDeliveryException e = assertThrows(SmsDeliveryException.class, () -> sender.send(MESSAGE, PLAIN_SECRETS));
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertEquals(Reason.TIMEOUT, e.reason());
        assertTrue(elapsedMillis < 3000, "gave up after " + elapsedMillis + " ms");
    }

    @Test
    void closedPortIsUnreachable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        WebhookSender sender = sender(URI.create("http://127.0.0.1:" + port + "/"), WebhookSettings.DEFAULT_BODY_TEMPLATE,
                Duration.ofSeconds(2), null);

        SmsDeliveryException e = assertThrows(SmsDeliveryException.class, () -> sender.send(MESSAGE, PLAIN_SECRETS));
        assertEquals(Reason.UNREACHABLE, e.reason());
    }

    @Test
    void misconfiguredSenderRefusesWithoutCallingOut() {
        WebhookSettings settings = WebhookSettings.parse(Map.of("url", "http://sms.example.com/send")::get, new java.util.ArrayList<>());
        SmsDeliveryException e = assertThrows(SmsDeliveryException.class,
                () -> new WebhookSender(settings, null).send(MESSAGE, PLAIN_SECRETS));

        assertEquals(Reason.MISCONFIGURED, e.reason());
        assertTrue(e.getMessage().contains("https is required"), e.getMessage());
    }
}
