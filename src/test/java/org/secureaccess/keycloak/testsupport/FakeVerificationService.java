package org.secureaccess.keycloak.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.keycloak.util.JsonSerialization;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

/**
 * A loopback verification bureau for the {@code http} evidence verifier that is having a bad day:
 * every question gets 503. Realms that choose the {@code http} verifier see "unavailable", over
 * real HTTP.
 */
public final class FakeVerificationService {

    public static final int PORT = 8596;
    public static final String URL = "http://127.0.0.1:" + PORT + "/verify";
    public static final String AUTHORIZATION = "Bearer test-bureau-token";
    private static final FakeVerificationService INSTANCE = new FakeVerificationService();

    private final AtomicInteger questions = new AtomicInteger();
    private HttpServer server;

    public static synchronized FakeVerificationService get() {
        if (INSTANCE.server == null) {
            INSTANCE.start();
        }
        return INSTANCE;
    }

    private void start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 50);
        } catch (IOException e) {
            throw new UncheckedIOException("Port " + PORT + " is taken", e);
        }
        server.createContext("/verify", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                recordSensitiveValues(in.readAllBytes());
                questions.incrementAndGet();
                byte[] answer = "{\"error\":\"maintenance\"}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(503, answer.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            }
        });
        server.start();
    }

    /** The tax id, date of birth, account number and phone number a question carries, for the leak check. */
    private static void recordSensitiveValues(byte[] question) {
        JsonNode body;
        try {
            body = JsonSerialization.mapper.readTree(question);
        } catch (IOException notJson) {
            return;
        }
        SensitiveValues.record(SensitiveValues.Kind.TAX_ID, body.at("/identity/taxId").asText(null));
        SensitiveValues.record(SensitiveValues.Kind.DATE_OF_BIRTH, body.at("/identity/dateOfBirth").asText(null));
        SensitiveValues.record(SensitiveValues.Kind.ACCOUNT_NUMBER, body.at("/account/number").asText(null));
        SensitiveValues.record(SensitiveValues.Kind.PHONE_NUMBER, body.path("phone").asText(null));
    }

    /** How many questions the verifier asked so far. */
    public int questions() {
        return questions.get();
    }
}
