package org.secureaccess.keycloak.container;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Twilio's Messages resource on the loopback address ({@code POST /2010-04-01/Accounts/{sid}/Messages.json}): it keeps
 * each request, with its Authorization header, and answers 201 as Twilio does. The image's {@code twilio} sender reaches
 * it through {@code --spi-sms-sender--twilio--base-url} (plain http is allowed to loopback only).
 */
final class FakeTwilio implements AutoCloseable {

    /** One request as Twilio would receive it. */
    record Request(String path, String authorization, Map<String, String> form) {
    }

    private final HttpServer server;
    private final LinkedBlockingQueue<Request> received = new LinkedBlockingQueue<>();

    FakeTwilio() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/2010-04-01/Accounts/", this::messages);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    Request next(long seconds) throws InterruptedException {
        Request request = received.poll(seconds, TimeUnit.SECONDS);
        if (request == null) {
            throw new AssertionError("No text reached the fake Twilio API at " + baseUrl() + " within " + seconds + " s");
        }
        return request;
    }

    int pending() {
        return received.size();
    }

    private void messages(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> form = Arrays.stream(body.split("&"))
                .filter(pair -> pair.contains("="))
                .collect(Collectors.toMap(
                        pair -> URLDecoder.decode(pair.substring(0, pair.indexOf('=')), StandardCharsets.UTF_8),
                        pair -> URLDecoder.decode(pair.substring(pair.indexOf('=') + 1), StandardCharsets.UTF_8),
                        (first, second) -> second));
        received.add(new Request(exchange.getRequestURI().getPath(), exchange.getRequestHeaders().getFirst("Authorization"), form));
        byte[] answer = ("{\"sid\": \"SM" + "0".repeat(32) + "\", \"status\": \"queued\", \"to\": \"" + form.getOrDefault("To", "")
                + "\"}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(201, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
