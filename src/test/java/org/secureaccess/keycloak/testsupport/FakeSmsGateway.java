package org.secureaccess.keycloak.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.keycloak.util.JsonSerialization;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

/**
 * A loopback stand-in for an SMS gateway, reached by the extension's {@code webhook} sender at {@link #URL}: over
 * TLS through the {@link EgressProxy}, which relays plain HTTP to this fake on 127.0.0.1:{@link #PORT}. It records
 * every message, can be made to fail, stall or vanish, and records every code and number it is sent as
 * {@link SensitiveValues} for the leak check.
 */
public final class FakeSmsGateway {

    public static final int PORT = FakePorts.shifted(8599);
    public static final String URL = "https://sms." + EgressProxy.DOMAIN + ":" + PORT + "/sms";
    /** The gateway credential the server is configured with; messages without it are refused. */
    public static final String AUTHORIZATION = "Bearer test-gateway-token";
    private static final Pattern WEB_OTP_LINE = Pattern.compile("@\\S+ #(\\d{4,10})\\s*$");
    private static final FakeSmsGateway INSTANCE = new FakeSmsGateway();

    /** One message as the gateway received it, and when (epoch millis, this JVM's clock: Keycloak's without an offset). */
    public record Message(String to, String text, String realm, long receivedAtMillis) {

        /** The code from the Web OTP line, or null for messages without one. */
        public String code() {
            Matcher matcher = WEB_OTP_LINE.matcher(text);
            return matcher.find() ? matcher.group(1) : null;
        }
    }

    private final List<Message> messages = new CopyOnWriteArrayList<>();
    private volatile int failureStatus;
    private volatile Duration delay = Duration.ZERO;
    /** Counts resets: a message that arrived before the last reset belongs to an earlier test's state. */
    private final java.util.concurrent.atomic.AtomicInteger resets = new java.util.concurrent.atomic.AtomicInteger();
    private HttpServer server;
    private volatile boolean started;

    private FakeSmsGateway() {
    }

    public static synchronized FakeSmsGateway get() {
        if (INSTANCE.server == null) {
            INSTANCE.start();
        }
        return INSTANCE;
    }

    /** Resets this fake if this test JVM has started it; never starts one (its port may not be this JVM's to take). */
    static void resetIfStarted() {
        synchronized (INSTANCE) {
            if (INSTANCE.started) {
                INSTANCE.reset();
            }
        }
    }

    private void start() {
        started = true;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 50);
        } catch (IOException e) {
            throw new UncheckedIOException("Port " + PORT + " is taken; this loopback fake needs it. Stop what holds it (`ss -ltnp | grep :" + PORT + "` names it)", e);
        }
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/sms", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                int resetsAtArrival = resets.get();
                JsonNode body = JsonSerialization.mapper.readTree(in.readAllBytes());
                // Whatever the answer, the server has produced this code for this number.
                SensitiveValues.record(SensitiveValues.Kind.PHONE_NUMBER, body.path("to").asText(null));
                SensitiveValues.record(SensitiveValues.Kind.ONE_TIME_CODE, new Message("", body.path("text").asText(""), "", 0).code());
                if (!delay.isZero()) {
                    Thread.sleep(delay.toMillis());
                }
                int status = failureStatus;
                if (!AUTHORIZATION.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                    status = 401;
                } else if (resets.get() != resetsAtArrival) {
                    // Held back by slow() past a reset: its sender gave up long ago, and recording it now would put a
                    // stale code after the ones the current test is waiting for (seen: "lastCodeTo" returned it).
                    status = 503;
                } else if (status == 0) {
                    Message message = new Message(body.path("to").asText(), body.path("text").asText(), body.path("realm").asText(),
                            System.currentTimeMillis());
                    messages.add(message);
                    status = 202;
                }
                byte[] response = ("{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, response.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(response);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    /** Back to normal: accept everything, nothing recorded. */
    public synchronized FakeSmsGateway reset() {
        if (server == null) {
            start();
        }
        failureStatus = 0;
        delay = Duration.ZERO;
        resets.incrementAndGet();
        messages.clear();
        return this;
    }

    /** Answer every message with this HTTP status (e.g. 503). */
    public FakeSmsGateway failWith(int status) {
        failureStatus = status;
        return this;
    }

    /** Answer only after this long. */
    public FakeSmsGateway slow(Duration delay) {
        this.delay = delay;
        return this;
    }

    /** Stop listening: connections are refused until {@link #reset()}. */
    public synchronized FakeSmsGateway down() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
        return this;
    }

    public List<Message> messages() {
        return new ArrayList<>(messages);
    }

    public List<Message> messagesTo(String e164) {
        return messages.stream().filter(m -> m.to().equals(e164)).toList();
    }

    /** The newest message to a number, waiting a little for it to arrive. */
    public Message lastMessageTo(String e164) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            List<Message> to = messagesTo(e164);
            if (!to.isEmpty()) {
                return to.get(to.size() - 1);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("No text message to " + e164 + "; received: " + messages);
    }

    public String lastCodeTo(String e164) {
        String code = lastMessageTo(e164).code();
        if (code == null) {
            throw new AssertionError("The last message to " + e164 + " carries no code");
        }
        return code;
    }

    /**
     * Records a one-time code the test saw issued elsewhere (e.g. in an email) for the leak check; the same as
     * {@code SensitiveValues.record(Kind.ONE_TIME_CODE, code)}, which other kinds of values use directly.
     */
    public static void recordIssuedCode(String code) {
        SensitiveValues.record(SensitiveValues.Kind.ONE_TIME_CODE, code);
    }
}
