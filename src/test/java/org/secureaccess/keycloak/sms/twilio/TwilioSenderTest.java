package org.secureaccess.keycloak.sms.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
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

/** The Twilio sender against a loopback stub that answers like the Twilio REST API. */
class TwilioSenderTest {

    private static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
    private static final String API_KEY = "SKfedcba9876543210fedcba9876543210";
    private static final String SERVICE = "MG00112233445566778899aabbccddeeff";
    private static final String MESSAGES_PATH = "/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json";
    private static final SmsMessage MESSAGE = new SmsMessage("+12025550143", "Your code is 481516 & valid 5 min = ok", "demo");
    private static final GatewayAccess PLAIN_SECRETS = KeycloakHttpClients.access(Optional::of);

    /** Twilio's answer to a created message (abridged to the fields it always has). */
    private static final String CREATED = """
            {"account_sid": "%s", "api_version": "2010-04-01", "body": "Your code is 481516 & valid 5 min = ok",
             "date_created": "Thu, 24 Jul 2025 10:00:00 +0000", "direction": "outbound-api", "error_code": null,
             "error_message": null, "from": "+15017122661", "messaging_service_sid": null, "num_segments": "1",
             "price": null, "price_unit": "USD", "sid": "SM1f0e8ae6ade43cb3c0ce4525424e404f", "status": "queued",
             "to": "+12025550143", "uri": "/2010-04-01/Accounts/%s/Messages/SM1f0e8ae6ade43cb3c0ce4525424e404f.json"}
            """.formatted(ACCOUNT, ACCOUNT);

    record Received(String method, String path, Map<String, List<String>> headers, String body) {
        String header(String name) {
            List<String> values = headers.get(name);
            return values == null ? null : String.join(",", values);
        }

        Map<String, String> form() {
            Map<String, String> form = new LinkedHashMap<>();
            for (String pair : body.split("&")) {
                String[] kv = pair.split("=", 2);
                form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
            return form;
        }
    }

    private HttpServer server;
    private ExecutorService executor;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile int status = 201;
    private volatile String answer = CREATED;
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
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private URI stubBase() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private TwilioSender sender(String apiKeySid, String from, String service, URI base, Duration timeout, String secret) {
        return new TwilioSender(new TwilioSettings(ACCOUNT, apiKeySid, from, service, base, timeout, List.of()), secret);
    }

    private TwilioSender sender() {
        return sender(null, "+15017122661", null, stubBase(), Duration.ofSeconds(5), "auth-token-1");
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private SmsDeliveryException failingSend(int status, String answer) {
        this.status = status;
        this.answer = answer;
        return assertThrows(SmsDeliveryException.class, () -> sender().send(MESSAGE, PLAIN_SECRETS));
    }

    @Test
    void createsAMessageWithFromAndAccountCredentials() throws Exception {
        assertEquals("SM1f0e8ae6ade43cb3c0ce4525424e404f", sender().send(MESSAGE, PLAIN_SECRETS));

        Received r = received.poll(5, TimeUnit.SECONDS);
        assertEquals("POST", r.method());
        assertEquals(MESSAGES_PATH, r.path());
        assertEquals(basic(ACCOUNT, "auth-token-1"), r.header("Authorization"));
        assertEquals("application/x-www-form-urlencoded; charset=utf-8", r.header("Content-type"));
        assertEquals(Map.of("To", "+12025550143", "From", "+15017122661", "Body", "Your code is 481516 & valid 5 min = ok"),
                r.form());
        assertTrue(r.body().contains("To=%2B12025550143"), r.body());
        assertTrue(received.isEmpty(), "exactly one request");
    }

    @Test
    void messagingServiceAndApiKeyFromTheVault() throws Exception {
        TwilioSender sender = sender(API_KEY, null, SERVICE, stubBase(), Duration.ofSeconds(5), "${vault.twilio-key}");
        sender.send(MESSAGE, KeycloakHttpClients.access(configured -> configured.equals("${vault.twilio-key}") ? Optional.of("key-secret") : Optional.empty()));

        Received r = received.poll(5, TimeUnit.SECONDS);
        assertEquals(MESSAGES_PATH, r.path());
        assertEquals(basic(API_KEY, "key-secret"), r.header("Authorization"));
        assertEquals(Map.of("To", "+12025550143", "MessagingServiceSid", SERVICE, "Body", MESSAGE.text()), r.form());
    }

    @Test
    void missingVaultEntryIsMisconfiguredAndSendsNothing() {
        TwilioSender sender = sender(null, "+15017122661", null, stubBase(), Duration.ofSeconds(5), "${vault.none}");
        SmsDeliveryException e = assertThrows(SmsDeliveryException.class, () -> sender.send(MESSAGE, KeycloakHttpClients.access(c -> Optional.empty())));

        assertEquals(Reason.MISCONFIGURED, e.reason());
        assertTrue(e.getMessage().contains("'auth-token'"), e.getMessage());
        assertTrue(received.isEmpty());
    }

    @Test
    void invalidNumberErrorIsRejectedWithoutTheNumberInTheMessage() {
        SmsDeliveryException e = failingSend(400, """
                {"code": 21211, "message": "Invalid 'To' Phone Number: +120255XXXX", "more_info": "https://www.twilio.com/docs/errors/21211", "status": 400}
                """.replace("+120255XXXX", MESSAGE.destination()));

        assertEquals(Reason.REJECTED, e.reason());
        assertEquals("Twilio answered HTTP 400, error 21211: Invalid 'To' Phone Number: [number]", e.getMessage());
        assertFalse(e.getMessage().contains("2025550143"));
    }

    @Test
    void errorTextQuotingTheBodyIsRedacted() {
        SmsDeliveryException e = failingSend(400, """
                {"code": 21617, "message": "The concatenated message body exceeds the 1600 character limit: Your code is 481516 & valid 5 min = ok", "more_info": "https://www.twilio.com/docs/errors/21617", "status": 400}
                """);

        assertEquals(Reason.REJECTED, e.reason());
        assertFalse(e.getMessage().contains("481516"), e.getMessage());
        assertFalse(e.getMessage().contains("valid 5 min"), e.getMessage());
    }

    @Test
    void badCredentialsAreMisconfigured() {
        SmsDeliveryException e = failingSend(401, """
                {"code": 20003, "message": "Authenticate", "more_info": "https://www.twilio.com/docs/errors/20003", "status": 401}
                """);

        assertEquals(Reason.MISCONFIGURED, e.reason());
        assertEquals("Twilio answered HTTP 401, error 20003: Authenticate", e.getMessage());
    }

    @Test
    void unknownAccountOrBadSenderAreMisconfigured() {
        assertEquals(Reason.MISCONFIGURED, failingSend(404, """
                {"code": 20404, "message": "The requested resource %s was not found", "more_info": "https://www.twilio.com/docs/errors/20404", "status": 404}
                """.formatted(MESSAGES_PATH)).reason());
        assertEquals(Reason.MISCONFIGURED, failingSend(400, """
                {"code": 21606, "message": "The From phone number +15017122661 is not a valid, SMS-capable inbound phone number or short code for your account.", "more_info": "https://www.twilio.com/docs/errors/21606", "status": 400}
                """).reason());
    }

    @Test
    void throttlingAndServerErrorsAreGatewayErrors() {
        SmsDeliveryException throttled = failingSend(429, """
                {"code": 20429, "message": "Too Many Requests", "more_info": "https://www.twilio.com/docs/errors/20429", "status": 429}
                """);
        assertEquals(Reason.GATEWAY_ERROR, throttled.reason());

        SmsDeliveryException broken = failingSend(503, "<html><body>Service Unavailable</body></html>");
        assertEquals(Reason.GATEWAY_ERROR, broken.reason());
        assertEquals("Twilio answered HTTP 503", broken.getMessage());
    }

    @Test
    void slowGatewayTimesOut() {
        slow = true;
        TwilioSender sender = sender(null, "+15017122661", null, stubBase(), Duration.ofMillis(300), "t");

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
        TwilioSender sender = sender(null, "+15017122661", null, URI.create("http://127.0.0.1:" + port), Duration.ofSeconds(2), "t");

        SmsDeliveryException e = assertThrows(SmsDeliveryException.class, () -> sender.send(MESSAGE, PLAIN_SECRETS));
        assertEquals(Reason.UNREACHABLE, e.reason());
    }

    @Test
    void redactsNumberLikeRunsAndTheText() {
        assertEquals("To [number] is blocked", TwilioSender.redact("To +1 (202) 555-0143 is blocked", MESSAGE));
        assertEquals("Error 21211 at [text]", TwilioSender.redact("Error 21211 at " + MESSAGE.text(), MESSAGE));
        assertEquals("Number x[number] unknown", TwilioSender.redact("Number x12025550143 unknown", MESSAGE));
        String notFound = "The requested resource /2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json was not found";
        assertEquals(notFound, TwilioSender.redact(notFound, MESSAGE));
    }
}
