package org.secureaccess.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** docs/benchmarks.md: the machine, the results per database, the targets with PASS/FAIL, how to run. */
final class Report {

    private Report() {
    }

    /**
     * The lowest, median and highest of a pair's per-round ratios: as a share of the reference lane, or as a cost
     * (1 - share). The median is less moved than the overall figure by one round that went oddly.
     */
    static String roundRange(Pairing pairing, boolean asCost) {
        List<Double> values = new ArrayList<>();
        for (double share : pairing.roundRatios()) {
            values.add(asCost ? 1 - share : share);
        }
        if (values.isEmpty()) {
            return "n/a";
        }
        Collections.sort(values);
        int n = values.size();
        double median = n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
        return String.format(Locale.ROOT, "%.1f%% to %.1f%%, median %.1f%%", values.get(0) * 100, values.get(n - 1) * 100, median * 100);
    }

    static String markdown(List<BenchmarkRunner.DbRun> runs, BenchmarkRunner.Sizes sizes, boolean smoke, Instant started, CpuSplit cpus,
                           String machineNote) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks: what Secure Access costs per login\n\n");
        md.append("Written by `benchmarks/run.sh` (").append(smoke ? "smoke" : "full run").append(") on ")
                .append(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(started))
                .append(". Figures from one run; rerun on your own hardware before sizing a cluster.\n\n");
        md.append("## Machine\n\n").append(machine(cpus));
        if (machineNote != null && !machineNote.isBlank()) {
            md.append("- ").append(machineNote).append('\n');
        }
        md.append('\n');
        md.append("## What was measured\n\n");
        md.append("One Keycloak 26.7.3 (development mode, `start-dev`, with theme and template caching switched on as in production, ")
                .append("Keycloak's default maximum heap of 512 MiB, all of it from the start: `JAVA_OPTS_KC_HEAP=\"" + KeycloakServer.HEAP_OPTIONS + "\"`) with the extension, on ports 8180/9180, and the Gatling load client ")
                .append("on the same machine. Two realms, both `realm-export.json` as shipped (same password policy, Keycloak's ")
                .append("default password hashing, same settings) with Keycloak's own browser flow bound to a copy of `demo-app` called ")
                .append("`bench-stock`: ours, with the `secure-access-login-history` event listener as shipped, and a control copy ")
                .append("without it (stock Keycloak has no such listener). Each has its own people, created alike:\n\n");
        md.append("1. **Stock**, in the control realm: Keycloak's own browser flow (`auth-username-password-form`, then ")
                .append("`auth-otp-form`) through `bench-stock`. Steps: login page, username and password, code, token.\n");
        md.append("2. **Ours, app code**: our realm's `secure-access browser` flow: login page, username, password (beside the site ")
                .append("phrase), authenticator-app code, the Online Security Information page (Continue), token.\n");
        md.append("3. **Ours, text-message code**: as 2 with a texted code, sent by the `webhook` SMS sender to a loopback sink in ")
                .append("the load client, which reads the code from it.\n");
        md.append("4. **Ours, history listener off**: as 2 in the control realm, whose only difference is the missing listener ")
                .append("(the security page still reads the history).\n");
        md.append("5. **History**: people with ").append(sizes.seedsHistory() ? String.format("%,d", sizes.heavyRows()) : "few")
                .append(" history rows in a table of ").append(sizes.seedsHistory() ? String.format("%,d", sizes.tableRows()) : "few")
                .append(" rows (seeded with JDBC) against people with ").append(sizes.seedsHistory() ? sizes.lightRows() : "few")
                .append(" rows, side by side: each signs in by app code, reloads the security page ").append(sizes.historyRepeats())
                .append(" times, continues, then calls `GET /realms/{realm}/secure-access/login-history?max=20` with its token ")
                .append(sizes.historyRepeats()).append(" times.\n\n");
        md.append(String.format(Locale.ROOT, "Each login starts without cookies, as a new browser session with the same browser User-Agent, and with PKCE (S256); "
                        + "a person signs in again in later rounds, so after their first sign-in the device is known and no new-device "
                        + "notice is due. A closed model: "
                        + "%d virtual users signing in back to back for %d s per measurement. **Side by side**: the machine's speed "
                        + "changes from minute to minute (by up to 2× on these shared cores), so the ratios come from pairs run at the "
                        + "same time on the same server, %d virtual users each: ours (app code) beside stock, ours (text-message code) "
                        + "beside stock, and ours with the listener on beside off, in %d rounds, each round in an order rotated by one. "
                        + "**Alone**: in the first %d of those rounds each of scenarios 1-4 also runs alone (in a rotated order), for its "
                        + "own logins/s, latency and CPU per login; its ratio to stock there compares runs minutes apart. Scenario 5 runs "
                        + "once, %d s, starting at a fresh 30-second TOTP step. Warm-up rounds of the three pairs, %d s each, come first, "
                        + "repeated (at most %d rounds) until a round's throughput is within 5%% of the round "
                        + "before and the time Keycloak's JIT compilers spent compiling in the round was at most %.0f%% of its CPU time "
                        + "(`java.ci.totalTime` from `jcmd PerfCounter.print`, wall-clock time, so it overstates their share while they "
                        + "wait for the busy cores; while they are busy, Keycloak keeps speeding up), then one of scenario 5; after the "
                        + "first heap reading (which empties Keycloak's caches) the pairs run once more at warm-up length to fill them "
                        + "again. **Logins/s** counts the logins completed within the window; **CPU ms/login** is the Keycloak "
                        + "process's user+system CPU time over the same window (from /proc/<pid>/stat) divided by those logins (for a "
                        + "pair, by both lanes' logins); **Client CPU ms/login** is the same for the load client's JVM (Gatling and "
                        + "the text-message sink), which does more per login in our flow (six requests instead of four); **p50/p99** are Gatling's per-request response times over the whole run. "
                        + "**Errors** are failed requests (KO) plus logins that did not complete. App codes are used once each (Keycloak "
                        + "refuses a used code), so %d people per realm sign in by app, each at most once per 30-second step; %d people "
                        + "with distinct fictional numbers (555-01xx) take the texts, below the limit of 10 per 10 minutes.\n\n",
                sizes.concurrency(), sizes.seconds(), Math.max(1, sizes.concurrency() / 2), sizes.rounds(), sizes.roundsAlone(),
                sizes.historySeconds(), sizes.warmupSeconds(), sizes.maxWarmupRounds(), 100 * BenchmarkRunner.MAX_JIT_SHARE_WHEN_WARM,
                sizes.appUsers(), sizes.phoneUsers()));

        List<String[]> targets = new ArrayList<>();
        for (BenchmarkRunner.DbRun run : runs) {
            String dbName = "h2".equals(run.db) ? "H2 (dev-file)" : "PostgreSQL 15 (127.0.0.1)";
            md.append("## Results: ").append(dbName).append("\n\n");
            Result stock = find(run, Plan.Flow.STOCK, false);
            md.append("Side by side (the targets' figures):\n\n| Pair | Reference logins/s | Ours logins/s | Ours vs reference | "
                    + "Per round | CPU ms/login | Client CPU ms/login | Errors |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
            for (Pairing p : run.pairings) {
                md.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %s | %s | %.0f | %.1f | %d |%n", p.name,
                        p.reference.loginsPerSecond(), p.measured.loginsPerSecond(), pct(p.ratio()), roundRange(p, false),
                        p.cpuMsPerLogin(), p.clientCpuMsPerLogin(), p.errors()));
            }
            md.append("\nAlone:\n\n| Scenario | Logins/s | vs stock alone | Logins/s per round | CPU ms/login | Client CPU ms/login | Errors |\n"
                    + "|---|---:|---:|---:|---:|---:|---:|\n");
            for (Result r : run.results) {
                if (r.flow == Plan.Flow.HISTORY) {
                    continue;
                }
                md.append(String.format(Locale.ROOT, "| %s | %.2f | %s | %s | %.0f | %.1f | %d |%n", r.scenario, r.loginsPerSecond(),
                        stock == null || r == stock ? "1.00" : String.format(Locale.ROOT, "%.2f", r.loginsPerSecond() / stock.loginsPerSecond()),
                        r.roundRates.stream().map(x -> String.format(Locale.ROOT, "%.1f", x)).collect(java.util.stream.Collectors.joining(" / ")),
                        r.cpuMsPerLogin(), r.clientCpuMsPerLogin(), r.errors()));
            }
            if (!run.warmupRates.isEmpty()) {
                List<String> rounds = new ArrayList<>();
                for (int i = 0; i < run.warmupRates.size(); i++) {
                    rounds.add(String.format(Locale.ROOT, "%.1f (JIT %.0f%%)", run.warmupRates.get(i), 100 * run.warmupJitShares.get(i)));
                }
                md.append(String.format(Locale.ROOT, "%nWarm-up rounds before these (logins/s over the three pairs, and the JIT compilers' time "
                        + "as a share of the server's CPU time, until a round came within 5%% of the one before with the JIT at most %.0f%%): %s.%n",
                        100 * BenchmarkRunner.MAX_JIT_SHARE_WHEN_WARM, String.join(", ", rounds)));
                if (!run.warmupLevelled) {
                    md.append(String.format(Locale.ROOT, "No round met that: the warm-up stopped at its limit of %d rounds, so Keycloak "
                            + "may still have been speeding up in the first measured rounds (both lanes of a pair alike).%n", rounds.size()));
                }
            }
            md.append("\nLatency per step (ms):\n\n| Scenario | Step | Requests | p50 | p99 |\n|---|---|---:|---:|---:|\n");
            for (Result r : run.results) {
                r.steps().forEach((name, s) -> md.append(String.format(Locale.ROOT, "| %s | %s | %d | %.0f | %.0f |%n",
                        r.scenario.replaceFirst("\\..*", ""), name, s.count(), s.p50(), s.p99())));
            }
            md.append('\n');
            Result history = run.results.stream().filter(r -> r.flow == Plan.Flow.HISTORY).findFirst().orElse(null);
            Pairing beside = pairing(run, Plan.Flow.STOCK, Plan.Flow.APP);
            Pairing listener = pairing(run, Plan.Flow.APP, Plan.Flow.APP);
            long errors = run.warmupErrors + run.results.stream().mapToLong(Result::errors).sum()
                    + run.pairings.stream().mapToLong(Pairing::errors).sum();
            if (!smoke && beside != null) {
                targets.add(row(dbName, "App-code flow ≥ 95% of stock logins/s (side by side)",
                        String.format(Locale.ROOT, "%s of stock (%.2f vs %.2f logins/s; per round %s)", pct(beside.ratio()),
                                beside.measured.loginsPerSecond(), beside.reference.loginsPerSecond(), roundRange(beside, false)),
                        beside.ratio() >= 0.95));
            }
            if (!smoke && listener != null) {
                double cost = 1 - listener.ratio();
                targets.add(row(dbName, "History listener costs ≤ 3% of throughput (side by side)",
                        String.format(Locale.ROOT, "%.1f%% (%.2f on vs %.2f off logins/s; per round %s)", cost * 100,
                                listener.measured.loginsPerSecond(), listener.reference.loginsPerSecond(), roundRange(listener, true)),
                        cost <= 0.03));
            }
            if (!smoke && history != null) {
                for (String what : List.of("security page", "history API")) {
                    Result.Step heavy = null;
                    Result.Step light = null;
                    for (var e : history.steps().entrySet()) {
                        if (e.getKey().startsWith(what + ",")) {
                            if (heavy == null) {
                                heavy = e.getValue();
                            } else {
                                light = e.getValue();
                            }
                        }
                    }
                    if (heavy != null && light != null) {
                        double p50 = heavy.p50() / Math.max(1, light.p50());
                        double p99 = heavy.p99() / Math.max(1, light.p99());
                        targets.add(row(dbName, capital(what) + " median with many rows within 2× of few rows",
                                String.format(Locale.ROOT, "%.2f× (p50 %.0f vs %.0f ms; p99 %.0f vs %.0f ms, %.2f×)",
                                        p50, heavy.p50(), light.p50(), heavy.p99(), light.p99(), p99), p50 <= 2.0));
                    }
                }
            }
            targets.add(row(dbName, "No error under load (warm-up included)", errors + " errors", errors == 0));
            double growth = run.heapAfterMiB - run.heapBeforeMiB;
            if (!smoke && !run.heapComparable) {
                targets.add(new String[] {dbName, "Heap after the run back to its level before", "not comparable: the server was restarted", "n/a"});
            } else if (!smoke) {
                targets.add(row(dbName, "Heap after the run back to its level before (≤ +10% after GC)",
                        String.format(Locale.ROOT, "%.1f → %.1f MiB (%+.1f MiB)", run.heapBeforeMiB, run.heapAfterMiB, growth),
                        run.heapAfterMiB <= run.heapBeforeMiB * 1.10));
            }
            if (smoke) {
                md.append(String.format(Locale.ROOT, "Heap not read in the smoke. This database's run took %d s.%n%n", run.wall.toSeconds()));
            } else {
                md.append(String.format(Locale.ROOT, "Heap in use after `jcmd <pid> GC.run` (read until two readings 5 s apart agree within 5%%; sessions ended first with the admin API's "
                            + "logout-all and the realm's user, realm and keys caches cleared, so live sessions and cache fill do not "
                            + "count): %.1f MiB after the warm-up, %.1f MiB after the last scenario. "
                            + "History rows seeded: %,d. This database's run took %d s.%n%n",
                    run.heapBeforeMiB, run.heapAfterMiB, run.seededRows, run.wall.toSeconds()));
            }
            for (String note : run.notes) {
                md.append("Note: ").append(note).append("\n\n");
            }
        }
        md.append("## Targets\n\n| Database | Target | Measured | Result |\n|---|---|---|---|\n");
        for (String[] t : targets) {
            md.append("| ").append(String.join(" | ", t)).append(" |\n");
        }
        md.append("\n## How to run\n\n");
        md.append("```\nbenchmarks/run.sh            # H2 and PostgreSQL (about an hour on 2 cores)\nbenchmarks/run.sh h2         # one database\n"
                + "benchmarks/run.sh postgres\n```\n\n");
        md.append("It builds the extension (`mvn package -DskipTests`), fetches Keycloak 26.7.3 from Maven Central once (kept under ")
                .append("`benchmarks/target/`), starts it on ports 8180 (HTTP) and 9180 (management) with the SMS sink on 8190 (it ")
                .append("refuses to start when one is taken), seeds the realm and people, runs the scenarios and rewrites this file. ")
                .append("PostgreSQL is expected at 127.0.0.1:5432 (user `postgres`, trust authentication); the run creates and drops ")
                .append("the database `sa_bench`. Gatling's HTML reports are in `benchmarks/target/work/gatling-<db>/`, the server ")
                .append("logs in `benchmarks/target/work/keycloak-<db>.log`.\n\n");
        md.append("A smoke version (3 s of load per scenario at 2 virtual users on H2, no history seeding) runs at the end of the ")
                .append("root build's `mvn verify` and fails it on any error; `-Dsecureaccess.skipBenchmarkSmoke=true` leaves it out ")
                .append("(so do `-DskipTests` and `-DskipITs`).\n");
        return md.toString();
    }

    private static String[] row(String db, String target, String measured, boolean pass) {
        return new String[] {db, target, measured, pass ? "PASS" : "**FAIL**"};
    }

    private static String pct(double ratio) {
        return String.format(Locale.ROOT, "%.1f%%", ratio * 100);
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Pairing pairing(BenchmarkRunner.DbRun run, Plan.Flow reference, Plan.Flow measured) {
        return run.pairings.stream().filter(p -> p.reference.flow == reference && p.measured.flow == measured).findFirst().orElse(null);
    }

    private static Result find(BenchmarkRunner.DbRun run, Plan.Flow flow, boolean listener) {
        return run.results.stream().filter(r -> r.flow == flow && r.historyListener == listener).findFirst().orElse(null);
    }

    static String machine(CpuSplit cpus) {
        StringBuilder m = new StringBuilder();
        String model = "unknown";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    model = line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        long memKb = 0;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    memKb = Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        m.append("- CPU: ").append(model).append(", ").append(cpus.totalCpus()).append(" cores\n");
        m.append(String.format(Locale.ROOT, "- RAM: %.1f GiB%n", memKb / 1024.0 / 1024.0));
        m.append("- Java: ").append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.runtime.version"))
                .append(" (Keycloak and the load client)\n");
        m.append("- OS: ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version")).append('\n');
        m.append("- ").append(cpus.describe()).append('\n');
        return m.toString();
    }
}
