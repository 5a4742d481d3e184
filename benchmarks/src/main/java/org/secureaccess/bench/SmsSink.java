package org.secureaccess.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/**
 * The SMS gateway stand-in the extension's {@code webhook} sender posts to ({"to","text","realm"}): it keeps the
 * newest code per number for the load client to type in. Loopback only.
 */
final class SmsSink implements AutoCloseable {

    static final String AUTHORIZATION = "Bearer benchmark-sms-sink";
    /** The code is on the Web OTP line at the end of the text: "@host #123456". */
    private static final Pattern WEB_OTP_LINE = Pattern.compile("@\\S+ #(\\d{4,10})\\s*$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final java.util.concurrent.ExecutorService executor = Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "sms-sink");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, String> codes = new ConcurrentHashMap<>();
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();

    SmsSink(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 100);
        server.setExecutor(executor);
        server.createContext("/sms", exchange -> {
            int status = 202;
            try (InputStream in = exchange.getRequestBody()) {
                JsonNode body = JSON.readTree(in.readAllBytes());
                Matcher code = WEB_OTP_LINE.matcher(body.path("text").asText());
                if (!AUTHORIZATION.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                    status = 401;
                    refused.incrementAndGet();
                } else if (code.find()) {
                    codes.put(body.path("to").asText(), code.group(1));
                    received.incrementAndGet();
                } else {
                    status = 400;
                    refused.incrementAndGet();
                }
            } catch (IOException | RuntimeException e) {
                status = 400;
                refused.incrementAndGet();
            }
            byte[] response = ("{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, response.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response);
            }
            exchange.close();
        });
        server.start();
    }

    static String url(int port) {
        return "http://127.0.0.1:" + port + "/sms";
    }

    /** Takes (and forgets) the newest code texted to a number; null when none arrived. */
    String take(String e164) {
        return codes.remove(e164);
    }

    void forget(String e164) {
        codes.remove(e164);
    }

    long received() {
        return received.get();
    }

    long refused() {
        return refused.get();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
