package org.secureaccess.keycloak.foundation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;
import org.keycloak.representations.info.ServerInfoRepresentation;
import org.keycloak.representations.info.SpiInfoRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.secureaccess.keycloak.testsupport.BuildInfo;
import org.secureaccess.keycloak.testsupport.SecureAccessServerConfig;

/** Every provider the JAR declares in META-INF/services is live in the server, and so is the theme. */
@KeycloakIntegrationTest(config = SecureAccessServerConfig.class)
class ProviderListIT {

    @InjectAdminClient
    Keycloak admin;

    @Test
    void everyDeclaredProviderIsRegistered() throws Exception {
        Map<String, String> spiNameByFactoryInterface = new HashMap<>();
        for (Spi spi : ServiceLoader.load(Spi.class)) {
            spiNameByFactoryInterface.put(spi.getProviderFactoryClass().getName(), spi.getName());
        }

        ServerInfoRepresentation serverInfo = admin.serverInfo().getInfo();
        List<String> declared = new ArrayList<>();
        Path services = BuildInfo.classesDirectory().resolve("META-INF/services");
        try (Stream<Path> files = Files.list(services)) {
            for (Path file : files.toList()) {
                String spiName = spiNameByFactoryInterface.get(file.getFileName().toString());
                if (spiName == null) {
                    continue; // not a Keycloak SPI (e.g. our own Spi declarations)
                }
                for (String factoryClass : serviceLines(file)) {
                    String id = ((ProviderFactory<?>) Class.forName(factoryClass).getDeclaredConstructor().newInstance()).getId();
                    String chosen = SecureAccessServerConfig.CHOSEN_PROVIDERS.get(spiName);
                    if (chosen != null && !chosen.equals(id)) {
                        continue; // this server loads only the chosen provider of this SPI
                    }
                    SpiInfoRepresentation spi = serverInfo.getProviders().get(spiName);
                    assertNotNull(spi, "SPI " + spiName + " is known to the server");
                    assertTrue(spi.getProviders().containsKey(id), spiName + " lists " + id + " (" + factoryClass + ")");
                    declared.add(spiName + "/" + id);
                }
            }
        }
        assertFalse(declared.isEmpty(), "the JAR declares providers");
    }

    @Test
    void loginThemeIsAvailable() {
        ServerInfoRepresentation serverInfo = admin.serverInfo().getInfo();
        assertTrue(serverInfo.getThemes().get("login").stream().anyMatch(theme -> theme.getName().equals("secure-access")));
        assertTrue(serverInfo.getThemes().get("email").stream().anyMatch(theme -> theme.getName().equals("secure-access")));
    }

    private static List<String> serviceLines(Path file) throws IOException {
        return Files.readAllLines(file).stream()
                .map(line -> line.replaceAll("#.*", "").strip())
                .filter(line -> !line.isEmpty())
                .toList();
    }
}
