package org.secureaccess.keycloak.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import org.keycloak.util.JsonSerialization;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

/**
 * Plays the relying application {@code demo-app}: builds an authorization-code request with PKCE,
 * receives the redirect on a loopback port, and exchanges the code for tokens over real HTTP.
 */
public final class DemoApp implements AutoCloseable {

    public record Tokens(JsonNode idToken, JsonNode accessToken, String rawAccessToken, String rawIdToken) {
    }

    private final String realmUrl;
    private final String clientId;
    private final UnaryOperator<URI> route;
    private final HttpServer callbackServer;
    private final BlockingQueue<Map<String, String>> callbacks = new ArrayBlockingQueue<>(10);
    private final String verifier;
    private final String challenge;

    public DemoApp(String realmUrl) throws IOException {
        this(realmUrl, "demo-app");
    }

    /** Another public client of the realm (authorization code with PKCE, redirect to http://localhost:*). */
    public DemoApp(String realmUrl, String clientId) throws IOException {
        this(realmUrl, clientId, UnaryOperator.identity());
    }

    /**
     * An application behind the load balancer a test plays: its requests name {@code realmUrl}, and {@code route}
     * turns each address into the server that really receives it (see {@link HttpBrowser#HttpBrowser(String, UnaryOperator)}).
     */
    public DemoApp(String realmUrl, String clientId, UnaryOperator<URI> route) throws IOException {
        this.realmUrl = realmUrl;
        this.clientId = clientId;
        this.route = route;
        this.callbackServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        callbackServer.createContext("/callback", exchange -> {
            callbacks.offer(query(exchange.getRequestURI().getRawQuery()));
            byte[] body = "<!DOCTYPE html><html lang=\"en\"><title>Demo app</title><main><h1>Signed in to the demo app</h1></main></html>"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        callbackServer.start();
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try {
            challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public String redirectUri() {
        return "http://localhost:" + callbackServer.getAddress().getPort() + "/callback";
    }

    public String authorizationUrl() {
        return authorizationUrl(Map.of());
    }

    /** The authorization request, with extra parameters such as {@code ui_locales}, {@code acr_values} or another {@code scope}. */
    public String authorizationUrl(Map<String, String> extra) {
        StringBuilder url = new StringBuilder(realmUrl).append("/protocol/openid-connect/auth?client_id=" + clientId + "&response_type=code")
                .append("&scope=").append(encode(extra.getOrDefault("scope", "openid")))
                .append("&redirect_uri=").append(encode(redirectUri()))
                .append("&code_challenge=").append(challenge).append("&code_challenge_method=S256");
        extra.forEach((key, value) -> {
            if (!"scope".equals(key)) {
                url.append('&').append(key).append('=').append(encode(value));
            }
        });
        return url.toString();
    }

    /** Waits for the browser to arrive at the callback and returns its query parameters. */
    public Map<String, String> awaitCallback() throws InterruptedException {
        Map<String, String> params = callbacks.poll(20, TimeUnit.SECONDS);
        if (params == null) {
            throw new AssertionError("The browser never reached " + redirectUri());
        }
        return params;
    }

    /** As {@link #awaitCallback()}, saying where the browser stopped instead when it never arrives. */
    public Map<String, String> awaitCallback(com.microsoft.playwright.Page page) throws InterruptedException {
        try {
            return awaitCallback();
        } catch (AssertionError e) {
            String heading = page.locator("h1").count() > 0 ? page.locator("h1").first().innerText() : "(no heading)";
            String alert = page.locator("[role=alert]").count() > 0 ? page.locator("[role=alert]").first().innerText() : "";
            throw new AssertionError(e.getMessage() + "; the browser is at " + page.url() + ", page \"" + heading + "\" " + alert, e);
        }
    }

    public Tokens exchange(String code) throws Exception {
        JsonNode body = exchangeRaw(code);
        String access = body.get("access_token").asText();
        String id = body.get("id_token").asText();
        return new Tokens(claims(id), claims(access), access, id);
    }

    /** The token endpoint's whole answer to the authorization code (refresh token included). */
    public JsonNode exchangeRaw(String code) throws Exception {
        return tokenRequest("grant_type=authorization_code&client_id=" + clientId + "&code=" + encode(code)
                + "&redirect_uri=" + encode(redirectUri()) + "&code_verifier=" + verifier);
    }

    /** A refresh-token grant; the token endpoint's whole answer. */
    public JsonNode refresh(String refreshToken) throws Exception {
        return tokenRequest("grant_type=refresh_token&client_id=" + clientId + "&refresh_token=" + encode(refreshToken));
    }

    /** A refresh-token grant, whatever the answer (for refresh tokens that must no longer work). */
    public HttpResponse<String> tryRefresh(String refreshToken) throws Exception {
        return post("grant_type=refresh_token&client_id=" + clientId + "&refresh_token=" + encode(refreshToken));
    }

    private JsonNode tokenRequest(String form) throws Exception {
        HttpResponse<String> response = post(form);
        if (response.statusCode() != 200) {
            throw new AssertionError("Token request failed: " + response.statusCode() + " " + response.body());
        }
        return JsonSerialization.mapper.readTree(response.body());
    }

    private HttpResponse<String> post(String form) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(route.apply(URI.create(realmUrl + "/protocol/openid-connect/token")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Waits for the callback and exchanges its code. */
    public Tokens awaitTokens() throws Exception {
        Map<String, String> callback = awaitCallback();
        if (!callback.containsKey("code")) {
            throw new AssertionError("No code in callback: " + callback);
        }
        return exchange(callback.get("code"));
    }

    public static JsonNode claims(String jwt) throws IOException {
        String[] parts = jwt.split("\\.");
        return JsonSerialization.mapper.readTree(Base64.getUrlDecoder().decode(parts[1]));
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return params;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        callbackServer.stop(0);
    }
}
