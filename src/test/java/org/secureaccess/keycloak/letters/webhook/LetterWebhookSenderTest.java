package org.secureaccess.keycloak.letters.webhook;

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
import java.util.ArrayList;
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
import org.secureaccess.keycloak.letters.ActivationLetter;
import org.secureaccess.keycloak.letters.LetterDeliveryException;
import org.secureaccess.keycloak.letters.LetterDeliveryException.Reason;
import org.secureaccess.keycloak.letters.TestLetters;
import org.secureaccess.keycloak.shared.http.GatewayAccess;
import org.secureaccess.keycloak.testsupport.KeycloakHttpClients;

/** The letter webhook against a loopback HTTP stub. */
class LetterWebhookSenderTest {

    private static final ActivationLetter LETTER = TestLetters.letter("L-100");
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
    private volatile int status = 201;
    private volatile String answer = "{\"id\":\"ltr_4f2a9c\",\"status\":\"queued\"}";
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
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 0) {
            exchange.sendResponseHeaders(status, -1);
        } else {
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    private URI stubUrl(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private LetterWebhookSender sender(URI url, Duration timeout, String authHeaderValue) {
        return new LetterWebhookSender(new LetterWebhookSettings(url, "Authorization", timeout, List.of()), authHeaderValue);
    }

    private LetterWebhookSender sender(String authHeaderValue) {
        return sender(stubUrl("/v1/letters?tenant=a"), Duration.ofSeconds(5), authHeaderValue);
    }

    @Test
    void postsTheExactJsonWithTheAuthHeaderAndReturnsTheId() throws Exception {
        assertEquals("ltr_4f2a9c", sender("Bearer s3cret").send(LETTER, PLAIN_SECRETS).providerReference());

        Received r = received.poll(5, TimeUnit.SECONDS);
        assertEquals("POST", r.method());
        assertEquals("/v1/letters?tenant=a", r.path());
        assertEquals("application/json; charset=utf-8", r.header("Content-type"));
        assertEquals("application/json", r.header("Accept"));
        assertEquals("Bearer s3cret", r.header("Authorization"));
        assertEquals("{\"letterId\":\"L-100\",\"realm\":\"demo\","
                + "\"to\":{\"name\":\"Jane Q. Doe\",\"line1\":\"742 Evergreen Terrace\",\"line2\":\"Apt 2B\","
                + "\"city\":\"Springfield\",\"state\":\"IL\",\"zip\":\"62704-1234\"},"
                + "\"activationCode\":\"7K3M9QXR2D\","
                + "\"content\":{\"languageTag\":\"en-US\",\"title\":\"Your activation code\",\"greeting\":\"Dear Jane Q. Doe,\","
                + "\"paragraphs\":[\"You asked to confirm your identity with a letter to your address of record. Letters take "
                + "5 to 10 days to arrive; this is that letter.\",\"Sign in and enter the code below when asked for your "
                + "activation code. Nobody from us will ever ask you to read it out over the phone.\"],"
                + "\"codeLabel\":\"Your activation code:\",\"expiryLine\":\"This code expires on May 31, 2026.\","
                + "\"signature\":\"Sincerely,\\nThe Secure Access team\","
                + "\"footer\":\"If you did not ask for this letter, contact support: someone may be trying to use your identity.\"},"
                + "\"issuedAt\":\"2026-05-01T14:30:00Z\",\"expiresAt\":\"2026-05-31T14:30:00Z\"}", r.body());
        assertTrue(received.isEmpty(), "exactly one request");
    }

    @Test
    void spanishTextAndAMissingSecondLineGoOutAsUtf8AndNull() throws Exception {
        sender(null).send(TestLetters.spanishLetter("L-es"), PLAIN_SECRETS);

        Received r = received.poll(5, TimeUnit.SECONDS);
        assertNull(r.header("Authorization"));
        assertTrue(r.body().contains("\"name\":\"María José Núñez\",\"line1\":\"1200 Calle del Sol\",\"line2\":null,"), r.body());
        assertTrue(r.body().contains("\"title\":\"Su código de activación\""), r.body());
        assertTrue(r.body().contains("¿Solicitó"), r.body());
    }

    @Test
    void resolvesTheSecretAtSendTime() throws Exception {
        sender("${vault.letter-token}").send(LETTER, KeycloakHttpClients.access(configured -> configured.equals("${vault.letter-token}")
                ? Optional.of("Bearer from-vault") : Optional.empty()));

        assertEquals("Bearer from-vault", received.poll(5, TimeUnit.SECONDS).header("Authorization"));
    }

    @Test
    void missingVaultEntryIsMisconfiguredAndSendsNothing() {
        LetterDeliveryException e = assertThrows(LetterDeliveryException.class,
                () -> sender("${vault.missing}").send(LETTER, KeycloakHttpClients.access(configured -> Optional.empty())));

        assertEquals(Reason.MISCONFIGURED, e.reason());
        assertTrue(received.isEmpty());
    }

    @Test
    void answersWithoutAUsableIdGiveAReceiptWithoutReference() throws Exception {
        status = 202;
        answer = "";
        assertNull(sender(null).send(LETTER, PLAIN_SECRETS).providerReference());

        status = 200;
        answer = "accepted";
        assertNull(sender(null).send(LETTER, PLAIN_SECRETS).providerReference());

        answer = "{\"id\":{\"nested\":1}}";
        assertNull(sender(null).send(LETTER, PLAIN_SECRETS).providerReference());

        answer = "{\"id\":\"job\\n2\"}";
        assertNull(sender(null).send(LETTER, PLAIN_SECRETS).providerReference());

        answer = "{\"id\":98765}";
        assertEquals("98765", sender(null).send(LETTER, PLAIN_SECRETS).providerReference());
    }

    @Test
    void clientErrorsAreRejectedOrMisconfigured() {
        answer = "{\"error\":\"address undeliverable: 742 Evergreen Terrace\"}";
        status = 422;
        LetterDeliveryException rejected = assertThrows(LetterDeliveryException.class, () -> sender(null).send(LETTER, PLAIN_SECRETS));
        assertEquals(Reason.REJECTED, rejected.reason());
        assertEquals("letter webhook answered HTTP 422", rejected.getMessage());

        status = 400;
        assertEquals(Reason.REJECTED, assertThrows(LetterDeliveryException.class, () -> sender(null).send(LETTER, PLAIN_SECRETS)).reason());

        for (int denied : new int[] {401, 403, 404}) {
            status = denied;
            assertEquals(Reason.MISCONFIGURED, assertThrows(LetterDeliveryException.class,
                    () -> sender(null).send(LETTER, PLAIN_SECRETS)).reason(), "HTTP " + denied);
        }
    }

    @Test
    void throttlingAndServerErrorsAreGatewayErrors() {
        for (int failing : new int[] {429, 500, 503}) {
            status = failing;
            LetterDeliveryException e = assertThrows(LetterDeliveryException.class, () -> sender(null).send(LETTER, PLAIN_SECRETS));
            assertEquals(Reason.GATEWAY_ERROR, e.reason(), "HTTP " + failing);
            assertTrue(e.getMessage().contains(String.valueOf(failing)), e.getMessage());
            assertFalse(e.getMessage().contains(TestLetters.CODE) || e.getMessage().contains("Evergreen"), e.getMessage());
        }
    }

    @Test
    void slowServiceTimesOut() {
        slow = true;
        LetterWebhookSender sender = sender(stubUrl("/"), Duration.ofMillis(300), null);

        long start = System.nanoTime();
        LetterDeliveryException e = assertThrows(LetterDeliveryException.class, () -> sender.send(LETTER, PLAIN_SECRETS));
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertEquals(Reason.TIMEOUT, e.reason());
        assertEquals("timeout", e.eventValue());
        assertTrue(elapsedMillis < 3000, "gave up after " + elapsedMillis + " ms");
    }

    @Test
    void closedPortIsUnreachable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        LetterWebhookSender sender = sender(URI.create("http://127.0.0.1:" + port + "/"), Duration.ofSeconds(2), null);

        LetterDeliveryException e = assertThrows(LetterDeliveryException.class, () -> sender.send(LETTER, PLAIN_SECRETS));
        assertEquals(Reason.UNREACHABLE, e.reason());
    }

    @Test
    void misconfiguredSenderRefusesWithoutCallingOut() {
        LetterWebhookSettings settings = LetterWebhookSettings.parse(Map.of("url", "http://print.example.com/letters")::get,
                new ArrayList<>());
        LetterDeliveryException e = assertThrows(LetterDeliveryException.class,
                () -> new LetterWebhookSender(settings, null).send(LETTER, PLAIN_SECRETS));

        assertEquals(Reason.MISCONFIGURED, e.reason());
        assertTrue(e.getMessage().contains("https is required"), e.getMessage());
        assertTrue(received.isEmpty());
    }
}
