package org.secureaccess.keycloak.sms.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
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
class TwilioSmsSenderProviderFactoryTest {

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
        Map<String, ProviderConfigProperty> byName = new TwilioSmsSenderProviderFactory().getConfigMetadata().stream()
                .collect(Collectors.toMap(ProviderConfigProperty::getName, p -> p));

        assertEquals(Set.copyOf(TwilioSettings.OPTIONS), byName.keySet());
        for (String secret : Set.of("auth-token", "api-key-secret")) {
            assertEquals(ProviderConfigProperty.PASSWORD, byName.get(secret).getType(), secret);
            assertTrue(byName.get(secret).isSecret(), secret);
        }
        assertFalse(byName.get("account-sid").isSecret());
        assertEquals("https://api.twilio.com", byName.get("base-url").getDefaultValue());
        assertEquals(5, byName.get("timeout-seconds").getDefaultValue());
        assertEquals("twilio", new TwilioSmsSenderProviderFactory().getId());
    }

    @Test
    void badConfigurationStartsButEverySendIsMisconfigured() {
        TwilioSmsSenderProviderFactory factory = new TwilioSmsSenderProviderFactory();
        factory.init(options(Map.of("account-sid", "not-a-sid", "auth-token", "tok", "timeout-seconds", "-1",
                "base-url", "http://api.twilio.com")));

        SmsDeliveryException e = assertThrows(SmsDeliveryException.class,
                () -> factory.create(null).send(new SmsMessage("+12025550143", "code", "demo")));
        assertEquals(Reason.MISCONFIGURED, e.reason());
        assertFalse(e.getMessage().contains("tok"), e.getMessage());
    }
}
