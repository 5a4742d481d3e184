package org.secureaccess.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;
import java.util.stream.Stream;


/** What one measured Gatling run gave: throughput and CPU over the window, latency per step, failed requests. */
final class Result {

    /** One step's successful requests and their median and 99th percentile (milliseconds). */
    record Step(long count, double p50, double p99) {
    }

    final String scenario;
    final Plan.Flow flow;
    final boolean historyListener;
    final int seconds;
    long logins;
    double loginsPerSecond;
    double cpuMsPerLogin;
    long ko;
    long failedLogins;
    long poolWaits;
    final Map<String, Step> steps = new LinkedHashMap<>();

    Result(String scenario, Plan.Flow flow, boolean historyListener, int seconds) {
        this.scenario = scenario;
        this.flow = flow;
        this.historyListener = historyListener;
        this.seconds = seconds;
    }

    long errors() {
        return ko + failedLogins;
    }

    /** Per-step percentiles from the response times the simulation recorded. */
    void steps(Map<String, List<Long>> nanos) {
        nanos.forEach((name, values) -> {
            List<Long> sorted = values.stream().sorted().toList();
            steps.put(name, new Step(sorted.size(), percentile(sorted, 50), percentile(sorted, 99)));
        });
    }

    /** Nearest-rank percentile, in milliseconds. */
    static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1_000_000.0;
    }

    private static final Pattern GLOBAL_KO = Pattern.compile("<td class=\"value ko col-4\">([\\d,]+)</td>");

    /** The failed requests (KO) of the whole run, from the newest Gatling report's summary table. */
    void readGatlingKo(Path resultsFolder) throws IOException {
        Path run;
        try (Stream<Path> runs = Files.list(resultsFolder)) {
            run = runs.filter(Files::isDirectory).max(Comparator.comparing(p -> p.toFile().lastModified()))
                    .orElseThrow(() -> new IOException("No Gatling results in " + resultsFolder));
        }
        Matcher matcher = GLOBAL_KO.matcher(Files.readString(run.resolve("index.html")));
        if (!matcher.find()) {
            throw new IOException("No KO count in " + run.resolve("index.html"));
        }
        ko = Long.parseLong(matcher.group(1).replace(",", ""));
    }
}
