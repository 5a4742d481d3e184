package org.secureaccess.bench;

import static org.secureaccess.bench.BenchmarkRunner.log;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.secureaccess.bench.BenchmarkRunner.Pair;
import org.secureaccess.bench.BenchmarkRunner.Scenario;

/**
 * The two-node run: ours beside stock on one cluster of two production-mode nodes on PostgreSQL, then the database
 * work of one login of each flow, measured alone: the statements Keycloak sends (counted on the wire by
 * {@link StatementCounter}) and the rows and transactions PostgreSQL records ({@code pg_stat_database}).
 */
final class ClusterBenchmark {

    static final String DATABASE = "sa_bench_cluster";
    static final int COUNTER_PORT = 15432;

    /**
     * The load and data sizes. {@code statisticsDelaySeconds}: how long each database-work window waits after its load,
     * long enough for PostgreSQL's idle backends to publish their statistics (they do within 10 s). The smoke, whose
     * figures only show that every path works, waits a second, so that its sleeping does not lengthen the test run.
     */
    record Sizes(int appUsers, int phoneUsers, int concurrency, int seconds, int rounds, int maxWarmupRounds, int workSeconds,
                 int statisticsDelaySeconds) {
        static Sizes full() {
            // 1000 app users per realm: each signs in by app at most once per 30-second step. Six rounds of both pairs
            // after at most ten of warm-up; 20 s of each flow alone for its database work.
            return new Sizes(1000, 600, 8, 15, 6, 10, 20, 12);
        }

        static Sizes smoke() {
            return new Sizes(48, 24, 2, 3, 1, 0, 4, 1);
        }
    }

    /** The database work of one flow's window, and the logins it completed. */
    record Work(String scenario, long logins, long errors, Map<String, Long> statements, DatabaseStatistics statistics, double seconds,
                double loginsPerSecond, double cpuMsPerLogin) {

        double perLogin(long value) {
            return logins == 0 ? Double.NaN : value / (double) logins;
        }

        long writes() {
            return statements.entrySet().stream().filter(e -> isWrite(e.getKey()) && !isBackground(e.getKey()))
                    .mapToLong(Map.Entry::getValue).sum();
        }

        long count(String kind) {
            return statements.entrySet().stream().filter(e -> e.getKey().equals(kind) || e.getKey().startsWith(kind + " "))
                    .filter(e -> !isBackground(e.getKey())).mapToLong(Map.Entry::getValue).sum();
        }
    }

    /** Counters of {@code pg_stat_database} for the benchmark's database. */
    record DatabaseStatistics(long commits, long rollbacks, long inserted, long updated, long deleted) {
        DatabaseStatistics minus(DatabaseStatistics other) {
            return new DatabaseStatistics(commits - other.commits, rollbacks - other.rollbacks, inserted - other.inserted,
                    updated - other.updated, deleted - other.deleted);
        }

        /** This window's counts less the background's rate over {@code seconds}. */
        DatabaseStatistics lessBackground(DatabaseStatistics background, double backgroundSeconds, double seconds) {
            double f = seconds / backgroundSeconds;
            return new DatabaseStatistics(commits - Math.round(background.commits * f), rollbacks - Math.round(background.rollbacks * f),
                    inserted - Math.round(background.inserted * f), updated - Math.round(background.updated * f),
                    deleted - Math.round(background.deleted * f));
        }
    }

    /** What the run found. */
    static final class Outcome {
        final List<Pairing> pairings = new ArrayList<>();
        final List<Work> work = new ArrayList<>();
        Work background;
        long warmupErrors;
        final List<String> warmupRounds = new ArrayList<>();
        boolean warmupLevelled;
        Duration wall;
    }

    static boolean isWrite(String key) {
        return key.startsWith("insert ") || key.startsWith("update ") || key.startsWith("delete ");
    }

    /** Cluster membership ({@code jdbc-ping}'s table): the nodes' own traffic, not any login's. */
    static boolean isBackground(String key) {
        return key.contains("JGROUPS");
    }

    private ClusterBenchmark() {
    }

    static Outcome run(Sizes sizes, boolean smoke, Path jar, Path realmExport, Path dist, Path work, SmsSink sink, int smsPort,
                       CpuSplit cpus) throws Exception {
        Outcome outcome = new Outcome();
        long started = System.nanoTime();
        BenchmarkRunner.postgres("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        BenchmarkRunner.postgres("CREATE DATABASE " + DATABASE);
        List<String> dbOptions = List.of("--db-url=jdbc:postgresql://127.0.0.1:" + COUNTER_PORT + "/" + DATABASE + "?sslmode=disable",
                "--db-username=postgres", "--db-password=postgres");
        Path firstWork = work.resolve("node-1");
        Files.createDirectories(firstWork);
        log("=== cluster: installing node 1 under " + firstWork);
        Path firstHome = KeycloakServer.install(dist, firstWork, jar);
        BenchmarkRunner.deleteTree(firstHome.resolve("data"));
        List<String> realms = Seeder.writeRealms(realmExport, firstHome.resolve("data/import"));
        List<KeycloakServer> nodes = new ArrayList<>();
        nodes.add(new KeycloakServer(firstHome, nodeLog(work, 1), dbOptions, smsPort, cpus, smoke, Cluster.PORTS.get(0), true));
        log("building node 1, and copying its installation for node 2");
        Path secondHome = nodes.get(0).copyBuiltInstallation(work.resolve("node-2"));
        // The second node finds the realms in the database: only the first imports them.
        BenchmarkRunner.deleteTree(secondHome.resolve("data/import"));
        nodes.add(new KeycloakServer(secondHome, nodeLog(work, 2), dbOptions, smsPort, cpus, smoke, Cluster.PORTS.get(1), true)
                .alreadyBuilt());
        Cluster cluster = new Cluster(nodes);
        try (StatementCounter counter = new StatementCounter(COUNTER_PORT, 5432)) {
            log("starting two production-mode nodes");
            long t = System.nanoTime();
            cluster.start();
            log("two-member cluster ready in " + (System.nanoTime() - t) / 1_000_000_000 + " s");
            String realm = realms.get(0);
            Admin admin = new Admin(cluster.adminUrl());
            Seeder seeder = new Seeder(admin, realm);
            Seeder control = new Seeder(admin, realms.get(1));
            seeder.bindStockFlow();
            control.bindStockFlow();
            t = System.nanoTime();
            UserPool app = seeder.appUsers("app", sizes.appUsers());
            UserPool phones = seeder.phoneUsers("sms", sizes.phoneUsers());
            UserPool controlApp = control.appUsers("app", sizes.appUsers());
            log("created " + (app.size() + phones.size() + controlApp.size()) + " people in " + (System.nanoTime() - t) / 1_000_000 + " ms");

            Scenario stock = new Scenario("Stock Keycloak: password + OTP form", Plan.Flow.STOCK, false, realms.get(1), controlApp);
            Scenario ours = new Scenario("Ours: app code", Plan.Flow.APP, true, realm, app);
            Scenario texted = new Scenario("Ours: text-message code", Plan.Flow.SMS, true, realm, phones);
            List<Pair> pairs = List.of(new Pair("Ours (app code) beside stock", stock, ours),
                    new Pair("Ours (text-message code) beside stock", stock, texted));
            Path results = work.resolve("gatling-cluster");
            BenchmarkRunner.deleteTree(results);
            // Two JVMs warm up on the server's cores: as in the one-node run, rounds of both pairs until a round's
            // throughput is within 5% of the one before and the JIT compilers took at most 3% of the nodes' CPU time.
            double previous = 0;
            for (int round = 1; round <= sizes.maxWarmupRounds(); round++) {
                long cpuBefore = cluster.cpuMillis();
                long jitBefore = cluster.jitMillis();
                long logins = 0;
                for (Pair pair : pairs) {
                    List<Result> lanes = BenchmarkRunner.measure(cluster, List.of(pair.reference(), pair.measured()), sizes.concurrency(),
                            sizes.seconds(), sink, results.resolve("warmup"), false);
                    outcome.warmupErrors += lanes.stream().mapToLong(Result::errors).sum();
                    logins += lanes.stream().mapToLong(r -> r.logins).sum();
                }
                double rate = logins / (double) (pairs.size() * sizes.seconds());
                double jitShare = (cluster.jitMillis() - jitBefore) / (double) Math.max(1, cluster.cpuMillis() - cpuBefore);
                outcome.warmupRounds.add(String.format(java.util.Locale.ROOT, "%.1f (JIT %.0f%%)", rate, 100 * jitShare));
                log(String.format("warm-up round %d: %.2f logins/s, JIT compile time %.1f%% of the nodes' CPU time", round, rate, 100 * jitShare));
                if (BenchmarkRunner.warmedUp(round, rate, previous, jitShare)) {
                    outcome.warmupLevelled = true;
                    break;
                }
                previous = rate;
            }
            Map<Pair, Pairing> paired = new LinkedHashMap<>();
            pairs.forEach(p -> paired.put(p, new Pairing(p.name(), p.reference().result(), p.measured().result())));
            for (int round = 1; round <= sizes.rounds(); round++) {
                for (int i = 0; i < pairs.size(); i++) {
                    Pair pair = pairs.get((i + round - 1) % pairs.size());
                    log("measuring (round " + round + " of " + sizes.rounds() + "): " + pair.name());
                    List<Result> lanes = BenchmarkRunner.measure(cluster, List.of(pair.reference(), pair.measured()), sizes.concurrency(),
                            sizes.seconds(), sink, results.resolve("run"), false);
                    paired.get(pair).add(new Pairing(pair.name(), lanes.get(0), lanes.get(1)));
                }
            }
            outcome.pairings.addAll(paired.values());

            log("database work: the cluster idle for " + sizes.workSeconds() + " s");
            Duration statisticsDelay = Duration.ofSeconds(sizes.statisticsDelaySeconds());
            Thread.sleep(statisticsDelay.toMillis());
            outcome.background = window("Background (no logins)", counter, statisticsDelay, () -> {
                Thread.sleep(sizes.workSeconds() * 1000L);
                return null;
            });
            for (Scenario scenario : List.of(stock, ours, texted)) {
                log("database work: " + scenario.name() + " alone for " + sizes.workSeconds() + " s");
                outcome.work.add(window(scenario.name(), counter, statisticsDelay, () -> BenchmarkRunner.measure(cluster, List.of(scenario),
                        sizes.concurrency(), sizes.workSeconds(), sink, results.resolve("work"), false).get(0)));
            }
            if (counter.encryptedConnections() > 0) {
                throw new IllegalStateException(counter.encryptedConnections() + " database connection(s) were encrypted and not counted");
            }
        } finally {
            cluster.stop();
            BenchmarkRunner.postgres("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        }
        outcome.wall = Duration.ofNanos(System.nanoTime() - started);
        log("=== cluster done in " + outcome.wall.toSeconds() + " s");
        return outcome;
    }

    private static Path nodeLog(Path work, int node) throws java.io.IOException {
        Path log = work.resolve("keycloak-node-" + node + ".log");
        Files.deleteIfExists(log);
        return log;
    }

    interface Load {
        Result run() throws Exception;
    }

    /**
     * The statements and statistics of {@code load}: counted from its start until PostgreSQL has published what it
     * did (the statistics lag by up to 10 s, so the window ends {@code statisticsDelay} after the load).
     */
    private static Work window(String name, StatementCounter counter, Duration statisticsDelay, Load load) throws Exception {
        Map<String, Long> before = counter.snapshot();
        DatabaseStatistics statsBefore = statistics();
        long start = System.nanoTime();
        Result result = load.run();
        Thread.sleep(statisticsDelay.toMillis());
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Long> after = counter.snapshot();
        Map<String, Long> delta = new LinkedHashMap<>();
        after.forEach((k, v) -> {
            long d = v - before.getOrDefault(k, 0L);
            if (d != 0) {
                delta.put(k, d);
            }
        });
        long logins = result == null ? 0 : result.completedLogins;
        long errors = result == null ? 0 : result.errors();
        return new Work(name, logins, errors, delta, statistics().minus(statsBefore), seconds,
                result == null ? Double.NaN : result.loginsPerSecond(), result == null ? Double.NaN : result.cpuMsPerLogin());
    }

    private static DatabaseStatistics statistics() throws Exception {
        try (Connection connection = DriverManager.getConnection(BenchmarkRunner.PG_ADMIN_URL, "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT xact_commit, xact_rollback, tup_inserted, tup_updated, tup_deleted "
                     + "FROM pg_stat_database WHERE datname = '" + DATABASE + "'")) {
            if (!row.next()) {
                throw new IllegalStateException("No statistics for " + DATABASE);
            }
            return new DatabaseStatistics(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5));
        }
    }
}
