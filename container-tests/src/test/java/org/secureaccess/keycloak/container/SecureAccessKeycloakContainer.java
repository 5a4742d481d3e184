package org.secureaccess.keycloak.container;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.testcontainers.images.PullPolicy;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

import dasniko.testcontainers.keycloak.ExtendableKeycloakContainer;

/**
 * Keycloak as an administrator runs it in production: an image built from {@code docker/Dockerfile}
 * (the official image, the extension JAR in /opt/keycloak/providers/, {@code kc.sh build} with health
 * enabled), started with {@code start --optimized}, plain HTTP, no strict hostname, importing the
 * demo realm at start-up.
 */
final class SecureAccessKeycloakContainer extends ExtendableKeycloakContainer<SecureAccessKeycloakContainer> {

    /** The Dockerfile on the test class path (src/test/resources/docker/Dockerfile). */
    static final String DOCKERFILE = "docker/Dockerfile";
    /** The JAR's name in the build context, as the Dockerfile's COPY names it. */
    static final String JAR_IN_BUILD_CONTEXT = "secure-access-keycloak.jar";
    static final String REALM_IN_CONTAINER = "/opt/keycloak/data/import/realm-export.json";

    SecureAccessKeycloakContainer(Path extensionJar, Path realmExport) {
        // The base class wants an image name (and resolves it at once, pulling it if absent): the
        // Dockerfile's own base image, which the build below needs anyway.
        super(baseImage());
        setImage(new ImageFromDockerfile()
                .withFileFromClasspath("Dockerfile", DOCKERFILE)
                .withFileFromPath(JAR_IN_BUILD_CONTEXT, extensionJar, 0644));
        // The base class's default policy (pull when older than a day) would also apply to the image
        // built here, which is local only: a cached build older than a day would be "pulled" and fail.
        withImagePullPolicy(PullPolicy.defaultPolicy());
        // `start --optimized` (production mode); the base class always adds --import-realm.
        withOptimizedFlag();
        withEnv("KC_HTTP_ENABLED", "true");
        withEnv("KC_HOSTNAME_STRICT", "false");
        withCopyFileToContainer(MountableFile.forHostPath(realmExport, 0644), REALM_IN_CONTAINER);
        withStartupTimeout(Duration.ofMinutes(5));
    }

    /** The image named by the Dockerfile's FROM line. */
    static DockerImageName baseImage() {
        InputStream in = SecureAccessKeycloakContainer.class.getClassLoader().getResourceAsStream(DOCKERFILE);
        if (in == null) {
            throw new IllegalStateException(DOCKERFILE + " is not on the test class path");
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return lines.lines()
                    .map(String::strip)
                    .filter(line -> line.regionMatches(true, 0, "FROM ", 0, 5))
                    .map(line -> DockerImageName.parse(line.split("\\s+")[1]))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(DOCKERFILE + " has no FROM line"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
