package org.secureaccess.keycloak.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the container suite deploys, checked without Docker: a missing or wrong JAR or realm file fails
 * the build on every machine instead of passing unnoticed behind the Docker skip.
 */
class SuiteInputsIT {

    @Test
    void extensionJarIsTheDeployableShadedJar() throws Exception {
        try (ZipFile jar = new ZipFile(SuiteInputs.extensionJar().toFile())) {
            ZipEntry authenticators = jar.getEntry("META-INF/services/org.keycloak.authentication.AuthenticatorFactory");
            assertNotNull(authenticators, "the JAR declares its authenticators");
            try (InputStream in = jar.getInputStream(authenticators)) {
                assertTrue(new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("SmsCodeAuthenticatorFactory"));
            }
            assertNotNull(jar.getEntry("META-INF/keycloak-themes.json"), "the JAR declares its themes");
            assertNotNull(jar.getEntry("theme/secure-access/login/theme.properties"), "the login theme is packaged");
            assertNotNull(jar.getEntry("org/secureaccess/keycloak/shaded/phonenumbers/PhoneNumberUtil.class"),
                    "the shaded JAR (not the -unshaded one) bundles the relocated libphonenumber");
        }
    }

    @Test
    void realmFileIsTheDemoRealm() throws Exception {
        JsonNode realm = new ObjectMapper().readTree(SuiteInputs.realmExport().toFile());
        assertEquals("secure-access", realm.path("realm").asText());
        assertEquals("secure-access", realm.path("loginTheme").asText());
        assertTrue(StreamSupport.stream(realm.path("clients").spliterator(), false)
                .anyMatch(client -> client.path("clientId").asText().equals("demo-app")), "the demo-app client");
    }
}
