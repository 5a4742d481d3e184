package org.secureaccess.bench;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.secureaccess.bench.ClusterBenchmark.DatabaseStatistics;
import org.secureaccess.bench.ClusterBenchmark.Work;

/** docs/benchmarks-cluster.md: ours beside stock on two nodes, and the database work per login, with the targets. */
final class ClusterReport {

    /** Ours at least this share of stock's logins per second on the cluster. */
    static final double MIN_THROUGHPUT_SHARE = 0.95;
    /** At most this many more write statements per login than stock. */
    static final double MAX_EXTRA_WRITES = 3;

    private ClusterReport() {
    }

    static String markdown(ClusterBenchmark.Outcome outcome, ClusterBenchmark.Sizes sizes, boolean smoke, Instant started, CpuSplit cpus) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks on two nodes: throughput and database work per login\n\n");
        md.append("Written by `benchmarks/run.sh cluster` (").append(smoke ? "smoke" : "full run").append(") on ")
                .append(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(started))
                .append(String.format(Locale.ROOT, ", in %d s. Figures from one run.%n%n", outcome.wall.toSeconds()));
        md.append("## Machine\n\n").append(Report.machine(cpus)).append('\n');
        md.append("## What was measured\n\n");
        md.append("Two production-mode Keycloak 26.7.3 nodes with the extension (`kc.sh build --db=postgres --cache=ispn`, then ")
                .append("`start --optimized`), each from an installation of its own, on one PostgreSQL 15 database: Infinispan's ")
                .append("distributed caches, members found through Keycloak's default `jdbc-ping`. Ports 8181/9181/7811 and ")
                .append("8182/9182/7812. No load balancer: Gatling gives each virtual user one node in turn, and the node's pages ")
                .append("name the node itself, so a login stays where it began, as behind a load balancer with sticky sessions. ")
                .append("The realms, people and flows are those of `docs/benchmarks.md` (stock: Keycloak's own password form and ")
                .append("OTP form in the control realm; ours: username, password, code, Online Security Information page).\n\n");
        md.append(String.format(Locale.ROOT, "- **Side by side**: %d virtual users, half on each flow, %d s per measurement, %d rounds of both "
                        + "pairs (rotated), after warm-up rounds of both pairs (at most %d) until a round's throughput was within 5%% of "
                        + "the one before and the JIT compilers took at most %.0f%% of the nodes' CPU time: %s%s.%n", sizes.concurrency(),
                sizes.seconds(), sizes.rounds(), sizes.maxWarmupRounds(), 100 * BenchmarkRunner.MAX_JIT_SHARE_WHEN_WARM,
                outcome.warmupRounds.isEmpty() ? "none" : String.join(", ", outcome.warmupRounds),
                outcome.warmupLevelled || outcome.warmupRounds.isEmpty() ? "" : " (not levelled within the limit)"));
        md.append(String.format(Locale.ROOT, "- **Database work**: each flow alone, %d virtual users for %d s; its counts run from the first "
                        + "request until %d s after the last (PostgreSQL publishes a connection's statistics within 10 s), less the "
                        + "same span of an idle cluster. *Statements* are those Keycloak sent, counted on the wire by a loopback proxy "
                        + "between Keycloak and PostgreSQL (each Execute is one statement run; the machine's PostgreSQL does not load "
                        + "`pg_stat_statements`); `jdbc-ping`'s own table is left out (cluster membership, not logins). *Rows* and "
                        + "*transactions* are `pg_stat_database`'s `tup_inserted`, `tup_updated`, `tup_deleted` and `xact_commit`. "
                        + "The flows run alone in this order, after the pairs, so their logins/s and CPU compare runs a minute apart.%n%n",
                sizes.concurrency(), sizes.workSeconds(), sizes.statisticsDelaySeconds()));

        md.append("## Side by side\n\n| Pair | Stock logins/s | Ours logins/s | Ours vs stock | Per round | CPU ms/login (both nodes) | Errors |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (Pairing p : outcome.pairings) {
            md.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.1f%% | %s | %.0f | %d |%n", p.name, p.reference.loginsPerSecond(),
                    p.measured.loginsPerSecond(), 100 * p.ratio(), Report.roundRange(p, false), p.cpuMsPerLogin(), p.errors()));
        }

        Work stock = outcome.work.get(0);
        md.append("\n## Database work per login\n\n");
        List<String> columns = new ArrayList<>();
        outcome.work.forEach(w -> columns.add(w.scenario()));
        md.append("| Per login | ").append(String.join(" | ", columns)).append(" |\n|---|")
                .append("---:|".repeat(columns.size())).append('\n');
        row(md, "Logins measured", outcome.work, w -> (double) w.logins(), "%.0f");
        row(md, "Logins/s alone (first %d s)".formatted(sizes.workSeconds()), outcome.work, Work::loginsPerSecond, "%.2f");
        row(md, "Keycloak CPU ms (both nodes)", outcome.work, Work::cpuMsPerLogin, "%.0f");
        row(md, "**Write statements** (insert, update, delete)", outcome.work, w -> writesPerLogin(outcome, w), "%.1f");
        row(md, "Commits (statements)", outcome.work, w -> perLogin(w, w.count("commit"), background(outcome, w, "commit")), "%.1f");
        row(md, "Selects", outcome.work, w -> perLogin(w, w.count("select"), background(outcome, w, "select")), "%.1f");
        row(md, "Transactions committed (`xact_commit`)", outcome.work, w -> w.perLogin(net(outcome, w).commits()), "%.1f");
        row(md, "Rows inserted", outcome.work, w -> w.perLogin(net(outcome, w).inserted()), "%.1f");
        row(md, "Rows updated", outcome.work, w -> w.perLogin(net(outcome, w).updated()), "%.1f");
        row(md, "Rows deleted", outcome.work, w -> w.perLogin(net(outcome, w).deleted()), "%.1f");

        md.append("\nStatements by kind and table, per login (writes first):\n\n| Statement | ").append(String.join(" | ", columns))
                .append(" |\n|---|").append("---:|".repeat(columns.size())).append('\n');
        TreeSet<String> kinds = new TreeSet<>(java.util.Comparator.comparing((String k) -> !ClusterBenchmark.isWrite(k))
                .thenComparing(java.util.Comparator.naturalOrder()));
        outcome.work.forEach(w -> w.statements().keySet().stream().filter(k -> !ClusterBenchmark.isBackground(k)).forEach(kinds::add));
        for (String key : kinds) {
            row(md, ClusterBenchmark.isWrite(key) ? "`" + key + "`" : key, outcome.work,
                    w -> w.perLogin(w.statements().getOrDefault(key, 0L)), "%.2f");
        }
        Work idle = outcome.background;
        md.append(String.format(Locale.ROOT, "%nThe idle cluster over %.0f s: %s; `pg_stat_database`: %d transactions, %d rows inserted, "
                        + "%d updated, %d deleted.%n", idle.seconds(), describe(idle.statements()), idle.statistics().commits(),
                idle.statistics().inserted(), idle.statistics().updated(), idle.statistics().deleted()));

        md.append("\n## Targets\n\n| Target | Figure | Result |\n|---|---|---|\n");
        for (Pairing p : outcome.pairings) {
            md.append(String.format(Locale.ROOT, "| %s: ours ≥ %.0f%% of stock's logins/s | %.1f%% | %s |%n", p.name,
                    100 * MIN_THROUGHPUT_SHARE, 100 * p.ratio(), p.ratio() >= MIN_THROUGHPUT_SHARE ? "PASS" : "FAIL"));
        }
        double stockWrites = writesPerLogin(outcome, stock);
        for (Work w : outcome.work.subList(1, outcome.work.size())) {
            double extra = writesPerLogin(outcome, w) - stockWrites;
            md.append(String.format(Locale.ROOT, "| %s: at most %.0f more write statements per login than stock | %+.1f | %s |%n",
                    w.scenario(), MAX_EXTRA_WRITES, extra, extra <= MAX_EXTRA_WRITES ? "PASS" : "FAIL"));
        }
        long errors = outcome.warmupErrors + outcome.pairings.stream().mapToLong(Pairing::errors).sum()
                + outcome.work.stream().mapToLong(Work::errors).sum();
        md.append(String.format(Locale.ROOT, "%nErrors (failed requests and unfinished logins): %d.%n", errors));
        if (smoke) {
            md.append("\nA smoke: seconds of load at two virtual users, each person signing in for the first time, and `pg_stat_database` "
                    + "read before PostgreSQL has published all of it, so its figures show that every path works, not what a login costs.\n");
        }
        return md.toString();
    }

    /** The background's count of a kind of statement, scaled to {@code w}'s span. */
    private static double background(ClusterBenchmark.Outcome outcome, Work w, String kind) {
        Work idle = outcome.background;
        long count = "write".equals(kind) ? idle.writes() : idle.count(kind);
        return count * w.seconds() / idle.seconds();
    }

    /** Write statements per login, less the idle cluster's (the figure the target is about). */
    private static double writesPerLogin(ClusterBenchmark.Outcome outcome, Work w) {
        return perLogin(w, w.writes(), background(outcome, w, "write"));
    }

    private static double perLogin(Work w, long count, double background) {
        return w.logins() == 0 ? Double.NaN : (count - background) / w.logins();
    }

    private static DatabaseStatistics net(ClusterBenchmark.Outcome outcome, Work w) {
        return w.statistics().lessBackground(outcome.background.statistics(), outcome.background.seconds(), w.seconds());
    }

    private static String describe(Map<String, Long> statements) {
        if (statements.isEmpty()) {
            return "no statements";
        }
        List<String> parts = new ArrayList<>();
        statements.forEach((k, v) -> parts.add(v + " × `" + k + "`"));
        return String.join(", ", parts);
    }

    interface Figure {
        double of(Work w);
    }

    private static void row(StringBuilder md, String label, List<Work> work, Figure figure, String format) {
        md.append("| ").append(label).append(" |");
        for (Work w : work) {
            // "-0.0" when the idle cluster's share, taken away, was a little more than the window had.
            md.append(' ').append(String.format(Locale.ROOT, format, figure.of(w)).replaceFirst("^-(0\\.0+)$", "$1")).append(" |");
        }
        md.append('\n');
    }
}
