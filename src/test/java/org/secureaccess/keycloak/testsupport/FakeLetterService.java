package org.secureaccess.keycloak.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.keycloak.util.JsonSerialization;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

/**
 * A loopback stand-in for a print-and-mail API, reached by the extension's {@code webhook} letter
 * sender at {@link #URL}: over TLS through the {@link EgressProxy}, which relays plain HTTP to this fake on
 * 127.0.0.1:{@link #PORT}. It keeps every letter (as the JSON it received), can be
 * made to fail, and records each activation code for the leak check.
 */
public final class FakeLetterService {

    public static final int PORT = FakePorts.shifted(8597);
    public static final String URL = "https://letters." + EgressProxy.DOMAIN + ":" + PORT + "/letters";
    public static final String AUTHORIZATION = "Bearer test-print-vendor-token";
    private static final FakeLetterService INSTANCE = new FakeLetterService();

    private final List<JsonNode> letters = new CopyOnWriteArrayList<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private volatile int failureStatus;
    private HttpServer server;
    private volatile boolean started;

    public static synchronized FakeLetterService get() {
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
        server.createContext("/letters", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                JsonNode letter = JsonSerialization.mapper.readTree(in.readAllBytes());
                // Whatever the answer, the server has produced this code.
                SensitiveValues.record(SensitiveValues.Kind.ONE_TIME_CODE, letter.path("activationCode").asText(null));
                int status = failureStatus;
                if (!AUTHORIZATION.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                    status = 401;
                }
                byte[] answer;
                if (status == 0) {
                    letters.add(letter);
                    status = 201;
                    answer = ("{\"id\":\"print-job-" + sequence.incrementAndGet() + "\"}").getBytes(StandardCharsets.UTF_8);
                } else {
                    answer = "{\"error\":\"unavailable\"}".getBytes(StandardCharsets.UTF_8);
                }
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, answer.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            }
        });
        server.start();
    }

    public synchronized FakeLetterService reset() {
        letters.clear();
        failureStatus = 0;
        return this;
    }

    public FakeLetterService failWith(int status) {
        failureStatus = status;
        return this;
    }

    public List<JsonNode> letters() {
        return List.copyOf(letters);
    }

    /** Letters whose address block names {@code name}. */
    public List<JsonNode> lettersTo(String name) {
        return letters.stream().filter(l -> l.path("to").path("name").asText().contains(name)).toList();
    }

    public JsonNode lastLetterTo(String name) {
        List<JsonNode> to = lettersTo(name);
        if (to.isEmpty()) {
            throw new AssertionError("No letter to " + name + "; received " + letters.size());
        }
        return to.get(to.size() - 1);
    }
}
