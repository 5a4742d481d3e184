package org.secureaccess.keycloak.shared.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import org.apache.http.impl.client.CloseableHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keycloak.connections.httpclient.HttpClientBuilder;
import org.secureaccess.keycloak.shared.http.JsonPostException.Kind;
import org.secureaccess.keycloak.testsupport.EgressProxy;
import org.secureaccess.keycloak.testsupport.KeycloakHttpClients;

/**
 * A JSON POST through Keycloak's client set up as the server sets it up from {@code proxy-mappings} and
 * {@code --truststore-paths}, and the test suite's egress proxy ({@link EgressProxy}, which the shared test server
 * uses): the endpoint is reached through the proxy, over TLS trusted only through that truststore; with nothing
 * behind the proxy the endpoint is unreachable; without the truststore the TLS handshake fails.
 */
class JsonPostThroughProxyTest {

    @TempDir
    static Path directory;

    private static EgressProxy proxy;
    private static HttpServer fake;
    private static CloseableHttpClient keycloakClient;

    @BeforeAll
    static void start() throws Exception {
        proxy = EgressProxy.start(directory);
        fake = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        fake.createContext("/sms", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            byte[] answer = ("{\"received\":" + body.length + "}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(202, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        fake.start();
        keycloakClient = keycloakClient(truststore(proxy.certificateFile()));
    }

    @AfterAll
    static void stop() throws IOException {
        fake.stop(0);
        keycloakClient.close();
    }

    @BeforeEach
    void forget() {
        proxy.clearRecords();
    }

    /** As DefaultHttpClientFactory builds it: proxy mappings, and the truststore the server's TruststoreProvider holds. */
    private static CloseableHttpClient keycloakClient(KeyStore truststore) {
        HttpClientBuilder builder = new HttpClientBuilder()
                .socketTimeout(5000, TimeUnit.MILLISECONDS)
                .disableCookies(true)
                .disableRedirectHandling()
                .proxyMappings(KeycloakHttpClients.proxyMappings(proxy.proxyMapping()));
        if (truststore != null) {
            builder.trustStore(truststore);
        }
        return builder.build();
    }

    private static KeyStore truststore(Path pem) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        try (InputStream in = Files.newInputStream(pem)) {
            store.setCertificateEntry("gateways", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        return store;
    }

    private static JsonPostClient client(int port) {
        return new JsonPostClient("webhook", URI.create("https://sms." + EgressProxy.DOMAIN + ":" + port + "/sms"),
                Duration.ofSeconds(5), "Authorization", null);
    }

    @Test
    void theTestOnlyHostsResolveNowhere() {
        for (String host : EgressProxy.GATEWAY_HOSTS) {
            assertThrows(UnknownHostException.class, () -> InetAddress.getByName(host), host);
        }
    }

    @Test
    void theEndpointIsReachedThroughTheProxyOverTrustedTls() throws Exception {
        int port = fake.getAddress().getPort();
        String authority = "sms." + EgressProxy.DOMAIN + ":" + port;

        String text = "{\"to\":\"+12025550143\"}";
        JsonPostClient.Answer first = client(port).post(text, new GatewayAccess(() -> keycloakClient, Optional::of));
        JsonPostClient.Answer second = client(port).post("{}", new GatewayAccess(() -> keycloakClient, Optional::of));

        assertEquals(202, first.status());
        assertEquals(text.length(), first.json().path("received").asInt(), "the whole body arrived");
        assertEquals(2, second.json().path("received").asInt());
        assertEquals(List.of(new EgressProxy.Tunnel(authority, true)), proxy.tunnels(), "one tunnel, kept for the second request");
        assertEquals(List.of("POST /sms", "POST /sms"),
                proxy.relayedTo(authority).stream().map(r -> r.method() + " " + r.path()).toList());
    }

    @Test
    void nothingBehindTheProxyIsUnreachable() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        JsonPostException e = assertThrows(JsonPostException.class,
                () -> client(closed).post("{}", new GatewayAccess(() -> keycloakClient, Optional::of)));

        assertEquals(Kind.UNREACHABLE, e.kind());
        assertEquals("webhook unreachable: TunnelRefusedException: CONNECT refused by proxy: HTTP/1.1 502 Bad Gateway", e.getMessage());
        assertEquals(List.of(new EgressProxy.Tunnel("sms." + EgressProxy.DOMAIN + ":" + closed, false)), proxy.tunnels());
    }

    @Test
    void withoutTheTruststoreTheGatewayIsNotTrusted() throws Exception {
        try (CloseableHttpClient untrusting = keycloakClient(null)) {
            JsonPostException e = assertThrows(JsonPostException.class,
                    () -> client(fake.getAddress().getPort()).post("{}", new GatewayAccess(() -> untrusting, Optional::of)));

            assertEquals(Kind.UNREACHABLE, e.kind());
            assertTrue(e.getMessage().startsWith("webhook unreachable: SSLHandshakeException"), e.getMessage());
        }
        assertTrue(proxy.relayed().isEmpty(), "no request went past the handshake");
    }
}
