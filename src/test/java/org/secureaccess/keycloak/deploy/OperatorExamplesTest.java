package org.secureaccess.keycloak.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

/**
 * The Keycloak Operator example in docs/deploy/ against what this project defines: the extension's own options and
 * which of them are secrets, the image's build-time choices in the Containerfile, the Secrets it refers to, and
 * realm-export.json. Not a validation against the operator's CRDs: Keycloak publishes no operator artifact on Maven
 * Central (org.keycloak:keycloak-operator has no version there), and this project's machines reach no other source
 * of them; docs/operations.md says so.
 */
class OperatorExamplesTest {

    static final Path KEYCLOAK = Path.of("docs/deploy/keycloak.yaml");
    static final Path REALM_IMPORT = Path.of("docs/deploy/realm-import.yaml");
    static final Path CONTAINERFILE = Path.of("Containerfile");
    static final String OPERATOR_API = "k8s.keycloak.org/v2alpha1";
    private static final Pattern SPI_OPTION = Pattern.compile("spi-([a-z0-9-]+?)--([a-z0-9-]+?)--([a-z0-9-]+)");

    private static List<JsonNode> keycloakDocuments;
    private static JsonNode keycloak;

    @BeforeAll
    static void read() throws IOException {
        keycloakDocuments = documents(KEYCLOAK);
        keycloak = only(keycloakDocuments, "Keycloak");
    }

    @Test
    void keycloakRunsTheProjectsOptimizedImageOnPostgresql() throws IOException {
        assertEquals(OPERATOR_API, keycloak.path("apiVersion").asText());
        assertTrue(keycloak.path("spec").path("startOptimized").asBoolean(), "the image is built: start --optimized");
        assertFalse(keycloak.path("spec").path("image").asText().isBlank(), "the image built from the Containerfile");
        assertEquals(buildOption("db"), keycloak.path("spec").path("db").path("vendor").asText(),
                "the database vendor the Containerfile builds for");
        for (String credential : List.of("usernameSecret", "passwordSecret")) {
            JsonNode reference = keycloak.path("spec").path("db").path(credential);
            assertSecretExists(reference.path("name").asText(), reference.path("key").asText(), "spec.db." + credential);
        }
    }

    @Test
    void everyAdditionalOptionIsAnOptionOfTheExtensionAndEverySecretComesFromASecret() throws Exception {
        Map<String, Map<String, ProviderFactory<?>>> providers = extensionProviders();
        JsonNode options = keycloak.path("spec").path("additionalOptions");
        assertTrue(options.size() > 0, "additionalOptions");
        List<String> secretOptions = new ArrayList<>();
        for (JsonNode option : options) {
            String name = option.path("name").asText();
            Matcher spi = SPI_OPTION.matcher(name);
            assertTrue(spi.matches(), name + " is an SPI option --spi-<spi>--<provider>--<key>");
            assertFalse(Optional.of(spi.group(3)).filter(key -> key.equals("provider") || key.equals("enabled")).isPresent(),
                    name + " is a build-time option, fixed in the optimized image");
            ProviderFactory<?> factory = Optional.ofNullable(providers.get(spi.group(1))).map(byId -> byId.get(spi.group(2)))
                    .orElseThrow(() -> new AssertionError(name + ": no provider " + spi.group(2) + " of the extension's SPI " + spi.group(1)
                            + " (known: " + providers.keySet() + ")"));
            ProviderConfigProperty property = factory.getConfigMetadata().stream()
                    .filter(candidate -> candidate.getName().equals(spi.group(3)))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(name + ": " + spi.group(2) + " has no option " + spi.group(3)));
            if (property.isSecret()) {
                secretOptions.add(name);
                assertTrue(option.path("value").isMissingNode(), name + " is a secret: from a Secret, never a value in the resource");
                assertSecretExists(option.path("secret").path("name").asText(), option.path("secret").path("key").asText(), name);
            } else {
                assertTrue(option.has("value") || option.has("secret"), name + " has a value");
            }
        }
        assertTrue(secretOptions.contains("spi-secure-access-keyed-hash--hmac-sha256--secret"), "the keyed-hash secret is set: " + secretOptions);
    }

    @Test
    void gatewayOptionsAreForTheSendersTheImageIsBuiltWith() throws IOException {
        String containerfile = Files.readString(CONTAINERFILE);
        for (JsonNode option : keycloak.path("spec").path("additionalOptions")) {
            Matcher spi = SPI_OPTION.matcher(option.path("name").asText());
            assertTrue(spi.matches());
            String argument = switch (spi.group(1)) {
                case "sms-sender" -> "SMS_SENDER";
                case "letter-sender" -> "LETTER_SENDER";
                default -> null;
            };
            if (argument != null) {
                assertEquals(buildArgumentDefault(containerfile, argument), spi.group(2),
                        option.path("name").asText() + " configures the " + spi.group(1) + " the Containerfile deploys");
            }
        }
    }

    @Test
    void containerfileCopiesThisVersionsShadedJar() throws IOException {
        String version = projectVersion();
        assertEquals("target/secure-access-keycloak-" + version + ".jar", buildArgumentDefault(Files.readString(CONTAINERFILE), "EXTENSION_JAR"));
        assertTrue(keycloak.path("spec").path("image").asText().endsWith(":" + version), "the example's image tag is this version");
    }

    @Test
    void realmImportIsRealmExportWithoutItsDemoPeople() throws IOException {
        JsonNode realmImport = only(documents(REALM_IMPORT), "KeycloakRealmImport");
        assertEquals(OPERATOR_API, realmImport.path("apiVersion").asText());
        assertEquals(keycloak.path("metadata").path("name").asText(), realmImport.path("spec").path("keycloakCRName").asText(),
                "imported into the Keycloak of keycloak.yaml");
        ObjectNode expected = (ObjectNode) new ObjectMapper().readTree(Path.of("realm-export.json").toFile());
        assertTrue(expected.has("users"), "realm-export.json has its demo people");
        expected.remove("users");
        JsonNode realm = realmImport.path("spec").path("realm");
        assertFalse(realm.has("users"), "no demo people, whose password the README publishes");
        if (!expected.equals(realm)) {
            fail(REALM_IMPORT + " is not realm-export.json without its users: run docs/deploy/update-realm-import.sh");
        }
    }

    private static void assertSecretExists(String name, String key, String usedBy) {
        assertFalse(name.isBlank(), usedBy + " names a Secret");
        JsonNode secret = keycloakDocuments.stream()
                .filter(document -> document.path("kind").asText().equals("Secret") && document.path("metadata").path("name").asText().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(usedBy + " refers to Secret " + name + ", which " + KEYCLOAK + " does not define"));
        assertTrue(secret.path("stringData").has(key) || secret.path("data").has(key), usedBy + ": Secret " + name + " has no key " + key);
    }

    /** The Extension's SPIs (META-INF/services/org.keycloak.provider.Spi): SPI name → provider id → factory. */
    private static Map<String, Map<String, ProviderFactory<?>>> extensionProviders() throws Exception {
        Map<String, Map<String, ProviderFactory<?>>> providers = new HashMap<>();
        for (String spiClass : services("org.keycloak.provider.Spi")) {
            Spi spi = (Spi) Class.forName(spiClass).getDeclaredConstructor().newInstance();
            Map<String, ProviderFactory<?>> byId = new HashMap<>();
            for (String factoryClass : services(spi.getProviderFactoryClass().getName())) {
                ProviderFactory<?> factory = (ProviderFactory<?>) Class.forName(factoryClass).getDeclaredConstructor().newInstance();
                byId.put(factory.getId(), factory);
            }
            providers.put(spi.getName(), byId);
        }
        return providers;
    }

    private static List<String> services(String service) throws IOException {
        return Files.readAllLines(Path.of("target/classes/META-INF/services").resolve(service)).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    private static String buildOption(String option) throws IOException {
        Matcher value = Pattern.compile("--" + option + "=(\\S+)").matcher(Files.readString(CONTAINERFILE));
        assertTrue(value.find(), "the Containerfile's kc.sh build sets --" + option);
        return value.group(1);
    }

    private static String buildArgumentDefault(String containerfile, String argument) {
        Matcher value = Pattern.compile("(?m)^ARG " + argument + "=(\\S+)$").matcher(containerfile);
        assertTrue(value.find(), "the Containerfile has ARG " + argument + "=<default>");
        return value.group(1);
    }

    private static String projectVersion() throws IOException {
        Matcher version = Pattern.compile("<artifactId>secure-access-keycloak</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(version.find(), "the project's version in pom.xml");
        return version.group(1);
    }

    private static JsonNode only(List<JsonNode> documents, String kind) {
        List<JsonNode> matching = documents.stream().filter(document -> document.path("kind").asText().equals(kind)).toList();
        assertEquals(1, matching.size(), "one " + kind + " resource");
        return matching.get(0);
    }

    private static List<JsonNode> documents(Path file) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<JsonNode> documents = new ArrayList<>();
        try (YAMLParser parser = new YAMLFactory().createParser(file.toFile())) {
            yaml.readValues(parser, JsonNode.class).forEachRemaining(document -> {
                if (document != null && !document.isMissingNode() && !document.isNull()) {
                    documents.add(document);
                }
            });
        }
        assertNotNull(documents);
        assertFalse(documents.isEmpty(), file + " has resources");
        return documents;
    }
}
