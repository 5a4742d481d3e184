package org.secureaccess.keycloak.testsupport;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.apache.http.impl.client.CloseableHttpClient;
import org.keycloak.connections.httpclient.HttpClientBuilder;
import org.keycloak.connections.httpclient.ProxyMappings;
import org.secureaccess.keycloak.shared.http.GatewayAccess;

/**
 * HTTP clients built by Keycloak's own builder with the defaults of its {@code connections-http-client} provider
 * (5 s read timeout, no connect timeout, cookies and redirects off, one pool), for the unit tests of code that goes
 * through {@code HttpClientProvider}: the sender sees the same client it gets in the server.
 */
public final class KeycloakHttpClients {

    private static final CloseableHttpClient DEFAULT = builder().build();

    private KeycloakHttpClients() {
    }

    /** Keycloak's default client (shared, never closed: the server's is never closed by its users either). */
    public static CloseableHttpClient keycloakDefault() {
        return DEFAULT;
    }

    /** Keycloak's default client with {@code --spi-connections-http-client--default--proxy-mappings} set to these mappings. */
    public static CloseableHttpClient withProxyMappings(String... mappings) {
        return builder().proxyMappings(proxyMappings(mappings)).build();
    }

    /**
     * The mappings, after forgetting which proxy each host name was given before: Keycloak caches that per host name
     * for the whole JVM (one server, one configuration), and the tests of one JVM map the same names to different
     * proxies.
     */
    public static ProxyMappings proxyMappings(String... mappings) {
        ProxyMappings.clearCache();
        return ProxyMappings.valueOf(mappings);
    }

    /** What a provider hands its sender in the server: Keycloak's client, and secrets from {@code secrets}. */
    public static GatewayAccess access(Function<String, Optional<String>> secrets) {
        return new GatewayAccess(() -> DEFAULT, secrets);
    }

    private static HttpClientBuilder builder() {
        return new HttpClientBuilder()
                .socketTimeout(5000, TimeUnit.MILLISECONDS)
                .establishConnectionTimeout(-1, TimeUnit.MILLISECONDS)
                .maxPooledPerRoute(64)
                .connectionPoolSize(128)
                .connectionTTL(-1, TimeUnit.MILLISECONDS)
                .maxConnectionIdleTime(900_000, TimeUnit.MILLISECONDS)
                .disableCookies(true)
                .disableRedirectHandling();
    }
}
