package org.secureaccess.keycloak.evidence.http;

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
import org.keycloak.models.RealmModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.secureaccess.keycloak.evidence.VerifierUnavailableException;
import org.secureaccess.keycloak.evidence.VerifierUnavailableException.Reason;
import org.secureaccess.keycloak.evidence.records.ReferenceRecordsVerifierProviderFactory;

/** Options (the shared JSON-POST ones), metadata, defaults, and a bad configuration that never stops the server. */
class HttpEvidenceVerifierProviderFactoryTest {

    static Config.Scope options(Map<String, String> values) {
        return (Config.Scope) Proxy.newProxyInstance(Config.Scope.class.getClassLoader(), new Class<?>[] {Config.Scope.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("get") && args.length == 1) {
                        return values.get((String) args[0]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    static RealmModel realm(String name) {
        return (RealmModel) Proxy.newProxyInstance(RealmModel.class.getClassLoader(), new Class<?>[] {RealmModel.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getName")) {
                        return name;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void metadataNamesEveryOptionAndMarksTheSecret() {
        HttpEvidenceVerifierProviderFactory factory = new HttpEvidenceVerifierProviderFactory();
        Map<String, ProviderConfigProperty> byName = factory.getConfigMetadata().stream()
                .collect(Collectors.toMap(ProviderConfigProperty::getName, p -> p));
        assertEquals(Set.of("url", "auth-header-name", "auth-header-value", "timeout-seconds"), byName.keySet());
        assertEquals(Set.copyOf(HttpVerifierSettings.OPTIONS), byName.keySet());
        assertEquals(ProviderConfigProperty.PASSWORD, byName.get("auth-header-value").getType());
        assertTrue(byName.get("auth-header-value").isSecret());
        assertFalse(byName.get("url").isSecret());
        assertEquals(5, byName.get("timeout-seconds").getDefaultValue());
        assertEquals("http", factory.getId());
    }

    @Test
    void referenceRecordsIsTheDefault() {
        ReferenceRecordsVerifierProviderFactory records = new ReferenceRecordsVerifierProviderFactory();
        assertEquals("reference-records", records.getId());
        assertTrue(records.order() > new HttpEvidenceVerifierProviderFactory().order());
        assertEquals(List.of(), records.getConfigMetadata());
    }

    @Test
    void settingsDefaultsAndBounds() {
        List<String> warnings = new ArrayList<>();
        HttpVerifierSettings s = HttpVerifierSettings.parse(Map.of("url", "https://verify.example.com/v1/evidence")::get, warnings);
        assertTrue(s.usable(), s.problems().toString());
        assertEquals(URI.create("https://verify.example.com/v1/evidence"), s.url());
        assertEquals("Authorization", s.authHeaderName());
        assertEquals(Duration.ofSeconds(5), s.timeout());

        assertEquals(Duration.ofSeconds(30), HttpVerifierSettings.parse(Map.of("url", "https://x.example/", "timeout-seconds", "60")::get,
                warnings).timeout());
        assertEquals(Duration.ofSeconds(1), HttpVerifierSettings.parse(Map.of("url", "https://x.example/", "timeout-seconds", "0")::get,
                warnings).timeout());
        assertEquals(2, warnings.size());
        assertTrue(HttpVerifierSettings.parse(Map.of("url", "http://127.0.0.1:9/")::get, warnings).usable(), "loopback http");
        assertFalse(HttpVerifierSettings.parse(Map.of("url", "http://verify.example.com/")::get, warnings).usable());
        assertFalse(HttpVerifierSettings.parse(Map.of("url", "https://user:pw@verify.example.com/")::get, warnings).usable());
        assertFalse(HttpVerifierSettings.parse(Map.<String, String>of()::get, warnings).usable());
    }

    @Test
    void aBadConfigurationStartsButEveryQuestionIsMisconfigured() {
        HttpEvidenceVerifierProviderFactory factory = new HttpEvidenceVerifierProviderFactory();
        factory.init(options(Map.of("url", "ftp://verify.example.com/", "timeout-seconds", "soon", "auth-header-value", "t0p-secret")));
        VerifierUnavailableException e = assertThrows(VerifierUnavailableException.class,
                () -> factory.create(null).matchPhone(realm("secure-access"), "p-1", "+12025550150"));
        assertEquals(Reason.MISCONFIGURED, e.reason());
        assertFalse(e.getMessage().contains("t0p-secret"), e.getMessage());
    }
}
