package org.secureaccess.keycloak.container;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.images.PullPolicy;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

import dasniko.testcontainers.keycloak.ExtendableKeycloakContainer;

/**
 * Keycloak as an administrator runs it in production: the image built from the project's top-level
 * {@code Containerfile} (the extension JAR, {@code kc.sh build} with PostgreSQL, health, metrics, the file vault
 * and the build-time provider choices), started with {@code start --optimized} on a fresh PostgreSQL database,
 * importing the demo realm. The secrets come the way docs/operations.md tells administrators to pass them:
 * {@code KC_SPI_...} environment variables, and {@code ${vault.<name>}} references resolved in a vault directory.
 *
 * <p>The container shares the host's network (Linux engines: Docker and podman alike), so that it reaches the
 * machine's PostgreSQL and the test's fake gateways on the loopback address and nothing leaves it. Keycloak listens
 * on 127.0.0.1 only, on ports picked free for this run instead of 8080/9000 (which the main build's test server
 * uses); {@link #getHost} and {@link #getMappedPort} answer with that address and those ports, so the base class's
 * URLs and readiness wait work as usual.
 */
final class SecureAccessKeycloakContainer extends ExtendableKeycloakContainer<SecureAccessKeycloakContainer> {

    /** The JAR's name in the build context, passed to the Containerfile as EXTENSION_JAR. */
    static final String JAR_IN_BUILD_CONTEXT = "secure-access-keycloak.jar";
    static final String REALM_IN_CONTAINER = "/opt/keycloak/data/import/realm-export.json";
    static final String VAULT_IN_CONTAINER = "/opt/keycloak/vault";
    private static final int CONTAINER_HTTP_PORT = 8080;
    private static final int CONTAINER_MANAGEMENT_PORT = 9000;

    private final String baseImageName;
    private final int httpPort = freeLoopbackPort();
    private final int managementPort = freeLoopbackPort();

    SecureAccessKeycloakContainer(BaseImage base, Path containerfile, Path extensionJar, Path realmExport, SuiteDatabase database) {
        // The base class wants an image name and resolves it at once (pulling it if absent): the base the build needs anyway.
        super(DockerImageName.parse(base.name()));
        this.baseImageName = DockerImageName.parse(base.name()).asCanonicalNameString();
        setImage(new ImageFromDockerfile()
                .withFileFromPath("Dockerfile", containerfile)
                .withFileFromPath(JAR_IN_BUILD_CONTEXT, extensionJar, 0644)
                .withBuildArg(BaseImage.BUILD_ARG, base.name())
                .withBuildArg("EXTENSION_JAR", JAR_IN_BUILD_CONTEXT));
        // The base class's default policy (pull when older than a day) would also apply to the image built here,
        // which is local only: a cached build older than a day would be "pulled" and fail.
        withImagePullPolicy(PullPolicy.defaultPolicy());
        withNetworkMode("host");
        // `start --optimized` (production mode); the base class always adds --import-realm.
        withOptimizedFlag();
        withEnv("KC_HTTP_ENABLED", "true");
        withEnv("KC_HOSTNAME_STRICT", "false");
        withEnv("KC_HTTP_HOST", "127.0.0.1");
        withEnv("KC_HTTP_PORT", Integer.toString(httpPort));
        withEnv("KC_HTTP_MANAGEMENT_PORT", Integer.toString(managementPort));
        // The embedded cache's cluster transport: loopback only, on a port of this run's own.
        withEnv("KC_CACHE_EMBEDDED_NETWORK_BIND_ADDRESS", "127.0.0.1");
        withEnv("KC_CACHE_EMBEDDED_NETWORK_BIND_PORT", Integer.toString(freeLoopbackPort(7800, 7999)));
        withEnv("KC_DB_URL", database.jdbcUrl());
        withEnv("KC_DB_USERNAME", database.user);
        withEnv("KC_DB_PASSWORD", database.password);
        withEnv("KC_VAULT_DIR", VAULT_IN_CONTAINER);
        // This server lives for about a minute beside the rest of the test run on 2 cores: the client compiler only cut a
        // start's CPU time by a third (as for the root build's production-mode servers, KeycloakDistribution).
        withEnv("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
        withCopyFileToContainer(MountableFile.forHostPath(realmExport, 0644), REALM_IN_CONTAINER);
        withStartupTimeout(Duration.ofMinutes(5));
    }

    /** A server option as an administrator sets it in the environment: {@code --spi-a--b--c} becomes {@code KC_SPI_A__B__C}. */
    SecureAccessKeycloakContainer withOption(String option, String value) {
        return withEnv(environmentVariable(option), value);
    }

    /**
     * A server option whose value is {@code ${vault.<key>}}. Keycloak expands {@code ${...}} in every option value
     * as a configuration expression, so the reference reaches the extension only escaped as {@code \${vault.<key>}}.
     */
    SecureAccessKeycloakContainer withVaultReference(String option, String key) {
        return withOption(option, "\\${vault." + key + "}");
    }

    /** A secret in the file vault: Keycloak reads {@code <realm>_<key>} from the vault directory when it is used. */
    SecureAccessKeycloakContainer withVaultEntry(String realm, String key, String secret) {
        return withCopyToContainer(Transferable.of(secret.getBytes(StandardCharsets.UTF_8), 0644), VAULT_IN_CONTAINER + "/" + realm + "_" + key);
    }

    static String environmentVariable(String option) {
        return "KC_" + option.replaceFirst("^--", "").replace("--", "__").replace('-', '_').toUpperCase(java.util.Locale.ROOT);
    }

    /** Keycloak listens on the host's loopback address (Testcontainers' own guess may be a bridge's gateway). */
    @Override
    public String getHost() {
        return "127.0.0.1";
    }

    @Override
    public Integer getMappedPort(int originalPort) {
        return switch (originalPort) {
            case CONTAINER_HTTP_PORT -> httpPort;
            case CONTAINER_MANAGEMENT_PORT -> managementPort;
            default -> throw new IllegalArgumentException("Port " + originalPort + " is not served in this set-up");
        };
    }

    /**
     * Also removes the image built for this run (about 1 GB each): without Ryuk, which cannot run where no image can be
     * pulled, Testcontainers leaves it behind.
     */
    @Override
    public void stop() {
        String image = getContainerId() == null ? null : getDockerImageName();
        super.stop();
        if (image != null && !image.equals(baseImageName)) {
            try {
                DockerClientFactory.lazyClient().removeImageCmd(image).withForce(true).exec();
            } catch (RuntimeException e) {
                System.out.println("[container suite] could not remove the image " + image + ": " + e.getMessage());
            }
        }
    }

    @Override
    protected void configure() {
        super.configure();
        // Nothing to publish: the container uses the host's network.
        setExposedPorts(List.of());
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freeLoopbackPort(int from, int to) {
        for (int port = from; port <= to; port++) {
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // try the next one
            }
        }
        throw new IllegalStateException("No free port between " + from + " and " + to);
    }
}
