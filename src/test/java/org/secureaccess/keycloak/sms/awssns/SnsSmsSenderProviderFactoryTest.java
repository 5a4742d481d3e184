package org.secureaccess.keycloak.sms.awssns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.keycloak.Config;
import org.keycloak.provider.ProviderConfigProperty;
import org.secureaccess.keycloak.sms.SmsDeliveryException;
import org.secureaccess.keycloak.sms.SmsDeliveryException.Reason;
import org.secureaccess.keycloak.sms.SmsMessage;

/** The Keycloak glue: metadata, defensive init, and the SDK's DEBUG logging kept quiet. */
class SnsSmsSenderProviderFactoryTest {

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
    void metadataNamesEveryOptionAndMarksTheSecrets() {
        Map<String, ProviderConfigProperty> byName = new SnsSmsSenderProviderFactory().getConfigMetadata().stream()
                .collect(Collectors.toMap(ProviderConfigProperty::getName, p -> p));

        assertEquals(Set.copyOf(SnsSettings.OPTIONS), byName.keySet());
        for (String secret : Set.of("access-key-id", "secret-access-key")) {
            assertEquals(ProviderConfigProperty.PASSWORD, byName.get(secret).getType(), secret);
            assertTrue(byName.get(secret).isSecret(), secret);
        }
        assertFalse(byName.get("region").isSecret());
        assertEquals(5, byName.get("timeout-seconds").getDefaultValue());
        assertEquals("aws-sns", new SnsSmsSenderProviderFactory().getId());
    }

    @Test
    void badConfigurationStartsButEverySendIsMisconfigured() {
        SnsSmsSenderProviderFactory factory = new SnsSmsSenderProviderFactory();
        factory.init(options(Map.of("region", "Frankfurt", "secret-access-key", "do-not-print", "timeout-seconds", "x")));
        try {
            SmsDeliveryException e = assertThrows(SmsDeliveryException.class,
                    () -> factory.create(null).send(new SmsMessage("+12025550143", "code", "demo")));
            assertEquals(Reason.MISCONFIGURED, e.reason());
            assertTrue(e.getMessage().contains("'region'"), e.getMessage());
            assertFalse(e.getMessage().contains("do-not-print"), e.getMessage());
        } finally {
            factory.close();
        }
    }

    @Test
    void sdkDebugLoggingIsCappedUnlessSetOnPurpose() {
        assertEquals("software.amazon", SnsSmsSenderProviderFactory.SDK_LOG_CATEGORY, "unshaded in unit tests");
        java.util.logging.Logger sdk = java.util.logging.Logger.getLogger(SnsSmsSenderProviderFactory.SDK_LOG_CATEGORY);
        Level before = sdk.getLevel();
        try {
            sdk.setLevel(null);
            new SnsSmsSenderProviderFactory().init(options(Map.of()));
            assertEquals(Level.INFO, sdk.getLevel());

            sdk.setLevel(Level.FINE);
            new SnsSmsSenderProviderFactory().init(options(Map.of()));
            assertEquals(Level.FINE, sdk.getLevel(), "an administrator's explicit level is kept");
        } finally {
            sdk.setLevel(before);
        }
    }
}
