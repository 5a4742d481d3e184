package org.secureaccess.keycloak.production;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Collections;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.keycloak.util.JsonSerialization;
import org.secureaccess.keycloak.testsupport.BuildInfo;
import org.secureaccess.keycloak.testsupport.DemoApp;
import org.secureaccess.keycloak.testsupport.EgressProxy;
import org.secureaccess.keycloak.testsupport.FakeLetterService;
import org.secureaccess.keycloak.testsupport.FakeSmsGateway;
import org.secureaccess.keycloak.testsupport.HttpBrowser;
import org.secureaccess.keycloak.testsupport.SensitiveValues;
import org.secureaccess.keycloak.testsupport.TestUsers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Two production-mode Keycloak 26.7.3 nodes with the shaded JAR on one PostgreSQL database: embedded Infinispan
 * ({@code --cache=ispn}) whose members find each other through Keycloak's default {@code jdbc-ping} stack in that
 * database, each node on loopback with HTTP, management and cache ports of its own.
 *
 * <p>Both nodes name one address, {@link #FRONT_URL}, as a cluster behind a load balancer does. No process listens
 * there: the test is the load balancer, and a {@link Route} sends each request to the node it chooses. One cookie jar
 * serves both nodes, as a browser's does behind a real load balancer.
 */
final class TwoNodeCluster implements AutoCloseable {

    static final String DATABASE = "secure_access_cluster_test";
    static final String JDBC_URL = "jdbc:postgresql://127.0.0.1:5432/" + DATABASE;
    /** The load balancer's address, which both nodes put in their pages, redirects and tokens. */
    static final String FRONT_URL = "http://localhost:28080";
    static final String REALM = "secure-access";
    static final String REALM_URL = FRONT_URL + "/realms/" + REALM;
    static final String HASH_SECRET = "cluster-tests-only-keyed-hash-secret-0123456789";
    /** The login-history retention job's interval on both nodes: short, so a test can watch several intervals. */
    static final int RETENTION_INTERVAL_SECONDS = 3;
    /**
     * Chosen at build time ({@code --spi-<spi>--provider} is a build option): texts to the loopback SMS fake through the
     * webhook sender, letters to the loopback letter fake.
     */
    static final List<String> BUILD_OPTIONS = List.of("--db=postgres", "--cache=ispn", "--health-enabled=true",
            "--metrics-enabled=true", "--spi-sms-sender--provider=webhook", "--spi-letter-sender--provider=webhook");

    /**
     * What docs/operations.md advises for production ("When the database goes away"): the pool checks a connection
     * before handing it out. Without it, connections that died with the database stay in the pool, and after the
     * database is back the first request to draw each one fails with a 500 (seen in TwoNodeClusterIT's database cut:
     * "An I/O error occurred while sending to the backend").
     */
    static final String POOL_SETTINGS = "quarkus.datasource.jdbc.validate-on-borrow=true\n";

    private static final String FRONT_AUTHORITY = URI.create(FRONT_URL).getRawAuthority();
    private static final Pattern VIEW = Pattern.compile("ISPN000094: Received new cluster view for channel ISPN: \\[[^]]*] \\((\\d+)\\)");

    /** One node: its ports never change; its installation does at an upgrade. */
    static final class Node {

        final String name;
        final int httpPort;
        final int managementPort;
        final int cachePort;
        volatile KeycloakDistribution installation;
        /** Whether the load balancer sends it the requests no route pins to a node. */
        volatile boolean inRotation;

        Node(String name, int httpPort, int managementPort, int cachePort) {
            this.name = name;
            this.httpPort = httpPort;
            this.managementPort = managementPort;
            this.cachePort = cachePort;
        }

        /** {@code front} (an address on {@link #FRONT_URL}) as this node's own address. */
        URI address(URI front) {
            // The raw text, so that every encoded character of the path and query reaches the node as the browser sent it.
            String raw = front.toString();
            return URI.create("http://127.0.0.1:" + httpPort + raw.substring(raw.indexOf(FRONT_AUTHORITY) + FRONT_AUTHORITY.length()));
        }

        /** What this node has logged since its current installation started. */
        String log() throws IOException {
            return installation.serverLog();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * Which node receives each request of one browser or application: pinned to a node the test names, or each request
     * to the next node in rotation in turn (no stickiness at all). It counts the requests each node received.
     */
    final class Route implements UnaryOperator<URI> {

        private volatile Node pinned;
        private final AtomicInteger turns = new AtomicInteger();
        private final Map<Node, AtomicInteger> served = new ConcurrentHashMap<>();

        /** From now on every request to {@code node}, whether in rotation or not. */
        Route via(Node node) {
            pinned = node;
            return this;
        }

        /** From now on each request to the next node in rotation, in turn. */
        Route alternating() {
            pinned = null;
            return this;
        }

        int served(Node node) {
            AtomicInteger count = served.get(node);
            return count == null ? 0 : count.get();
        }

        @Override
        public URI apply(URI uri) {
            if (!FRONT_AUTHORITY.equals(uri.getRawAuthority())) {
                return uri;
            }
            Node node = pinned != null ? pinned : nextInRotation(turns.getAndIncrement());
            served.computeIfAbsent(node, n -> new AtomicInteger()).incrementAndGet();
            return node.address(uri);
        }
    }

    private final Node one = new Node("node-1", 28081, 29001, 7801);
    private final Node two = new Node("node-2", 28082, 29002, 7802);
    private final List<Node> nodes = List.of(one, two);
    /** The nodes reach PostgreSQL through this link, which a test can cut (the test's own reads go direct). */
    private final DatabaseLink databaseLink = DatabaseLink.to(5432);
    private final RealmAdmin admin = new RealmAdmin(FRONT_URL, REALM, new Route());
    /** How long each stage took, for the report. */
    private final Map<String, Duration> timings = Collections.synchronizedMap(new LinkedHashMap<>());
    private final ExecutorService upgradeBuilder = Executors.newSingleThreadExecutor();
    private KeycloakDistribution built;

    Node one() {
        return one;
    }

    Node two() {
        return two;
    }

    Map<String, Duration> timings() {
        return timings;
    }

    /**
     * Unpacks and builds one installation, copies it for each node (file times kept, so no second build), and starts
     * node 1 (which imports the realm), then node 2; returns once both are ready and each sees a two-member view.
     */
    static TwoNodeCluster start() throws Exception {
        TwoNodeCluster cluster = new TwoNodeCluster();
        cluster.requirePortsFree();
        cluster.recreateDatabase();
        FakeSmsGateway.get().reset();
        SensitiveValues.record(SensitiveValues.Kind.KEYED_HASH_SECRET, HASH_SECRET);
        SensitiveValues.record(SensitiveValues.Kind.GATEWAY_TOKEN, FakeSmsGateway.AUTHORIZATION, FakeLetterService.AUTHORIZATION);

        Instant started = Instant.now();
        cluster.built = KeycloakDistribution.unpackFresh("cluster-base");
        writeClusterRealm(cluster.built.home().resolve("data/import/realm-export.json"));
        Files.writeString(cluster.built.home().resolve("conf/quarkus.properties"), POOL_SETTINGS);
        cluster.timings.put("unpack", Duration.between(started, Instant.now()));
        cluster.timed("kc.sh build", () -> cluster.built.build(BUILD_OPTIONS));
        cluster.timed("copy the built installation for both nodes", () -> {
            for (Node node : cluster.nodes) {
                node.installation = cluster.installationFor(node, cluster.built, "");
            }
        });
        for (Node node : cluster.nodes) {
            cluster.timed("start " + node + " until ready", () -> node.installation.startOptimized(cluster.startOptions(node)));
        }
        cluster.timed("both nodes see a two-member view", () -> cluster.awaitClusterOf(2, Duration.ofMinutes(2)));
        cluster.nodes.forEach(node -> node.inRotation = true);
        cluster.timings.put("cluster start in all", Duration.between(started, Instant.now()));
        return cluster;
    }

    interface Stage {
        void run() throws Exception;
    }

    void timed(String stage, Stage work) throws Exception {
        Instant start = Instant.now();
        work.run();
        timings.put(stage, Duration.between(start, Instant.now()));
    }

    /** An installation for {@code node}: a copy of {@code from} (built, never started) with the node's ports. */
    private KeycloakDistribution installationFor(Node node, KeycloakDistribution from, String suffix) {
        return from.copyAs("cluster-" + node.name + suffix)
                .listeningOn(node.httpPort, node.managementPort, node.cachePort)
                .hostname(FRONT_URL);
    }

    List<String> startOptions(Node node) {
        return List.of(
                "--http-host=127.0.0.1",
                "--db-url=jdbc:postgresql://127.0.0.1:" + databaseLink.port() + "/" + DATABASE,
                "--db-username=postgres", "--db-password=unused-with-trust-auth",
                "--cache-embedded-network-bind-address=127.0.0.1",
                "--cache-embedded-network-bind-port=" + node.cachePort,
                "--spi-secure-access-keyed-hash--hmac-sha256--secret=" + HASH_SECRET,
                // The gateways through the test's egress proxy, as the shared test server reaches them (SecureAccessServerConfig).
                "--spi-connections-http-client--default--proxy-mappings=" + EgressProxy.get().proxyMapping(),
                "--truststore-paths=" + EgressProxy.get().certificateFile(),
                "--spi-sms-sender--webhook--url=" + FakeSmsGateway.URL,
                "--spi-sms-sender--webhook--auth-header-value=" + FakeSmsGateway.AUTHORIZATION,
                "--spi-letter-sender--webhook--url=" + FakeLetterService.URL,
                "--spi-letter-sender--webhook--auth-header-value=" + FakeLetterService.AUTHORIZATION,
                "--spi-events-listener--secure-access-login-history--retention-interval-seconds=" + RETENTION_INTERVAL_SECONDS,
                // The extension's debug lines say which node recorded which sign-in, and when retention ran.
                "--log-level=INFO,org.secureaccess:debug,org.keycloak.services.error:debug");
    }

    /**
     * The demo realm without Keycloak's brute-force protection and with 100 username steps per username, so that the
     * tests reach our own limits first. With the protection on, Keycloak also turns away a person's login request while
     * another of theirs is in progress on the same node (a map in that JVM), which would decide parallel posts before
     * our limits do (as in {@code ParallelCodesIT}).
     */
    private static void writeClusterRealm(Path target) throws IOException {
        ObjectNode realm = (ObjectNode) JsonSerialization.mapper.readTree(BuildInfo.realmExport().toFile());
        realm.put("bruteForceProtected", false);
        // Keycloak's stored login events are the witness that each one wrote exactly one history row (the realm ships
        // with the store off, as DemoRealmConfig explains).
        realm.put("eventsEnabled", true);
        for (JsonNode config : realm.withArray("authenticatorConfig")) {
            if ("sa-amr-pwd".equals(config.path("alias").asText())) {
                ((ObjectNode) config.get("config")).put("usernameAttemptsPerUsername", "100");
            }
        }
        Files.writeString(target, JsonSerialization.mapper.writeValueAsString(realm));
    }

    /** Every port either node takes, checked before anything starts, with what to do about one in use. */
    private void requirePortsFree() {
        List<String> taken = new ArrayList<>();
        for (Node node : nodes) {
            for (int port : List.of(node.httpPort, node.managementPort, node.cachePort)) {
                try (java.net.Socket probe = new java.net.Socket()) {
                    probe.connect(new java.net.InetSocketAddress("127.0.0.1", port), 500);
                    taken.add(String.valueOf(port));
                } catch (IOException free) {
                    // as it should be
                }
            }
        }
        if (!taken.isEmpty()) {
            throw new AssertionError("The two-node cluster needs loopback ports 28081, 29001, 7801 (node 1) and 28082, 29002, 7802 "
                    + "(node 2); in use: " + taken + ". Stop what holds them (`ss -ltnp | grep -E ':(" + String.join("|", taken)
                    + ")\\b'` names it), or skip this suite with -Dsecureaccess.skipClusterTests=true.");
        }
    }

    private void recreateDatabase() throws SQLException {
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + DATABASE);
        }
    }

    // ---- the load balancer ---------------------------------------------------------------------------------------------

    Route route() {
        return new Route();
    }

    private Node nextInRotation(int turn) {
        List<Node> live = nodes.stream().filter(node -> node.inRotation).toList();
        if (live.isEmpty()) {
            throw new IllegalStateException("No node is in rotation");
        }
        return live.get(Math.floorMod(turn, live.size()));
    }

    HttpBrowser browser(Route route) {
        return new HttpBrowser(FRONT_URL, route);
    }

    DemoApp app(Route route) throws IOException {
        return new DemoApp(REALM_URL, "demo-app", route);
    }

    // ---- nodes: views, crashes, upgrades -------------------------------------------------------------------------------

    /** The member count of the last cluster view {@code node} logged, 0 before its first. */
    int viewSize(Node node) throws IOException {
        Matcher view = VIEW.matcher(node.log());
        int size = 0;
        while (view.find()) {
            size = Integer.parseInt(view.group(1));
        }
        return size;
    }

    /** Waits until every running node's last view has {@code members} members. */
    void awaitClusterOf(int members, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            Map<Node, Integer> views = new LinkedHashMap<>();
            for (Node node : nodes) {
                if (node.installation.isRunning()) {
                    views.put(node, viewSize(node));
                }
            }
            if (views.values().stream().allMatch(size -> size == members)) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("No " + members + "-member cluster view within " + timeout.toSeconds() + " s; last views " + views);
            }
            Thread.sleep(250);
        }
    }

    /** SIGKILL to the node's JVM; the load balancer stops sending it requests. */
    void kill(Node node) throws InterruptedException {
        node.inRotation = false;
        node.installation.kill();
    }

    /**
     * A rebuilt extension JAR: every entry of the one under test plus a resource of its own, so that its bytes and its
     * file time differ, as a patch release's would.
     */
    static Path rebuiltExtensionJar() throws IOException {
        Path jar = BuildInfo.buildDirectory().resolve("cluster-upgrade").resolve(BuildInfo.extensionJar().getFileName());
        Files.createDirectories(jar.getParent());
        try (InputStream in = Files.newInputStream(BuildInfo.extensionJar());
             ZipInputStream entries = new ZipInputStream(in);
             OutputStream out = Files.newOutputStream(jar);
             ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                copy.putNextEntry(new ZipEntry(entry.getName()));
                entries.transferTo(copy);
                copy.closeEntry();
            }
            copy.putNextEntry(new ZipEntry("META-INF/secure-access-cluster-upgrade.txt"));
            copy.write(("Rebuilt for the rolling-restart test at " + Instant.now() + "\n").getBytes(StandardCharsets.UTF_8));
            copy.closeEntry();
        }
        return jar;
    }

    /**
     * A new installation built with {@code jar}, which neither node runs yet, built on a thread of its own while the
     * nodes serve (as an image is built before a rolling upgrade), so that a node is down only for its own stop and start.
     */
    CompletableFuture<KeycloakDistribution> buildUpgrade(Path jar) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                KeycloakDistribution upgrade = built.copyAs("cluster-base-upgraded");
                upgrade.replaceExtensionJar(jar);
                timed("kc.sh build with the rebuilt JAR (beside the running nodes)", () -> upgrade.build(BUILD_OPTIONS));
                return upgrade;
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, upgradeBuilder);
    }

    /**
     * Takes {@code node} out of rotation, stops it gracefully (a killed node is already down), starts it from
     * {@code upgrade} and puts it back once it is ready and in a two-member view again.
     */
    void restartOn(Node node, KeycloakDistribution upgrade) throws Exception {
        node.inRotation = false;
        timed("stop " + node, node.installation::stop);
        node.installation = installationFor(node, upgrade, "-upgraded");
        timed("start upgraded " + node + " until ready", () -> node.installation.startOptimized(startOptions(node)));
        timed("upgraded " + node + " in a two-member view", () -> awaitClusterOf(2, Duration.ofMinutes(2)));
        node.inRotation = true;
    }

    @Override
    public void close() throws Exception {
        upgradeBuilder.shutdownNow();
        for (Node node : nodes) {
            if (node.installation != null) {
                node.installation.stop();
            }
        }
        databaseLink.close();
    }

    DatabaseLink databaseLink() {
        return databaseLink;
    }

    // ---- the admin API, through the load balancer ------------------------------------------------------------------------

    HttpResponse<String> admin(String method, String path, String contentType, String body) throws Exception {
        return admin.send(method, path, contentType, body);
    }

    /** A person with {@link TestUsers#PASSWORD}, a site phrase, and (when {@code provedEarlier}) identity proofing done before. */
    String createUser(String username, boolean provedEarlier) throws Exception {
        return admin.createUser(username, provedEarlier);
    }

    /** Gives the person a verified phone for texted codes, through our admin endpoint. */
    void setPhone(String userId, String e164) throws Exception {
        admin.setPhone(userId, e164);
    }

    void mergeReferenceRecords(String... rows) throws Exception {
        admin.mergeReferenceRecords(rows);
    }

    String realmId() throws Exception {
        return admin.realmId();
    }

    // ---- the shared database ---------------------------------------------------------------------------------------------

    Connection db() throws SQLException {
        return DriverManager.getConnection(JDBC_URL, "postgres", "");
    }

    long count(String sql, Object... parameters) throws SQLException {
        try (Connection db = db(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    int update(String sql, Object... parameters) throws SQLException {
        try (Connection db = db(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    /** One row of our security counters, as the database holds it. */
    record Counter(int hits, int runTotal, long lockedUntil) {
    }

    /**
     * The security counter {@code counter} of {@code subject} (a user id, a phone number), found by its id: the keyed
     * hash the extension makes of realm, counter and subject with the secret both nodes are given.
     */
    Optional<Counter> counter(String counter, String subject) throws Exception {
        String id = keyedHash("security-counter", realmId() + "|" + counter + "|" + subject);
        try (Connection db = db(); PreparedStatement statement = db.prepareStatement(
                "SELECT HITS, RUN_TOTAL, LOCKED_UNTIL FROM SA_SECURITY_COUNTER WHERE ID = ?")) {
            statement.setString(1, id);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(new Counter(row.getInt(1), row.getInt(2), row.getLong(3))) : Optional.empty();
            }
        }
    }

    private static String keyedHash(String purpose, String value) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(HASH_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update(purpose.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    }
}
