package org.secureaccess.keycloak.production;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.secureaccess.keycloak.testsupport.BuildInfo;

/**
 * A Keycloak 26.7.3 distribution unpacked under target/, with the shaded extension JAR in
 * providers/, built and started the way an administrator runs it in production.
 */
final class KeycloakDistribution implements AutoCloseable {

    static final int HTTP_PORT = 18080;
    static final int MANAGEMENT_PORT = 19000;
    static final String BASE_URL = "http://localhost:" + HTTP_PORT;

    private final Path home;
    private final Path log;
    private Process server;

    private KeycloakDistribution(Path home) {
        this.home = home;
        this.log = home.resolve("server.log");
    }

    /** Unpacks a fresh copy (kc.sh build changes the installation, so no copy is shared between databases). */
    static KeycloakDistribution unpackFresh(String name) {
        Path zip = BuildInfo.buildDirectory().resolve("keycloak-dist/keycloak-quarkus-dist.zip");
        Path target = BuildInfo.buildDirectory().resolve("production-mode").resolve(name);
        try {
            deleteRecursively(target);
            Files.createDirectories(target);
            unzip(zip, target);
            Path home;
            try (Stream<Path> children = Files.list(target)) {
                home = children.filter(Files::isDirectory).findFirst().orElseThrow();
            }
            for (String script : List.of("kc.sh", "kcadm.sh", "kcreg.sh")) {
                Path file = home.resolve("bin").resolve(script);
                if (Files.exists(file)) {
                    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
                    permissions.add(PosixFilePermission.OWNER_EXECUTE);
                    Files.setPosixFilePermissions(file, permissions);
                }
            }
            Files.copy(BuildInfo.extensionJar(), home.resolve("providers").resolve(BuildInfo.extensionJar().getFileName()));
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(BuildInfo.realmExport(), imports.resolve("realm-export.json"));
            return new KeycloakDistribution(home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path home() {
        return home;
    }

    /** {@code kc.sh build} with the given build-time options; fails the test if the build fails. */
    void build(List<String> options) throws Exception {
        List<String> command = new ArrayList<>(List.of("./kc.sh", "build"));
        command.addAll(options);
        Process build = new ProcessBuilder(command)
                .directory(home.resolve("bin").toFile())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("build.log").toFile())
                .start();
        if (!build.waitFor(5, TimeUnit.MINUTES)) {
            build.destroyForcibly();
            throw new AssertionError("kc.sh build did not finish in 5 minutes");
        }
        if (build.exitValue() != 0) {
            throw new AssertionError("kc.sh build failed:\n" + Files.readString(home.resolve("build.log")));
        }
    }

    /** {@code kc.sh start --optimized}, waiting until the management interface reports ready. */
    void startOptimized(List<String> options) throws Exception {
        // A server left running from an earlier run would answer the readiness check below in this one's place.
        for (int port : List.of(HTTP_PORT, MANAGEMENT_PORT)) {
            requireFree(port);
        }
        List<String> command = new ArrayList<>(List.of("./kc.sh", "start", "--optimized",
                "--http-enabled=true",
                "--http-port=" + HTTP_PORT,
                "--http-management-port=" + MANAGEMENT_PORT,
                "--hostname=" + BASE_URL,
                "--bootstrap-admin-username=admin",
                "--bootstrap-admin-password=admin",
                "--import-realm"));
        command.addAll(options);
        server = new ProcessBuilder(command)
                .directory(home.resolve("bin").toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();

        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new AssertionError("Keycloak exited with " + server.exitValue() + ":\n" + serverLog());
            }
            try {
                HttpResponse<String> ready = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + MANAGEMENT_PORT + "/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("Keycloak was not ready within 4 minutes:\n" + serverLog());
    }

    private static void requireFree(int port) {
        try (java.net.Socket probe = new java.net.Socket()) {
            probe.connect(new java.net.InetSocketAddress("127.0.0.1", port), 500);
        } catch (IOException nothingListens) {
            return;
        }
        throw new AssertionError("Port " + port + " is in use before this production-mode Keycloak started; it needs ports "
                + HTTP_PORT + " and " + MANAGEMENT_PORT + ". Stop what holds it (`ss -ltnp | grep :" + port + "` names it).");
    }

    String serverLog() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    @Override
    public void close() throws Exception {
        if (server != null && server.isAlive()) {
            server.toHandle().descendants().forEach(ProcessHandle::destroy);
            server.destroy();
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
                server.destroyForcibly();
            }
        }
    }

    private static void unzip(Path zip, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("Zip entry outside target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(entries, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
