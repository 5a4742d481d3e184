package org.secureaccess.keycloak;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.provider.ProviderFactory;

/**
 * Authenticator ids end up in AUTHENTICATION_EXECUTION.AUTHENTICATOR, a VARCHAR(36): a longer id
 * makes every realm import that uses it fail with "Database operation failed".
 */
class ProviderIdsTest {

    @Test
    void authenticatorIdsFitKeycloaksColumn() throws Exception {
        for (String factoryClass : lines("META-INF/services/org.keycloak.authentication.AuthenticatorFactory")) {
            String id = ((ProviderFactory<?>) Class.forName(factoryClass).getDeclaredConstructor().newInstance()).getId();
            assertTrue(id.length() <= 36, id + " is " + id.length() + " characters");
            assertTrue(AuthenticatorFactory.class.isAssignableFrom(Class.forName(factoryClass)));
        }
    }

    private static List<String> lines(String resource) throws IOException {
        return Files.readAllLines(Path.of("target/classes").resolve(resource)).stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }
}
