package org.secureaccess.keycloak.sms.awssns;

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
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
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
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.secureaccess.keycloak.sms.SmsDeliveryException;
import org.secureaccess.keycloak.sms.SmsDeliveryException.Reason;
import org.secureaccess.keycloak.sms.SmsMessage;

/**
 * The SNS sender, through the real AWS SDK, against a loopback stub that speaks SNS's protocol:
 * AWS Query (form-encoded {@code Action=Publish&Version=2010-03-31&...}) in, XML out.
 */
class SnsSenderTest {

    private static final SmsMessage MESSAGE = new SmsMessage("+12025550143", "Your code is 481516 & valid 5 min = ok", "demo");
    private static final Function<String, Optional<String>> PLAIN_SECRETS = Optional::of;
    private static final String KEY_ID = "AKIAIOSFODNN7EXAMPLE";
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    private static final String PUBLISHED = """
            <PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">
              <PublishResult>
                <MessageId>567910cd-659e-55d4-8ccb-5aaf14679dc0</MessageId>
              </PublishResult>
              <ResponseMetadata>
                <RequestId>d74b8436-ae13-5ab4-a9ff-ce54dfea72a0</RequestId>
              </ResponseMetadata>
            </PublishResponse>
            """;

    private static String error(String type, String code, String message) {
        return """
                <ErrorResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">
                  <Error>
                    <Type>%s</Type>
                    <Code>%s</Code>
                    <Message>%s</Message>
                  </Error>
                  <RequestId>9d3a6e4f-5a1c-5a4e-9c1b-7f0e2d6b8a11</RequestId>
                </ErrorResponse>
                """.formatted(type, code, message);
    }

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

        /** The message attributes, as name -> "DataType:StringValue", whatever the entry numbering. */
        Map<String, String> attributes() {
            Map<String, String> form = form();
            Map<String, String> attributes = new HashMap<>();
            for (int i = 1; form.containsKey("MessageAttributes.entry." + i + ".Name"); i++) {
                String prefix = "MessageAttributes.entry." + i;
                attributes.put(form.get(prefix + ".Name"),
                        form.get(prefix + ".Value.DataType") + ":" + form.get(prefix + ".Value.StringValue"));
            }
            return attributes;
        }
    }

    private HttpServer server;
    private ExecutorService executor;
    private final List<SnsSender> senders = new ArrayList<>();
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile int status = 200;
    private volatile String answer = PUBLISHED;
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
        senders.forEach(SnsSender::close);
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
        exchange.getResponseHeaders().set("Content-Type", "text/xml");
        exchange.getResponseHeaders().set("x-amzn-RequestId", "d74b8436-ae13-5ab4-a9ff-ce54dfea72a0");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private SnsSender sender(URI endpoint, String senderId, String originationNumber, Duration timeout, String keyId, String secret) {
        SnsSender sender = new SnsSender(new SnsSettings("us-east-1", endpoint, senderId, originationNumber, timeout, List.of()),
                keyId, secret);
        senders.add(sender);
        return sender;
    }

    private URI stub() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private SnsSender sender() {
        return sender(stub(), null, null, Duration.ofSeconds(5), KEY_ID, SECRET);
    }

    private SmsDeliveryException failingSend(int status, String answer) {
        this.status = status;
        this.answer = answer;
        return assertThrows(SmsDeliveryException.class, () -> sender().send(MESSAGE, PLAIN_SECRETS));
    }

    @Test
    void publishesATransactionalSmsWithSigV4() throws Exception {
        String messageId = sender(stub(), "SecureAcc", "+15017122661", Duration.ofSeconds(5), KEY_ID, SECRET)
                .send(MESSAGE, PLAIN_SECRETS);

        assertEquals("567910cd-659e-55d4-8ccb-5aaf14679dc0", messageId);
        Received r = received.poll(5, TimeUnit.SECONDS);
        assertEquals("POST", r.method());
        assertEquals("/", r.path());
        assertTrue(r.header("Content-type").startsWith("application/x-www-form-urlencoded"), r.header("Content-type"));
        assertTrue(r.header("Authorization").startsWith("AWS4-HMAC-SHA256 Credential=" + KEY_ID + "/"), r.header("Authorization"));
        assertTrue(r.header("Authorization").contains("/us-east-1/sns/aws4_request"), r.header("Authorization"));
        assertFalse(r.header("Authorization").contains(SECRET));
        Map<String, String> form = r.form();
        assertEquals("Publish", form.get("Action"));
        assertEquals("2010-03-31", form.get("Version"));
        assertEquals("+12025550143", form.get("PhoneNumber"));
        assertEquals(MESSAGE.text(), form.get("Message"));
        assertNull(form.get("TopicArn"));
        assertEquals(Map.of("AWS.SNS.SMS.SMSType", "String:Transactional", "AWS.SNS.SMS.SenderID", "String:SecureAcc",
                "AWS.MM.SMS.OriginationNumber", "String:+15017122661"), r.attributes());
        assertEquals(4 + 3 * 3, form.size(), form.keySet().toString());
        assertTrue(received.isEmpty(), "exactly one request");
    }

    @Test
    void vaultCredentialsAreResolvedPerSend() throws Exception {
        SnsSender sender = sender(stub(), null, null, Duration.ofSeconds(5), "${vault.aws-key-id}", "${vault.aws-secret}");
        Map<String, String> vault = new HashMap<>(Map.of("${vault.aws-key-id}", "AKIAFIRSTKEY0000000", "${vault.aws-secret}", "s1"));

        sender.send(MESSAGE, configured -> Optional.ofNullable(vault.get(configured)));
        vault.put("${vault.aws-key-id}", "AKIAROTATEDKEY00000");
        sender.send(MESSAGE, configured -> Optional.ofNullable(vault.get(configured)));

        assertTrue(received.poll(5, TimeUnit.SECONDS).header("Authorization").contains("Credential=AKIAFIRSTKEY0000000/"));
        assertTrue(received.poll(5, TimeUnit.SECONDS).header("Authorization").contains("Credential=AKIAROTATEDKEY00000/"));
    }

    @Test
    void missingVaultEntryIsMisconfiguredAndSendsNothing() {
        SnsSender sender = sender(stub(), null, null, Duration.ofSeconds(5), KEY_ID, "${vault.missing}");
        SmsDeliveryException e = assertThrows(SmsDeliveryException.class,
                () -> sender.send(MESSAGE, configured -> configured.startsWith("${") ? Optional.empty() : Optional.of(configured)));

        assertEquals(Reason.MISCONFIGURED, e.reason());
        assertTrue(e.getMessage().contains("'secret-access-key'"), e.getMessage());
        assertTrue(received.isEmpty());
    }

    @Test
    void invalidParameterIsRejectedWithoutTheNumberInTheMessage() {
        SmsDeliveryException e = failingSend(400, error("Sender", "InvalidParameter",
                "Invalid parameter: PhoneNumber Reason: +12025550143 is not valid to publish to"));

        assertEquals(Reason.REJECTED, e.reason());
        assertEquals("Amazon SNS answered HTTP 400, InvalidParameter: Invalid parameter: PhoneNumber Reason: [number] is not valid to publish to",
                e.getMessage());
        assertNull(e.getCause(), "the SDK exception quotes the number");
    }

    @Test
    void badCredentialsAreMisconfigured() {
        SmsDeliveryException e = failingSend(403, error("Sender", "InvalidClientTokenId",
                "The security token included in the request is invalid."));

        assertEquals(Reason.MISCONFIGURED, e.reason());
        assertEquals("Amazon SNS answered HTTP 403, InvalidClientTokenId: The security token included in the request is invalid.",
                e.getMessage());
        assertEquals(Reason.MISCONFIGURED, failingSend(403, error("Sender", "AuthorizationError",
                "User: arn:aws:iam::123456789012:user/kc is not authorized to perform: SNS:Publish")).reason());
    }

    @Test
    void throttlingAndServerErrorsAreGatewayErrors() {
        assertEquals(Reason.GATEWAY_ERROR, failingSend(400, error("Sender", "Throttling", "Rate exceeded")).reason());
        assertEquals(Reason.GATEWAY_ERROR, failingSend(429, error("Sender", "Throttled", "Too many requests")).reason());

        SmsDeliveryException e = failingSend(500, error("Receiver", "InternalError", "Internal Error"));
        assertEquals(Reason.GATEWAY_ERROR, e.reason());
        assertEquals("Amazon SNS answered HTTP 500, InternalError: Internal Error", e.getMessage());
        assertEquals(3, received.size(), "one attempt per send: no SDK retries");
    }

    @Test
    void slowGatewayTimesOut() {
        slow = true;
        SnsSender sender = sender(stub(), null, null, Duration.ofMillis(300), KEY_ID, SECRET);

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
        SnsSender sender = sender(URI.create("http://127.0.0.1:" + port), null, null, Duration.ofSeconds(2), KEY_ID, SECRET);

        SmsDeliveryException e = assertThrows(SmsDeliveryException.class, () -> sender.send(MESSAGE, PLAIN_SECRETS));
        assertEquals(Reason.UNREACHABLE, e.reason());
    }

    @Test
    void misconfiguredSenderBuildsNoClientAndRefuses() {
        SnsSettings settings = SnsSettings.parse(Map.of("endpoint", "http://sns.example.com")::get, new ArrayList<>());
        SnsSender sender = new SnsSender(settings, null, null);
        senders.add(sender);

        SmsDeliveryException e = assertThrows(SmsDeliveryException.class, () -> sender.send(MESSAGE, PLAIN_SECRETS));
        assertEquals(Reason.MISCONFIGURED, e.reason());
        assertTrue(e.getMessage().contains("'region' is required"), e.getMessage());
        assertTrue(received.isEmpty());
    }
}
