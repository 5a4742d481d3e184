package org.secureaccess.keycloak.container;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the suite tests, handed over by Maven as system properties: the deployable (shaded) extension
 * JAR, the demo realm and the project's Containerfile. container-tests/pom.xml sets them from its properties secureaccess.jar and
 * secureaccess.realmExport (defaults ../target/secure-access-keycloak-VERSION.jar and ../realm-export.json;
 * the main build passes its own paths); an IDE run sets {@value #JAR_PROPERTY} and {@value #REALM_PROPERTY}.
 */
final class SuiteInputs {

    static final String JAR_PROPERTY = "secureaccess.container.jar";
    static final String REALM_PROPERTY = "secureaccess.container.realmExport";
    static final String CONTAINERFILE_PROPERTY = "secureaccess.container.containerfile";
    /** The Maven properties that set them. */
    private static final String MAVEN_JAR_PROPERTY = "secureaccess.jar";
    private static final String MAVEN_REALM_PROPERTY = "secureaccess.realmExport";

    private SuiteInputs() {
    }

    /** The JAR to deploy; a missing JAR fails the test (it is a build mistake, not a reason to skip). */
    static Path extensionJar() {
        Path jar = path(JAR_PROPERTY);
        if (!Files.isRegularFile(jar)) {
            throw new AssertionError("The extension JAR " + jar + " does not exist. Build it first with"
                    + " `mvn package -DskipTests` in the project's top folder, or name the JAR to test with -D"
                    + MAVEN_JAR_PROPERTY + "=/path/to/secure-access-keycloak-VERSION.jar");
        }
        return jar;
    }

    static Path realmExport() {
        Path realm = path(REALM_PROPERTY);
        if (!Files.isRegularFile(realm)) {
            throw new AssertionError("The realm file " + realm + " does not exist; name it with -D" + MAVEN_REALM_PROPERTY + "=...");
        }
        return realm;
    }

    /** The project's production Containerfile, which the suite builds as it is. */
    static Path containerfile() {
        Path containerfile = path(CONTAINERFILE_PROPERTY);
        if (!Files.isRegularFile(containerfile)) {
            throw new AssertionError("The Containerfile " + containerfile + " does not exist");
        }
        return containerfile;
    }

    private static Path path(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new AssertionError("System property " + property + " is not set: run the suite through Maven"
                    + " (mvn -f container-tests/pom.xml verify), which sets it");
        }
        return Path.of(value).toAbsolutePath().normalize();
    }
}
