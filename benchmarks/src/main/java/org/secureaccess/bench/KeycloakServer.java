package org.secureaccess.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The benchmark's own Keycloak: the distribution unpacked under the work folder with the extension in providers/,
 * started on ports of its own, either in development mode (H2 dev-file, or PostgreSQL) with theme and template caching
 * on as in production, or as a node of a production-mode cluster ({@code kc.sh build}, then {@code start --optimized}).
 * Reads the server process's CPU time from /proc and its heap with jcmd.
 */
final class KeycloakServer implements ServerUnderTest {

    /** A server's ports: HTTP, management, and the embedded cache's (cluster nodes only). */
    record Ports(int http, int management, int cache) {
    }

    static final int HTTP_PORT = 8180;
    static final int MANAGEMENT_PORT = 9180;
    static final Ports SINGLE = new Ports(HTTP_PORT, MANAGEMENT_PORT, 0);
    /**
     * Chosen at build time in production mode: PostgreSQL, Infinispan's distributed caches, the texts to the sink
     * through the webhook sender, letters to the log.
     */
    static final List<String> CLUSTER_BUILD_OPTIONS = List.of("--db=postgres", "--cache=ispn", "--health-enabled=true",
            "--spi-sms-sender--provider=webhook", "--spi-letter-sender--provider=log");
    static final String KEYED_HASH_SECRET = "benchmark-only-keyed-hash-secret-0123456789abcdef";
    static final long CLOCK_TICKS_PER_SECOND = 100;
    static final String HEAP_OPTIONS = "-Xms512m -Xmx512m";

    private final Path home;
    private final Path log;
    private final List<String> dbOptions;
    private final int smsPort;
    private final CpuSplit cpus;
    private final boolean shortLived;
    private final Ports ports;
    /** A node of a production-mode cluster ({@code kc.sh build}, then {@code start --optimized}), not a development server. */
    private final boolean clusterNode;
    private boolean built;
    private Process process;
    private long javaPid;

    Path log() {
        return log;
    }

    /**
     * {@code shortLived}: the smoke's server, which serves a few seconds of load beside the rest of the test run, gets the
     * client compiler only (about a third less CPU to start). The full run keeps Keycloak's JVM defaults: it measures.
     */
    KeycloakServer(Path home, Path log, List<String> dbOptions, int smsPort, CpuSplit cpus, boolean shortLived) {
        this(home, log, dbOptions, smsPort, cpus, shortLived, SINGLE, false);
    }

    /** A server on {@code ports}: a production-mode cluster node when {@code clusterNode}. */
    KeycloakServer(Path home, Path log, List<String> dbOptions, int smsPort, CpuSplit cpus, boolean shortLived, Ports ports,
                   boolean clusterNode) {
        this.ports = ports;
        this.clusterNode = clusterNode;
        this.cpus = cpus;
        this.shortLived = shortLived;
        this.home = home;
        this.log = log;
        this.dbOptions = dbOptions;
        this.smsPort = smsPort;
    }

    static String baseUrl() {
        return "http://127.0.0.1:" + HTTP_PORT;
    }

    String url() {
        return "http://127.0.0.1:" + ports.http();
    }

    @Override
    public List<String> baseUrls() {
        return List.of(url());
    }

    /** Unpacks the distribution to {@code target} (once) and puts the extension JAR in providers/. */
    static Path install(Path distZip, Path workDir, Path extensionJar) throws IOException {
        Path home;
        try (ZipFile zip = new ZipFile(distZip.toFile())) {
            String top = zip.entries().nextElement().getName().split("/")[0];
            home = workDir.resolve(top);
            if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    Path out = workDir.resolve(entry.getName()).normalize();
                    if (!out.startsWith(workDir)) {
                        throw new IOException("Bad entry " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(out);
                    } else {
                        Files.createDirectories(out.getParent());
                        try (InputStream in = zip.getInputStream(entry)) {
                            Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                        }
                        if (entry.getName().endsWith(".sh")) {
                            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
                        }
                    }
                }
            }
        }
        try (var providers = Files.list(home.resolve("providers"))) {
            for (Path old : providers.filter(p -> p.getFileName().toString().startsWith("secure-access-keycloak")).toList()) {
                Files.delete(old);
            }
        }
        Files.copy(extensionJar, home.resolve("providers").resolve(extensionJar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        return home;
    }

    /** Refuses to go on when something else listens on a port this benchmark needs. */
    static void requireFree(int... ports) {
        for (int port : ports) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress("0.0.0.0", port));
            } catch (IOException e) {
                throw new IllegalStateException("Port " + port + " is taken; the benchmark needs it for its own server. Stop what listens there.");
            }
        }
    }

    /**
     * Starts the server, trying again (twice) when it exits during start-up: on a shared machine another program may
     * end it (seen here: a server stopped by a signal right after start while other Keycloak test runs started).
     */
    @Override
    public void start() throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                startOnce();
                return;
            } catch (IllegalStateException e) {
                if (attempt == 3 || !e.getMessage().startsWith("Keycloak exited")) {
                    throw e;
                }
                System.out.println("[bench] " + e.getMessage() + "; starting again (attempt " + (attempt + 1) + " of 3)");
                process = null;
                Thread.sleep(2000);
            }
        }
    }

    private void startOnce() throws IOException, InterruptedException {
        requireFree(ports.http(), ports.management());
        if (clusterNode && !built) {
            build();
        }
        List<String> command = new ArrayList<>();
        if (cpus.pinned()) {
            command.addAll(List.of("taskset", "-c", cpus.serverCpus()));
        }
        command.add(home.resolve("bin/kc.sh").toString());
        if (!clusterNode) {
            command.addAll(List.of("start-dev",
                    // Development mode turns theme and template caching off; production has them on.
                    "--spi-theme--cache-themes=true",
                    "--spi-theme--cache-templates=true",
                    "--spi-theme--static-max-age=2592000",
                    "--health-enabled=true",
                    "--spi-sms-sender--provider=webhook",
                    "--spi-letter-sender--provider=log"));
        } else {
            command.addAll(List.of("start", "--optimized", "--http-enabled=true", "--http-host=127.0.0.1",
                    // No load balancer: each node's pages name the node itself, so a login stays on the node it began
                    // on, as behind a load balancer with sticky sessions (what Keycloak's documentation advises).
                    "--hostname-strict=false",
                    "--cache-embedded-network-bind-address=127.0.0.1",
                    "--cache-embedded-network-bind-port=" + ports.cache()));
        }
        command.addAll(List.of(
                "--http-port=" + ports.http(),
                "--http-management-port=" + ports.management(),
                "--import-realm",
                "--bootstrap-admin-username=admin",
                "--bootstrap-admin-password=admin",
                "--spi-sms-sender--webhook--url=" + SmsSink.url(smsPort),
                "--spi-sms-sender--webhook--auth-header-value=" + SmsSink.AUTHORIZATION,
                "--spi-secure-access-keyed-hash--hmac-sha256--secret=" + KEYED_HASH_SECRET));
        command.addAll(dbOptions);
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // Keycloak's own maximum (512 MiB outside containers) but all of it from the start: with the default initial
        // 64 MiB, the heap grows for minutes under load (each Argon2 password hash allocates several MiB) and
        // throughput climbs with it, which would drown the few percent being compared.
        builder.environment().put("JAVA_OPTS_KC_HEAP", HEAP_OPTIONS);
        if (shortLived) {
            builder.environment().put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
        }
        process = builder.start();
        Process started = process;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> started.descendants().forEach(ProcessHandle::destroy)));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited during start-up; see " + log);
            }
            try {
                HttpResponse<String> ready = client.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + ports.management() + "/health/ready")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200 && ready.body().contains("UP")) {
                    break;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Keycloak was not ready within 4 minutes; see " + log);
            }
            Thread.sleep(500);
        }
        javaPid = process.toHandle().descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .mapToLong(ProcessHandle::pid).findFirst().orElse(process.pid());
    }

    /**
     * A copy of this node's built installation under {@code workDir}, for another node: copied with the files' times,
     * which Keycloak compares with what it built from before it starts {@code --optimized}.
     */
    Path copyBuiltInstallation(Path workDir) throws IOException, InterruptedException {
        if (!built) {
            build();
        }
        Path copy = workDir.resolve(home.getFileName());
        BenchmarkRunner.deleteTree(copy);
        try (var files = Files.walk(home)) {
            for (Path from : files.toList()) {
                Path to = copy.resolve(home.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return copy;
    }

    /** Marks an installation copied from a built one: it starts {@code --optimized} without a build of its own. */
    KeycloakServer alreadyBuilt() {
        built = true;
        return this;
    }

    /** {@code kc.sh build} with {@link #CLUSTER_BUILD_OPTIONS}, once per installation. */
    private void build() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "build"));
        command.addAll(CLUSTER_BUILD_OPTIONS);
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        if (shortLived) {
            builder.environment().put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
        }
        Process build = builder.start();
        if (!build.waitFor(5, TimeUnit.MINUTES) || build.exitValue() != 0) {
            build.destroyForcibly();
            throw new IllegalStateException("kc.sh build failed; see " + log);
        }
        built = true;
    }

    @Override
    public boolean alive() {
        return process != null && process.isAlive() && ProcessHandle.of(javaPid).map(ProcessHandle::isAlive).orElse(false);
    }

    long pid() {
        return javaPid;
    }

    /** User plus system CPU time of the server process so far, in milliseconds. */
    @Override
    public long cpuMillis() throws IOException {
        String stat = Files.readString(Path.of("/proc/" + javaPid + "/stat"), StandardCharsets.US_ASCII);
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // fields[0] is field 3 (state): utime is field 14, stime field 15.
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 1000 / CLOCK_TICKS_PER_SECOND;
    }

    private static final Pattern JIT_TIME = Pattern.compile("(?m)^java\\.ci\\.totalTime=(\\d+)$");
    private static final Pattern TICKS_PER_SECOND = Pattern.compile("(?m)^sun\\.os\\.hrt\\.frequency=(\\d+)$");

    /** Time the server's JIT compilers have spent compiling so far, in milliseconds (jcmd PerfCounter.print). */
    @Override
    public long jitMillis() throws IOException, InterruptedException {
        String counters = jcmd("PerfCounter.print");
        Matcher time = JIT_TIME.matcher(counters);
        Matcher frequency = TICKS_PER_SECOND.matcher(counters);
        if (!time.find() || !frequency.find()) {
            throw new IOException("No JIT counters in jcmd PerfCounter.print");
        }
        return Long.parseLong(time.group(1)) * 1000 / Long.parseLong(frequency.group(1));
    }

    private static final Pattern HEAP_USED = Pattern.compile("total (\\d+)K, used (\\d+)K");

    /**
     * The heap in use after a full GC (jcmd GC.run), in MiB, once two readings 5 s apart agree within 5% (at most six
     * readings): a request the load client gave up on may still be running and hold memory for a few seconds.
     */
    double heapAfterGcMiB() throws IOException, InterruptedException {
        double previous = usedAfterGcMiB();
        for (int reading = 2; reading <= 6; reading++) {
            Thread.sleep(5000);
            double used = usedAfterGcMiB();
            if (Math.abs(used - previous) <= 0.05 * previous) {
                return used;
            }
            System.out.printf("heap after GC moved from %.1f to %.1f MiB; reading again%n", previous, used);
            previous = used;
        }
        return previous;
    }

    /** The ten classes with the most bytes on the heap (jcmd GC.class_histogram), for the log. */
    String largestClasses() throws IOException, InterruptedException {
        return jcmd("GC.class_histogram").lines().limit(13).collect(java.util.stream.Collectors.joining("\n"));
    }

    private double usedAfterGcMiB() throws IOException, InterruptedException {
        jcmd("GC.run");
        Thread.sleep(1000);
        jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        Matcher matcher = HEAP_USED.matcher(info);
        if (!matcher.find()) {
            throw new IOException("Unexpected GC.heap_info: " + info);
        }
        return Long.parseLong(matcher.group(2)) / 1024.0;
    }

    private String jcmd(String what) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder("jcmd", String.valueOf(javaPid), what).redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
            throw new IOException("jcmd " + what + " failed: " + out);
        }
        return out;
    }

    @Override
    public void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        ProcessHandle java = ProcessHandle.of(javaPid).orElse(null);
        process.destroy();
        if (java != null && java.pid() != process.pid()) {
            java.destroy();
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
        if (java != null) {
            java.onExit().completeOnTimeout(null, 60, TimeUnit.SECONDS).join();
            if (java.isAlive()) {
                java.destroyForcibly();
            }
        }
        process = null;
    }
}
