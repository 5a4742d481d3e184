package org.secureaccess.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The one program behind benchmarks/run.sh (full) and the smoke in the root build: for each database it starts its own
 * Keycloak with the extension, seeds the realm and people, runs the scenarios one after another with Gatling and
 * writes the results as Markdown. Exits 1 when any request failed (a KO) or any login did not complete.
 */
public final class BenchmarkRunner {

    /** The load and data sizes of a mode. */
    record Sizes(int appUsers, int phoneUsers, int heavyUsers, int lightUsers, int heavyRows, int lightRows, long tableRows,
                 int concurrency, int seconds, int rounds, int warmupSeconds, int maxWarmupRounds, int historySeconds,
                 int historyRepeats) {
        static Sizes full() {
            // Scenarios 1-4 run in rounds, each round in a rotated order (1234, 2341, 3412, 4123, then again), so that
            // every scenario runs equally often in every position and drift spreads evenly over all of them. Eight
            // rounds, not four: on 2 shared cores one 15-second window of a scenario varies by up to 25%.
            // 1000 app users: a person signs in by app once per 30-second step, and two runs may share a step.
            // 600 phone users: 9 texts each per 10 minutes leave room for ten warm-up rounds and eight rounds at ~20 logins/s.
            return new Sizes(1000, 600, 10, 8, 100_000, 10, 1_000_000, 8, 15, 8, 15, 10, 25, 10);
        }

        static Sizes smoke() {
            // No history rows are seeded in the smoke (H2 would need a restart): it checks that every path works.
            return new Sizes(48, 8, 8, 8, 0, 0, 0, 2, 3, 1, 0, 0, 3, 2);
        }

        boolean seedsHistory() {
            return tableRows > 0;
        }
    }

    /** One database's run. */
    static final class DbRun {
        final String db;
        final List<Result> results = new ArrayList<>();
        final List<Double> warmupRates = new ArrayList<>();
        /** Per warm-up round: the JIT compilers' time as a share of the server's CPU time. */
        final List<Double> warmupJitShares = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        double heapBeforeMiB;
        double heapAfterMiB;
        boolean heapComparable = true;
        long warmupErrors;
        long seededRows;
        Duration wall;

        DbRun(String db) {
            this.db = db;
        }
    }

    static final double MAX_JIT_SHARE_WHEN_WARM = 0.03;
    static final String PG_DB = "sa_bench";
    static final String H2_PASSWORD = "benchmark-h2";
    static final String PG_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/" + PG_DB;

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] kv = arg.replaceFirst("^--", "").split("=", 2);
            options.put(kv[0], kv.length > 1 ? kv[1] : "true");
        }
        boolean smoke = "smoke".equals(options.getOrDefault("mode", "full"));
        Sizes sizes = smoke ? Sizes.smoke() : Sizes.full();
        String dbChoice = options.getOrDefault("db", "both");
        List<String> dbs = "both".equals(dbChoice) ? List.of("h2", "postgres") : List.of(dbChoice);
        Path jar = Path.of(required(options, "jar")).toAbsolutePath();
        Path realmExport = Path.of(required(options, "realm-export")).toAbsolutePath();
        Path dist = Path.of(required(options, "dist")).toAbsolutePath();
        Path work = Path.of(options.getOrDefault("work", "target/work")).toAbsolutePath();
        Path out = Path.of(options.getOrDefault("out", "target/benchmarks.md")).toAbsolutePath();
        int smsPort = Integer.parseInt(options.getOrDefault("sms-port", "8190"));
        for (Path file : List.of(jar, realmExport, dist)) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("Missing " + file);
            }
        }
        Files.createDirectories(work);
        KeycloakServer.requireFree(KeycloakServer.HTTP_PORT, KeycloakServer.MANAGEMENT_PORT, smsPort);

        Instant started = Instant.now();
        List<DbRun> runs = new ArrayList<>();
        long errors = 0;
        try (SmsSink sink = new SmsSink(smsPort)) {
            for (String db : dbs) {
                DbRun run = runDatabase(db, sizes, smoke, jar, realmExport, dist, work, sink, smsPort);
                runs.add(run);
                errors += run.warmupErrors + run.results.stream().mapToLong(Result::errors).sum();
            }
            errors += sink.refused();
        }
        String report = Report.markdown(runs, sizes, smoke, started, options.get("note"));
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
        System.out.println("Written to " + out);
        if (errors > 0) {
            System.err.println("BENCHMARK FAILED: " + errors + " error(s) under load (KOs, unfinished logins or refused texts); see above.");
            System.exit(1);
        }
        System.exit(0);
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + "=... is required");
        }
        return value;
    }

    private static void log(String message) {
        System.out.printf("[bench %tT] %s%n", System.currentTimeMillis(), message);
    }

    static DbRun runDatabase(String db, Sizes sizes, boolean smoke, Path jar, Path realmExport, Path dist, Path work,
                             SmsSink sink, int smsPort) throws Exception {
        DbRun run = new DbRun(db);
        restarted = false;
        long dbStart = System.nanoTime();
        log("=== " + db + ": installing Keycloak under " + work);
        Path home = KeycloakServer.install(dist, work, jar);
        Path log = work.resolve("keycloak-" + db + ".log");
        Files.deleteIfExists(log);
        List<String> dbOptions;
        String h2Url = null;
        if ("h2".equals(db)) {
            deleteTree(home.resolve("data/h2"));
            // Known credentials for the embedded file, so the seeder can open it while the server is stopped.
            dbOptions = List.of("--db=dev-file", "--db-username=sa", "--db-password=" + H2_PASSWORD);
            h2Url = "jdbc:h2:file:" + home.resolve("data/h2/keycloakdb") + ";NON_KEYWORDS=VALUE";
        } else if ("postgres".equals(db)) {
            postgres("DROP DATABASE IF EXISTS " + PG_DB + " WITH (FORCE)");
            postgres("CREATE DATABASE " + PG_DB);
            dbOptions = List.of("--db=postgres", "--db-url=" + PG_URL, "--db-username=postgres", "--db-password=postgres");
        } else {
            throw new IllegalArgumentException("Unknown database " + db + " (h2 or postgres)");
        }
        String realm = Seeder.writeRealm(realmExport, home.resolve("data/import"));
        KeycloakServer server = new KeycloakServer(home, log, dbOptions, smsPort);
        try {
            log("starting Keycloak (" + db + "), log: " + log);
            server.start();
            Admin admin = new Admin(KeycloakServer.baseUrl());
            Seeder seeder = new Seeder(admin, realm);
            seeder.bindStockFlow();
            long t = System.nanoTime();
            UserPool app = seeder.appUsers("app", sizes.appUsers());
            UserPool phones = seeder.phoneUsers("sms", sizes.phoneUsers());
            UserPool heavy = seeder.appUsers("heavy", sizes.heavyUsers());
            UserPool light = seeder.appUsers("light", sizes.lightUsers());
            log("created " + (app.size() + phones.size() + heavy.size() + light.size()) + " people in "
                    + (System.nanoTime() - t) / 1_000_000 + " ms");
            String heavyLabel = sizes.seedsHistory() ? String.format("%,d rows", sizes.heavyRows()) : "few rows (not seeded)";
            String lightLabel = sizes.seedsHistory() ? sizes.lightRows() + " rows" : "few rows";
            if (sizes.seedsHistory()) {
                String realmId = seeder.realmId();
                List<String> heavyIds = heavy.users().stream().map(u -> u.id).toList();
                List<String> lightIds = light.users().stream().map(u -> u.id).toList();
                t = System.nanoTime();
                if ("h2".equals(db)) {
                    log("stopping Keycloak to seed the H2 file");
                    server.stop();
                    run.seededRows = HistorySeeder.seedH2(h2Url, H2_PASSWORD, realmId, heavyIds, sizes.heavyRows(), lightIds, sizes.lightRows(), sizes.tableRows());
                    log("seeded " + run.seededRows + " history rows in " + (System.nanoTime() - t) / 1_000_000 + " ms; restarting");
                    server.start();
                } else {
                    run.seededRows = HistorySeeder.seedPostgres(PG_URL, realmId, heavyIds, sizes.heavyRows(), lightIds, sizes.lightRows(), sizes.tableRows());
                    log("seeded " + run.seededRows + " history rows in " + (System.nanoTime() - t) / 1_000_000 + " ms");
                }
            }
            Path results = work.resolve("gatling-" + db);
            deleteTree(results);

            if (sizes.warmupSeconds() > 0) {
                // Keycloak speeds up for minutes after a start: its JIT compilers share the 2 cores with the load and
                // take minutes to catch up. Warm up in rounds until one round's throughput is within 5% of the round
                // before and the compilers' time in the round (wall-clock, from java.ci.totalTime, so inflated while
                // they wait for the busy cores) is at most 3% of the server's CPU time, so the measured rounds start level.
                double previous = 0;
                for (int round = 1; round <= sizes.maxWarmupRounds(); round++) {
                    long cpuBefore = server.cpuMillis();
                    long jitBefore = server.jitMillis();
                    double rate = warmUpFlows("warm-up " + round, server, run, sizes, realm, app, phones, sink, seeder, results);
                    double jitShare = (server.jitMillis() - jitBefore) / (double) Math.max(1, server.cpuMillis() - cpuBefore);
                    run.warmupRates.add(rate);
                    run.warmupJitShares.add(jitShare);
                    log(String.format("warm-up round %d: %.2f logins/s, JIT compile time %.1f%% of the server's CPU time", round, rate, 100 * jitShare));
                    if (round >= 2 && Math.abs(rate - previous) <= 0.05 * previous && jitShare <= MAX_JIT_SHARE_WHEN_WARM) {
                        break;
                    }
                    previous = rate;
                }
                if (sizes.seedsHistory()) {
                    // Reading the heavy people's rows once fills the database's page cache (H2's is in Keycloak's heap)
                    // before the first heap reading, as it will be after the measured history run.
                    Result warm = measure(server, new Result("warm-up " + Plan.Flow.HISTORY, Plan.Flow.HISTORY, true),
                            new Plan(Plan.Flow.HISTORY, sizes.concurrency(), sizes.warmupSeconds(), KeycloakServer.baseUrl(), realm, null,
                                    heavy, light, heavyLabel, lightLabel, sizes.historyRepeats(), sink),
                            results.resolve("warmup"), listener(seeder, true), true);
                    run.warmupErrors += warm.errors();
                }
            }
            seeder.settleForHeapReading();
            run.heapBeforeMiB = server.heapAfterGcMiB();
            log(String.format("heap after GC before the measured runs: %.1f MiB", run.heapBeforeMiB));
            if (sizes.warmupSeconds() > 0) {
                // The heap reading emptied Keycloak's caches: refill them, or the first measured scenario pays for it.
                warmUpFlows("refill after the heap reading", server, run, sizes, realm, app, phones, sink, seeder, results);
            }

            record Step(String name, Plan.Flow flow, boolean listener, UserPool pool) {
            }
            List<Step> steps = List.of(
                    new Step("1. Stock Keycloak: password + OTP form", Plan.Flow.STOCK, false, app),
                    new Step("2. Ours: app code", Plan.Flow.APP, true, app),
                    new Step("3. Ours: text-message code", Plan.Flow.SMS, true, phones),
                    new Step("4. Ours: app code, history listener off", Plan.Flow.APP, false, app));
            Map<String, Result> merged = new java.util.LinkedHashMap<>();
            for (Step step : steps) {
                merged.put(step.name(), new Result(step.name(), step.flow(), step.listener()));
            }
            for (int round = 1; round <= sizes.rounds(); round++) {
                for (int i = 0; i < steps.size(); i++) {
                    Step step = steps.get((i + round - 1) % steps.size());
                    log("measuring (round " + round + " of " + sizes.rounds() + "): " + step.name());
                    Result result = measure(server, new Result(step.name(), step.flow(), step.listener()),
                            new Plan(step.flow(), sizes.concurrency(), sizes.seconds(), KeycloakServer.baseUrl(), realm, step.pool(),
                                    null, null, null, null, 0, sink),
                            results.resolve("run"), listener(seeder, step.listener()), false);
                    merged.get(step.name()).add(result);
                }
            }
            run.results.addAll(merged.values());
            log("measuring: history page and API");
            run.results.add(measure(server, new Result("5. Security page and history API", Plan.Flow.HISTORY, true),
                    new Plan(Plan.Flow.HISTORY, sizes.concurrency(), sizes.historySeconds(), KeycloakServer.baseUrl(), realm, null,
                            heavy, light, heavyLabel, lightLabel, sizes.historyRepeats(), sink),
                    results.resolve("run"), listener(seeder, true), !smoke));

            if (!server.alive()) {
                server.stop();
                server.start();
                restarted = true;
            }
            seeder.settleForHeapReading();
            run.heapAfterMiB = server.heapAfterGcMiB();
            if (restarted) {
                run.notes.add("The server was stopped from outside during the measured runs (another program on the shared machine) "
                        + "and started again; the affected run was repeated. The heap comparison is therefore not meaningful.");
                run.heapComparable = false;
            }
            log(String.format("heap after GC after the measured runs: %.1f MiB", run.heapAfterMiB));
            long waits = run.results.stream().filter(r -> r.flow != Plan.Flow.HISTORY).mapToLong(r -> r.poolWaits).sum();
            if (waits > 0) {
                run.notes.add("Virtual users waited " + waits + " times for a free person (pool too small for the load).");
            }
        } finally {
            server.stop();
            if ("postgres".equals(db)) {
                postgres("DROP DATABASE IF EXISTS " + PG_DB + " WITH (FORCE)");
            }
        }
        run.wall = Duration.ofNanos(System.nanoTime() - dbStart);
        log("=== " + db + " done in " + run.wall.toSeconds() + " s");
        return run;
    }

    /** Scenarios 1-3 once each at warm-up length; returns their logins per second together. */
    private static double warmUpFlows(String label, KeycloakServer server, DbRun run, Sizes sizes, String realm, UserPool app,
                                      UserPool phones, SmsSink sink, Seeder seeder, Path results) throws Exception {
        long logins = 0;
        long seconds = 0;
        for (Plan.Flow flow : List.of(Plan.Flow.STOCK, Plan.Flow.APP, Plan.Flow.SMS)) {
            Result warm = measure(server, new Result(label + " " + flow, flow, flow != Plan.Flow.STOCK),
                    new Plan(flow, sizes.concurrency(), sizes.warmupSeconds(), KeycloakServer.baseUrl(), realm,
                            flow == Plan.Flow.SMS ? phones : app, null, null, null, null, 0, sink),
                    results.resolve("warmup"), listener(seeder, flow != Plan.Flow.STOCK), false);
            run.warmupErrors += warm.errors();
            logins += warm.logins;
            seconds += warm.seconds;
        }
        return logins / (double) seconds;
    }

    /** Set when the server had to be started again during the measured runs (the heap comparison then means nothing). */
    static volatile boolean restarted;

    /**
     * {@link #measureOnce} again, after starting the server again, when the server was stopped from outside during the
     * run (on a shared machine, other programs' clean-ups have stopped it); at most twice.
     */
    static Result measure(KeycloakServer server, Result result, Plan plan, Path resultsFolder, Runnable beforeRun,
                          boolean alignToStep) throws Exception {
        for (int attempt = 1; ; attempt++) {
            if (!server.alive()) {
                log("the server was stopped from outside; starting it again");
                server.stop();
                server.start();
                restarted = true;
            }
            beforeRun.run();
            Plan fresh = plan.copy();
            Result r = measureOnce(server, new Result(result.scenario, result.flow, result.historyListener), fresh, resultsFolder,
                    alignToStep);
            if (server.alive() || attempt == 3) {
                return r;
            }
            log("the server was stopped from outside during '" + result.scenario + "'; repeating it");
        }
    }

    /** One Gatling run of {@link LoginSimulation}; CPU and completed logins are read over the first {@code seconds}. */
    static Result measureOnce(KeycloakServer server, Result result, Plan plan, Path resultsFolder, boolean alignToStep)
            throws Exception {
        Files.createDirectories(resultsFolder);
        // The history run's few people sign in by app once per 30-second step: it starts at a fresh step, so that it
        // never waits for the codes that the run before used. The other pools are large enough not to wait.
        if (alignToStep) {
            long toNextStep = Totp.STEP_MILLIS - System.currentTimeMillis() % Totp.STEP_MILLIS;
            Thread.sleep(toNextStep + 300);
        }
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        long[] cpu = new long[2];
        long[] logins = {-1};
        long window = TimeUnit.SECONDS.toNanos(plan.seconds);
        plan.onStart = () -> {
            try {
                cpu[0] = server.cpuMillis();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            timer.schedule(() -> {
                try {
                    cpu[1] = server.cpuMillis();
                } catch (IOException e) {
                    cpu[1] = -1;
                }
                logins[0] = plan.loginsWithin(window);
            }, plan.seconds, TimeUnit.SECONDS);
        };
        if (plan.pool != null) {
            plan.pool.resetWaits();
        }
        Plan.set(plan);
        try {
            int status = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] {
                    "--simulation", LoginSimulation.class.getName(),
                    "--results-folder", resultsFolder.toString(),
                    "--run-description", result.scenario});
            if (status != 0) {
                System.err.println("Gatling ended with status " + status + " for " + result.scenario);
            }
        } finally {
            Plan.set(null);
            timer.shutdown();
            timer.awaitTermination(plan.seconds + 5L, TimeUnit.SECONDS);
        }
        result.readGatlingKo(resultsFolder);
        result.addSamples(plan.stepNanos());
        result.runs = 1;
        result.seconds = plan.seconds;
        result.logins = logins[0] < 0 ? plan.loginsCompleted() : logins[0];
        result.cpuMs = cpu[1] < 0 ? 0 : cpu[1] - cpu[0];
        result.failedLogins = plan.failedLogins.get();
        result.poolWaits = (plan.pool != null ? plan.pool.waits() : 0)
                + (plan.heavy != null ? plan.heavy.waits() + plan.light.waits() : 0);
        log(String.format("  %s: %.2f logins/s, %.0f ms CPU/login, %d KO, %d unfinished logins", result.scenario,
                result.loginsPerSecond(), result.cpuMsPerLogin(), result.ko, result.failedLogins));
        return result;
    }

    private static Runnable listener(Seeder seeder, boolean on) {
        return () -> {
            try {
                seeder.historyListener(on);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static void postgres(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(PG_ADMIN_URL, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
