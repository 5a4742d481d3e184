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
 * providers/, built and started the way an administrator runs it in production. By default it
 * listens on {@link #HTTP_PORT} and {@link #MANAGEMENT_PORT} and names itself {@link #BASE_URL};
 * a node of a cluster gets ports of its own and the address its load balancer answers on.
 */
final class KeycloakDistribution implements AutoCloseable {

    static final int HTTP_PORT = 18080;
    static final int MANAGEMENT_PORT = 19000;
    static final String BASE_URL = "http://localhost:" + HTTP_PORT;
    /**
     * JVM options for these test servers, which live for a minute or three: the client compiler only. On these 2 cores
     * it halved {@code kc.sh build}'s CPU time (30 s to 15 s) and cut a start's by a third (36 s to 23 s), time the
     * shared server's suite runs beside; optimised code never pays back over so short a life. Production keeps
     * Keycloak's defaults.
     */
    static final String SHORT_LIVED_JVM_OPTIONS = "-XX:TieredStopAtLevel=1";

    private final Path home;
    private int httpPort = HTTP_PORT;
    private int managementPort = MANAGEMENT_PORT;
    /** Ports the server takes besides HTTP and management (a cluster node's cache transport), checked free before a start. */
    private List<Integer> otherPorts = List.of();
    private String hostname = BASE_URL;
    private Path log;
    private int starts;
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

    /**
     * A copy of this installation (built, never started) under {@code target/production-mode/<name>}, with every file's
     * time kept: {@code start --optimized} accepts it as built. A copy with new file times is refused until it is built
     * again, since Keycloak compares the provider JARs' times with those recorded at the build.
     */
    KeycloakDistribution copyAs(String name) {
        Path target = BuildInfo.buildDirectory().resolve("production-mode").resolve(name);
        try {
            deleteRecursively(target);
            Path copy = target.resolve(home.getFileName());
            try (Stream<Path> walk = Files.walk(home)) {
                for (Path source : walk.toList()) {
                    Path destination = copy.resolve(home.relativize(source).toString());
                    if (Files.isDirectory(source, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        Files.createDirectories(destination);
                    } else {
                        Files.copy(source, destination, StandardCopyOption.COPY_ATTRIBUTES, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                    }
                }
            }
            KeycloakDistribution distribution = new KeycloakDistribution(copy);
            distribution.httpPort = httpPort;
            distribution.managementPort = managementPort;
            distribution.otherPorts = otherPorts;
            distribution.hostname = hostname;
            return distribution;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Listens on these ports (and takes {@code otherPorts} for something else, e.g. the cache transport) instead of the defaults. */
    KeycloakDistribution listeningOn(int httpPort, int managementPort, Integer... otherPorts) {
        this.httpPort = httpPort;
        this.managementPort = managementPort;
        this.otherPorts = List.of(otherPorts);
        return this;
    }

    /** The address the server names in its pages, redirects and tokens ({@code --hostname}), e.g. a load balancer's. */
    KeycloakDistribution hostname(String url) {
        this.hostname = url;
        return this;
    }

    /** Puts {@code jar} into providers/ in place of the extension JAR there; {@code kc.sh build} must follow. */
    void replaceExtensionJar(Path jar) throws IOException {
        Files.copy(jar, home.resolve("providers").resolve(BuildInfo.extensionJar().getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }

    Path home() {
        return home;
    }

    int httpPort() {
        return httpPort;
    }

    int managementPort() {
        return managementPort;
    }

    /** This server's own address (not {@link #hostname(String)}'s). */
    String directUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    /** {@code kc.sh build} with the given build-time options; fails the test if the build fails. */
    void build(List<String> options) throws Exception {
        List<String> command = new ArrayList<>(List.of("./kc.sh", "build"));
        command.addAll(options);
        Process build = kc(command, home.resolve("build.log"));
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
        start(options);
        awaitReady(Duration.ofMinutes(4));
    }

    /**
     * {@code kc.sh start --optimized} without waiting. Each start logs to a file of its own ({@code server.log}, then
     * {@code server-2.log}, ...), so a restarted server's log holds that run only.
     */
    void start(List<String> options) throws Exception {
        if (isRunning()) {
            throw new IllegalStateException("Already running: " + home);
        }
        // A server left running from an earlier run would answer the readiness check below in this one's place.
        List<Integer> ports = new ArrayList<>(List.of(httpPort, managementPort));
        ports.addAll(otherPorts);
        for (int port : ports) {
            requireFree(port, ports);
        }
        starts++;
        log = home.resolve(starts == 1 ? "server.log" : "server-" + starts + ".log");
        List<String> command = new ArrayList<>(List.of("./kc.sh", "start", "--optimized",
                "--http-enabled=true",
                "--http-port=" + httpPort,
                "--http-management-port=" + managementPort,
                "--hostname=" + hostname,
                "--bootstrap-admin-username=admin",
                "--bootstrap-admin-password=admin",
                "--import-realm"));
        command.addAll(options);
        server = kc(command, log);
    }

    /** {@code command} ({@code ./kc.sh ...}) run in bin/ with {@link #SHORT_LIVED_JVM_OPTIONS}, all its output to {@code output}. */
    private Process kc(List<String> command, Path output) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.resolve("bin").toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put("JAVA_OPTS_APPEND", SHORT_LIVED_JVM_OPTIONS);
        return builder.start();
    }

    /**
     * Waits until the management interface reports ready. Keycloak logs "started" before it is: it then still opens its
     * caches, migrates and imports, and {@code /health/ready} answers 503 meanwhile.
     */
    void awaitReady(Duration timeout) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new AssertionError("Keycloak exited with " + server.exitValue() + ":\n" + serverLog());
            }
            try {
                HttpResponse<String> ready = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/health/ready"))
                                .timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Keycloak was not ready within " + timeout.toSeconds() + " s:\n" + serverLog());
    }

    boolean isRunning() {
        return server != null && server.isAlive();
    }

    /** SIGKILL to the server's JVM (a crash, a machine gone): nothing is shut down, nothing handed over. */
    void kill() throws InterruptedException {
        if (server == null) {
            return;
        }
        server.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        server.destroyForcibly();
        server.waitFor(30, TimeUnit.SECONDS);
    }

    /** A graceful stop (SIGTERM), as an administrator's {@code systemctl stop} or a rolling restart does. */
    void stop() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.toHandle().descendants().forEach(ProcessHandle::destroy);
            server.destroy();
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
                server.destroyForcibly();
            }
        }
    }

    private static void requireFree(int port, List<Integer> needed) {
        try (java.net.Socket probe = new java.net.Socket()) {
            probe.connect(new java.net.InetSocketAddress("127.0.0.1", port), 500);
        } catch (IOException nothingListens) {
            return;
        }
        throw new AssertionError("Port " + port + " is in use before this production-mode Keycloak started; it needs ports "
                + needed + ". Stop what holds it (`ss -ltnp | grep :" + port + "` names it).");
    }

    String serverLog() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    /** The log of the current (or last) start. */
    Path log() {
        return log;
    }

    @Override
    public void close() throws Exception {
        stop();
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
