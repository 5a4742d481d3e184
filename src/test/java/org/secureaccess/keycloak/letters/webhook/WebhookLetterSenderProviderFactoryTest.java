package org.secureaccess.keycloak.letters.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.keycloak.Config;
import org.keycloak.provider.ProviderConfigProperty;
import org.secureaccess.keycloak.letters.LetterDeliveryException;
import org.secureaccess.keycloak.letters.LetterDeliveryException.Reason;
import org.secureaccess.keycloak.letters.TestLetters;

/** Options (the shared webhook ones), metadata, and a bad configuration that never stops the server. */
class WebhookLetterSenderProviderFactoryTest {

    static Config.Scope options(Map<String, String> values) {
        return (Config.Scope) Proxy.newProxyInstance(Config.Scope.class.getClassLoader(), new Class<?>[] {Config.Scope.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("get") && args.length == 1) {
                        return values.get((String) args[0]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void metadataNamesEveryOptionAndMarksTheSecret() {
        WebhookLetterSenderProviderFactory factory = new WebhookLetterSenderProviderFactory();
        Map<String, ProviderConfigProperty> byName = factory.getConfigMetadata().stream()
                .collect(Collectors.toMap(ProviderConfigProperty::getName, p -> p));

        assertEquals(Set.of("url", "auth-header-name", "auth-header-value", "timeout-seconds"), byName.keySet());
        assertEquals(Set.copyOf(LetterWebhookSettings.OPTIONS), byName.keySet());
        assertEquals(ProviderConfigProperty.PASSWORD, byName.get("auth-header-value").getType());
        assertTrue(byName.get("auth-header-value").isSecret());
        assertFalse(byName.get("url").isSecret());
        assertEquals("Authorization", byName.get("auth-header-name").getDefaultValue());
        assertEquals(5, byName.get("timeout-seconds").getDefaultValue());
        assertEquals("webhook", factory.getId());
        assertEquals(0, factory.order());
    }

    @Test
    void settingsDefaultsAndBounds() {
        List<String> warnings = new ArrayList<>();
        LetterWebhookSettings s = LetterWebhookSettings.parse(Map.of("url", "https://print.example.com/letters")::get, warnings);
        assertTrue(s.usable(), s.problems().toString());
        assertEquals(URI.create("https://print.example.com/letters"), s.url());
        assertEquals("Authorization", s.authHeaderName());
        assertEquals(Duration.ofSeconds(5), s.timeout());

        assertEquals(Duration.ofSeconds(30), LetterWebhookSettings.parse(
                Map.of("url", "https://x.example/", "timeout-seconds", "300")::get, warnings).timeout());
        assertEquals(Duration.ofSeconds(1), LetterWebhookSettings.parse(
                Map.of("url", "https://x.example/", "timeout-seconds", "0")::get, warnings).timeout());
        assertEquals(2, warnings.size());
        assertTrue(LetterWebhookSettings.parse(Map.of("url", "http://localhost:9999/letters")::get, warnings).usable());
        assertFalse(LetterWebhookSettings.parse(Map.of("url", "http://print.example.com/")::get, warnings).usable());
        assertFalse(LetterWebhookSettings.parse(Map.of("url", "https://x.example/", "auth-header-name", "Host")::get, warnings).usable());
    }

    @Test
    void badConfigurationStartsButEverySendIsMisconfigured() {
        WebhookLetterSenderProviderFactory factory = new WebhookLetterSenderProviderFactory();
        factory.init(options(Map.of("url", "ftp://print.example.com/", "timeout-seconds", "soon", "auth-header-value", "Bearer t0p")));

        LetterDeliveryException e = assertThrows(LetterDeliveryException.class,
                () -> factory.create(null).send(TestLetters.letter("L-w")));
        assertEquals(Reason.MISCONFIGURED, e.reason());
        assertTrue(e.getMessage().contains("'url'"), e.getMessage());
        assertFalse(e.getMessage().contains("t0p"), e.getMessage());
    }

    @Test
    void unconfiguredSenderStartsQuietlyAndRefuses() {
        WebhookLetterSenderProviderFactory factory = new WebhookLetterSenderProviderFactory();
        factory.init(options(Map.of()));

        assertEquals(Reason.MISCONFIGURED, assertThrows(LetterDeliveryException.class,
                () -> factory.create(null).send(TestLetters.letter("L-x"))).reason());
    }
}
