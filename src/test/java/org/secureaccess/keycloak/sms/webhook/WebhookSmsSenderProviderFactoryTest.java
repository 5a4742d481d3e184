package org.secureaccess.keycloak.sms.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.keycloak.Config;
import org.keycloak.provider.ProviderConfigProperty;
import org.secureaccess.keycloak.sms.SmsDeliveryException;
import org.secureaccess.keycloak.sms.SmsDeliveryException.Reason;
import org.secureaccess.keycloak.sms.SmsMessage;

/** The Keycloak glue: metadata, and a bad configuration that never stops the server but fails sends. */
class WebhookSmsSenderProviderFactoryTest {

    /** SPI options as Keycloak hands them over; the factories only call {@code get(key)}. */
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
        List<ProviderConfigProperty> properties = new WebhookSmsSenderProviderFactory().getConfigMetadata();
        Map<String, ProviderConfigProperty> byName = properties.stream()
                .collect(Collectors.toMap(ProviderConfigProperty::getName, p -> p));

        assertEquals(Set.copyOf(WebhookSettings.OPTIONS), byName.keySet());
        assertEquals(ProviderConfigProperty.PASSWORD, byName.get("auth-header-value").getType());
        assertTrue(byName.get("auth-header-value").isSecret());
        assertFalse(byName.get("url").isSecret());
        assertEquals(WebhookSettings.DEFAULT_BODY_TEMPLATE, byName.get("body-template").getDefaultValue());
        assertEquals("Authorization", byName.get("auth-header-name").getDefaultValue());
        assertEquals(5, byName.get("timeout-seconds").getDefaultValue());
        assertEquals("webhook", new WebhookSmsSenderProviderFactory().getId());
    }

    @Test
    void badConfigurationStartsButEverySendIsMisconfigured() {
        WebhookSmsSenderProviderFactory factory = new WebhookSmsSenderProviderFactory();
        factory.init(options(Map.of("url", "http://sms.example.com/send", "timeout-seconds", "soon",
                "body-template", "{not json {{to}} {{text}}")));

        SmsDeliveryException e = assertThrows(SmsDeliveryException.class,
                () -> factory.create(null).send(new SmsMessage("+12025550143", "code", "demo")));
        assertEquals(Reason.MISCONFIGURED, e.reason());
        assertTrue(e.getMessage().contains("'url'") && e.getMessage().contains("'body-template'"), e.getMessage());
    }

    @Test
    void unconfiguredSenderStartsQuietlyAndRefuses() {
        WebhookSmsSenderProviderFactory factory = new WebhookSmsSenderProviderFactory();
        factory.init(options(Map.of()));

        assertEquals(Reason.MISCONFIGURED, assertThrows(SmsDeliveryException.class,
                () -> factory.create(null).send(new SmsMessage("+12025550143", "code", "demo"))).reason());
    }
}
