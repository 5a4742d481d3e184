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
 * Keycloak with the extension, seeds two realms and their people, runs the scenarios with Gatling, alone and in pairs
 * at the same time, and writes the results as Markdown. Exits 1 when any request failed (a KO) or any login did not complete.
 */
public final class BenchmarkRunner {

    /** The load and data sizes of a mode. */
    record Sizes(int appUsers, int phoneUsers, int heavyUsers, int lightUsers, int heavyRows, int lightRows, long tableRows,
                 int concurrency, int seconds, int rounds, int roundsAlone, int warmupSeconds, int maxWarmupRounds,
                 int historySeconds, int historyRepeats) {
        static Sizes full() {
            // Eight rounds of the three pairs (the ratios: on 2 shared cores one 15-second window varies by up to 25%,
            // and the machine's speed by up to 2x between minutes, which pairs cancel), the first four rounds also with
            // scenarios 1-4 alone (their own logins/s, latency and CPU per login).
            // 1000 app users per realm: a person signs in by app once per 30-second step, and two runs may share a step.
            // 600 phone users: 9 texts each per 10 minutes leave room for ten warm-up rounds and the measured rounds.
            return new Sizes(1000, 600, 10, 8, 100_000, 10, 1_000_000, 8, 15, 8, 4, 15, 10, 25, 10);
        }

        static Sizes smoke() {
            // No history rows are seeded in the smoke (H2 would need a restart): it checks that every path works.
            // 48 texting people: a fast machine texts ~70 codes in the smoke, and 8 people (9 texts each per 10 minutes)
            // left the last login waiting 10 minutes for a free number. 24 + 24 history people: each signs in by app
            // once per 30-second step, and 8 + 8 left the 3-second history run waiting ~20 s for the next step.
            return new Sizes(96, 48, 24, 24, 0, 0, 0, 2, 3, 1, 1, 0, 0, 3, 2);
        }

        boolean seedsHistory() {
            return tableRows > 0;
        }
    }

    /** One database's run. */
    static final class DbRun {
        final String db;
        final List<Result> results = new ArrayList<>();
        final List<Pairing> pairings = new ArrayList<>();
        final List<Double> warmupRates = new ArrayList<>();
        /** Per warm-up round: the JIT compilers' time as a share of the server's CPU time. */
        final List<Double> warmupJitShares = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        /** Whether the warm-up ended because a round met its criteria, rather than at its limit of rounds. */
        boolean warmupLevelled;
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
        CpuSplit cpus = CpuSplit.decide(options.getOrDefault("pin", smoke ? "off" : "auto"));
        Instant started = Instant.now();
        if ("cluster".equals(dbChoice)) {
            for (KeycloakServer.Ports ports : Cluster.PORTS) {
                KeycloakServer.requireFree(ports.http(), ports.management(), ports.cache());
            }
            KeycloakServer.requireFree(smsPort, ClusterBenchmark.COUNTER_PORT);
            ClusterBenchmark.Sizes clusterSizes = smoke ? ClusterBenchmark.Sizes.smoke() : ClusterBenchmark.Sizes.full();
            ClusterBenchmark.Outcome outcome;
            long refused;
            try (SmsSink sink = new SmsSink(smsPort)) {
                outcome = ClusterBenchmark.run(clusterSizes, smoke, jar, realmExport, dist, work, sink, smsPort, cpus);
                refused = sink.refused();
            }
            write(out, ClusterReport.markdown(outcome, clusterSizes, smoke, started, cpus));
            long errors = refused + outcome.warmupErrors + outcome.pairings.stream().mapToLong(Pairing::errors).sum()
                    + outcome.work.stream().mapToLong(ClusterBenchmark.Work::errors).sum();
            exit(errors);
        }
        KeycloakServer.requireFree(KeycloakServer.HTTP_PORT, KeycloakServer.MANAGEMENT_PORT, smsPort);

        List<DbRun> runs = new ArrayList<>();
        long errors = 0;
        try (SmsSink sink = new SmsSink(smsPort)) {
            for (String db : dbs) {
                DbRun run = runDatabase(db, sizes, smoke, jar, realmExport, dist, work, sink, smsPort, cpus);
                runs.add(run);
                errors += run.warmupErrors + run.results.stream().mapToLong(Result::errors).sum();
            }
            errors += sink.refused();
        }
        write(out, Report.markdown(runs, sizes, smoke, started, cpus, options.get("note")));
        exit(errors);
    }

    private static void write(Path out, String report) throws IOException {
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
        System.out.println("Written to " + out);
    }

    private static void exit(long errors) {
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

    static void log(String message) {
        System.out.printf("[bench %tT] %s%n", System.currentTimeMillis(), message);
    }

    static DbRun runDatabase(String db, Sizes sizes, boolean smoke, Path jar, Path realmExport, Path dist, Path work,
                             SmsSink sink, int smsPort, CpuSplit cpus) throws Exception {
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
        List<String> realms = Seeder.writeRealms(realmExport, home.resolve("data/import"));
        String realm = realms.get(0);
        KeycloakServer server = new KeycloakServer(home, log, dbOptions, smsPort, cpus, smoke);
        try {
            log("starting Keycloak (" + db + "), log: " + log);
            server.start();
            Admin admin = new Admin(KeycloakServer.baseUrl());
            Seeder seeder = new Seeder(admin, realm);
            Seeder control = new Seeder(admin, realms.get(1));
            seeder.bindStockFlow();
            control.bindStockFlow();
            long t = System.nanoTime();
            UserPool app = seeder.appUsers("app", sizes.appUsers());
            UserPool phones = seeder.phoneUsers("sms", sizes.phoneUsers());
            UserPool heavy = seeder.appUsers("heavy", sizes.heavyUsers());
            UserPool light = seeder.appUsers("light", sizes.lightUsers());
            UserPool controlApp = control.appUsers("app", sizes.appUsers());
            log("created " + (app.size() + phones.size() + heavy.size() + light.size() + controlApp.size()) + " people in "
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

            // Stock Keycloak and ours with the listener off sign in the control realm's people; ours with the listener
            // on, the people of our realm (the listener is a realm setting, so it differs by realm, not by run).
            Scenario stock = new Scenario("1. Stock Keycloak: password + OTP form", Plan.Flow.STOCK, false, realms.get(1), controlApp);
            Scenario ours = new Scenario("2. Ours: app code", Plan.Flow.APP, true, realm, app);
            Scenario texted = new Scenario("3. Ours: text-message code", Plan.Flow.SMS, true, realm, phones);
            Scenario listenerOff = new Scenario("4. Ours: app code, history listener off", Plan.Flow.APP, false, realms.get(1), controlApp);
            List<Scenario> scenarios = List.of(stock, ours, texted, listenerOff);
            List<Pair> pairs = List.of(
                    new Pair("Ours (app code) beside stock", stock, ours),
                    new Pair("Ours (text-message code) beside stock", stock, texted),
                    new Pair("Ours (app code), listener on beside off", listenerOff, ours));
            Plan.Flow history = Plan.Flow.HISTORY;

            if (sizes.warmupSeconds() > 0) {
                // Keycloak speeds up for minutes after a start: its JIT compilers share the server's cores with the load and
                // take minutes to catch up. Warm up in rounds of the pairs (every scenario runs in them) until one
                // round's throughput is within 5% of the round before and the compilers' time in the round
                // (wall-clock, from java.ci.totalTime, so inflated while they wait for the busy cores) is at most 3%
                // of the server's CPU time, so the measured rounds start level.
                double previous = 0;
                for (int round = 1; round <= sizes.maxWarmupRounds(); round++) {
                    long cpuBefore = server.cpuMillis();
                    long jitBefore = server.jitMillis();
                    long logins = warmUpPairs(server, run, pairs, sizes, sink, results);
                    double rate = logins / (double) (pairs.size() * sizes.warmupSeconds());
                    double jitShare = (server.jitMillis() - jitBefore) / (double) Math.max(1, server.cpuMillis() - cpuBefore);
                    run.warmupRates.add(rate);
                    run.warmupJitShares.add(jitShare);
                    log(String.format("warm-up round %d: %.2f logins/s, JIT compile time %.1f%% of the server's CPU time", round, rate, 100 * jitShare));
                    if (warmedUp(round, rate, previous, jitShare)) {
                        run.warmupLevelled = true;
                        break;
                    }
                    previous = rate;
                }
                if (sizes.seedsHistory()) {
                    // Reading the heavy people's rows once fills the database's page cache (H2's is in Keycloak's heap)
                    // before the first heap reading, as it will be after the measured history run.
                    Result warm = measure(server, new Result("warm-up " + history, history, true),
                            new Plan(history, sizes.concurrency(), sizes.warmupSeconds(), server.baseUrls(), realm, null,
                                    heavy, light, heavyLabel, lightLabel, sizes.historyRepeats(), sink),
                            results.resolve("warmup"), true);
                    run.warmupErrors += warm.errors();
                }
            }
            // The smoke checks that every path works; heap growth is a finding of the full run only (each reading
            // takes 5 s or more).
            if (!smoke) {
                seeder.settleForHeapReading();
                control.settleForHeapReading();
                run.heapBeforeMiB = server.heapAfterGcMiB();
                log(String.format("heap after GC before the measured runs: %.1f MiB; largest classes:%n%s", run.heapBeforeMiB, server.largestClasses()));
            }
            if (sizes.warmupSeconds() > 0) {
                // The heap reading emptied Keycloak's caches: refill them, or the first measured scenario pays for it.
                warmUpPairs(server, run, pairs, sizes, sink, results);
            }

            // Each round: the scenarios alone (their own logins/s, latency and CPU per login), then the pairs (the
            // ratios), each in an order rotated by one per round, so that every one runs equally often in every position.
            Map<Scenario, Result> alone = new java.util.LinkedHashMap<>();
            scenarios.forEach(s -> alone.put(s, s.result()));
            Map<Pair, Pairing> paired = new java.util.LinkedHashMap<>();
            pairs.forEach(p -> paired.put(p, new Pairing(p.name(), p.reference().result(), p.measured().result())));
            for (int round = 1; round <= sizes.rounds(); round++) {
                if (round <= sizes.roundsAlone()) {
                    for (int i = 0; i < scenarios.size(); i++) {
                        Scenario scenario = scenarios.get((i + round - 1) % scenarios.size());
                        log("measuring (round " + round + " of " + sizes.rounds() + "): " + scenario.name());
                        alone.get(scenario).add(measure(server, List.of(scenario), sizes, sizes.seconds(), sink, results.resolve("run"), false).get(0));
                    }
                }
                for (int i = 0; i < pairs.size(); i++) {
                    Pair pair = pairs.get((i + round - 1) % pairs.size());
                    log("measuring (round " + round + " of " + sizes.rounds() + "): " + pair.name());
                    List<Result> lanes = measure(server, List.of(pair.reference(), pair.measured()), sizes, sizes.seconds(), sink,
                            results.resolve("run"), false);
                    paired.get(pair).add(new Pairing(pair.name(), lanes.get(0), lanes.get(1)));
                }
            }
            run.results.addAll(alone.values());
            run.pairings.addAll(paired.values());
            log("measuring: history page and API");
            run.results.add(measure(server, new Result("5. Security page and history API", history, true),
                    new Plan(history, sizes.concurrency(), sizes.historySeconds(), server.baseUrls(), realm, null,
                            heavy, light, heavyLabel, lightLabel, sizes.historyRepeats(), sink),
                    results.resolve("run"), !smoke));

            if (!server.alive()) {
                server.stop();
                server.start();
                restarted = true;
            }
            if (!smoke) {
                seeder.settleForHeapReading();
                control.settleForHeapReading();
                run.heapAfterMiB = server.heapAfterGcMiB();
            }
            if (restarted) {
                run.notes.add("The server was stopped from outside during the measured runs (another program on the shared machine) "
                        + "and started again; the affected run was repeated. The heap comparison is therefore not meaningful.");
                run.heapComparable = false;
            }
            if (!smoke) {
                log(String.format("heap after GC after the measured runs: %.1f MiB; largest classes:%n%s", run.heapAfterMiB, server.largestClasses()));
            }
            long waits = run.results.stream().filter(r -> r.flow != history).mapToLong(r -> r.poolWaits).sum()
                    + run.pairings.stream().mapToLong(p -> p.reference.poolWaits + p.measured.poolWaits).sum();
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

    /**
     * Whether the warm-up may end after {@code round}: its throughput came within 5% of the round before, and the JIT
     * compilers took at most {@link #MAX_JIT_SHARE_WHEN_WARM} of the server's CPU time in it.
     */
    static boolean warmedUp(int round, double rate, double previousRate, double jitShare) {
        return round >= 2 && Math.abs(rate - previousRate) <= 0.05 * previousRate && jitShare <= MAX_JIT_SHARE_WHEN_WARM;
    }

    /** Two scenarios signing in at the same time: ours (measured) beside a reference. */
    record Pair(String name, Scenario reference, Scenario measured) {
    }

    /** Each pair once at warm-up length; failed requests count as warm-up errors. Returns the logins of all lanes. */
    private static long warmUpPairs(ServerUnderTest server, DbRun run, List<Pair> pairs, Sizes sizes, SmsSink sink, Path results)
            throws Exception {
        long logins = 0;
        for (Pair pair : pairs) {
            List<Result> lanes = measure(server, List.of(pair.reference(), pair.measured()), sizes, sizes.warmupSeconds(), sink,
                    results.resolve("warmup"), false);
            run.warmupErrors += lanes.stream().mapToLong(Result::errors).sum();
            logins += lanes.stream().mapToLong(r -> r.logins).sum();
        }
        return logins;
    }

    /** A flow in a realm with the people who sign in to it. */
    record Scenario(String name, Plan.Flow flow, boolean historyListener, String realm, UserPool pool) {
        Result result() {
            return new Result(name, flow, historyListener);
        }
    }

    /**
     * The scenarios at the same time for {@code seconds}, the virtual users shared equally among them; one result
     * per scenario. With more than one, the first result's CPU time and failed requests are the whole run's.
     */
    static List<Result> measure(ServerUnderTest server, List<Scenario> scenarios, Sizes sizes, int seconds, SmsSink sink,
                                Path resultsFolder, boolean alignToStep) throws Exception {
        return measure(server, scenarios, sizes.concurrency(), seconds, sink, resultsFolder, alignToStep);
    }

    static List<Result> measure(ServerUnderTest server, List<Scenario> scenarios, int concurrency, int seconds, SmsSink sink,
                                Path resultsFolder, boolean alignToStep) throws Exception {
        int each = Math.max(1, concurrency / scenarios.size());
        List<Result> results = new ArrayList<>();
        List<Plan> lanes = new ArrayList<>();
        for (Scenario s : scenarios) {
            results.add(s.result());
            lanes.add(new Plan(s.flow(), each, seconds, server.baseUrls(), s.realm(), s.pool(), null, null, null, null, 0, sink));
        }
        return measure(server, results, lanes, resultsFolder, alignToStep);
    }

    static Result measure(ServerUnderTest server, Result result, Plan plan, Path resultsFolder, boolean alignToStep) throws Exception {
        return measure(server, List.of(result), List.of(plan), resultsFolder, alignToStep).get(0);
    }

    /** Set when the server had to be started again during the measured runs (the heap comparison then means nothing). */
    static volatile boolean restarted;

    /**
     * {@link #measureOnce} again, after starting the server again, when the server was stopped from outside during the
     * run (on a shared machine, other programs' clean-ups have stopped it); at most twice.
     */
    static List<Result> measure(ServerUnderTest server, List<Result> results, List<Plan> lanes, Path resultsFolder,
                                boolean alignToStep) throws Exception {
        for (int attempt = 1; ; attempt++) {
            if (!server.alive()) {
                log("the server was stopped from outside; starting it again");
                server.stop();
                server.start();
                restarted = true;
            }
            List<Result> fresh = results.stream().map(r -> new Result(r.scenario, r.flow, r.historyListener)).toList();
            List<Result> measured = measureOnce(server, fresh, lanes.stream().map(Plan::copy).toList(), resultsFolder, alignToStep);
            if (server.alive() || attempt == 3) {
                return measured;
            }
            log("the server was stopped from outside during '" + results.get(0).scenario + "'; repeating it");
        }
    }

    /**
     * One Gatling run of {@link LoginSimulation} with one lane per result; CPU and completed logins are read over the
     * first {@code seconds}. CPU time and failed requests (Gatling counts them for the whole run) go to the first result.
     */
    static List<Result> measureOnce(ServerUnderTest server, List<Result> results, List<Plan> lanes, Path resultsFolder,
                                    boolean alignToStep) throws Exception {
        Files.createDirectories(resultsFolder);
        // The history run's few people sign in by app once per 30-second step: it starts at a fresh step, so that it
        // never waits for the codes that the run before used. The other pools are large enough not to wait.
        if (alignToStep) {
            long toNextStep = Totp.STEP_MILLIS - System.currentTimeMillis() % Totp.STEP_MILLIS;
            Thread.sleep(toNextStep + 300);
        }
        int seconds = lanes.get(0).seconds;
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        long[] cpu = new long[2];
        long[] clientCpu = new long[2];
        long[] logins = new long[lanes.size()];
        java.util.Arrays.fill(logins, -1);
        long window = TimeUnit.SECONDS.toNanos(seconds);
        // Every lane starts at the same instant; the first one's start reads the CPU and sets the end of the window.
        lanes.get(0).onStart = () -> {
            try {
                cpu[0] = server.cpuMillis();
                clientCpu[0] = clientCpuMillis();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            timer.schedule(() -> {
                try {
                    cpu[1] = server.cpuMillis();
                    clientCpu[1] = clientCpuMillis();
                } catch (IOException e) {
                    cpu[1] = -1;
                }
                for (int i = 0; i < lanes.size(); i++) {
                    logins[i] = lanes.get(i).loginsWithin(window);
                }
            }, seconds, TimeUnit.SECONDS);
        };
        for (Plan plan : lanes) {
            if (plan.pool != null) {
                plan.pool.resetWaits();
            }
        }
        String description = results.stream().map(r -> r.scenario).collect(java.util.stream.Collectors.joining(" + "));
        Plan.set(lanes);
        try {
            int status = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] {
                    "--simulation", LoginSimulation.class.getName(),
                    "--results-folder", resultsFolder.toString(),
                    "--run-description", description});
            if (status != 0) {
                System.err.println("Gatling ended with status " + status + " for " + description);
            }
        } finally {
            Plan.set(null);
            timer.shutdown();
            timer.awaitTermination(seconds + 5L, TimeUnit.SECONDS);
        }
        results.get(0).readGatlingKo(resultsFolder);
        results.get(0).cpuMs = cpu[1] < 0 ? 0 : cpu[1] - cpu[0];
        results.get(0).clientCpuMs = cpu[1] < 0 ? 0 : clientCpu[1] - clientCpu[0];
        for (int i = 0; i < lanes.size(); i++) {
            Plan plan = lanes.get(i);
            Result result = results.get(i);
            result.addSamples(plan.stepNanos());
            result.runs = 1;
            result.seconds = seconds;
            result.logins = logins[i] < 0 ? plan.loginsCompleted() : logins[i];
            result.completedLogins = plan.loginsCompleted();
            result.failedLogins = plan.failedLogins.get();
            result.poolWaits = (plan.pool != null ? plan.pool.waits() : 0)
                    + (plan.heavy != null ? plan.heavy.waits() + plan.light.waits() : 0);
            log(String.format("  %s: %.2f logins/s%s, %d KO, %d unfinished logins", result.scenario, result.loginsPerSecond(),
                    lanes.size() == 1 ? String.format(", %.0f ms CPU/login (client %.1f ms)", result.cpuMsPerLogin(),
                            result.clientCpuMsPerLogin()) : "", result.ko, result.failedLogins));
        }
        return results;
    }

    /** This JVM's CPU time so far: the load client and the text-message sink. */
    private static long clientCpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    static void postgres(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(PG_ADMIN_URL, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static void deleteTree(Path dir) throws IOException {
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
