package org.secureaccess.keycloak.shared.http;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.http.impl.client.CloseableHttpClient;
import org.keycloak.connections.httpclient.HttpClientProvider;
import org.keycloak.models.KeycloakSession;
import org.secureaccess.keycloak.shared.secrets.GatewayCredentials;

/**
 * What one call to a gateway takes from the Keycloak session it runs in: Keycloak's outbound HTTP client, so that
 * the call honours the server's proxy mappings ({@code --spi-connections-http-client--default--proxy-mappings}),
 * truststore ({@code --truststore-paths}) and hostname verification like the rest of Keycloak; and the resolver of
 * configured secrets (a {@code ${vault.x}} reference is read from the realm's vault at send time). Both are looked
 * up only when used: a misconfigured sender refuses without touching either.
 *
 * @param http    Keycloak's shared HTTP client; never closed by its users
 * @param secrets the configured value, or the vault entry it names; empty when unset or missing
 */
public record GatewayAccess(Supplier<CloseableHttpClient> http, Function<String, Optional<String>> secrets) {

    public GatewayAccess {
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(secrets, "secrets");
    }

    public static GatewayAccess of(KeycloakSession session) {
        return new GatewayAccess(() -> session.getProvider(HttpClientProvider.class).getHttpClient(),
                configured -> GatewayCredentials.resolve(session, configured));
    }

    public Optional<String> secret(String configured) {
        return secrets.apply(configured);
    }
}
