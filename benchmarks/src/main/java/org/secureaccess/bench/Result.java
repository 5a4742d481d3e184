package org.secureaccess.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the measured Gatling runs of one scenario gave (one run per round, added up): logins and CPU over the
 * measured windows, response times per step, failed requests.
 */
final class Result {

    /** One step's successful requests and their median and 99th percentile (milliseconds). */
    record Step(long count, double p50, double p99) {
    }

    final String scenario;
    final Plan.Flow flow;
    final boolean historyListener;
    long seconds;
    long logins;
    /** Every login the runs completed, also after the measured window (while the last virtual users finished). */
    long completedLogins;
    long cpuMs;
    /** The load client's CPU time (this JVM: Gatling and the text-message sink) over the same window. */
    long clientCpuMs;
    long ko;
    long failedLogins;
    long poolWaits;
    int runs;
    /** Logins per second of each round, in round order. */
    final List<Double> roundRates = new ArrayList<>();
    private final Map<String, List<Long>> samples = new LinkedHashMap<>();

    Result(String scenario, Plan.Flow flow, boolean historyListener) {
        this.scenario = scenario;
        this.flow = flow;
        this.historyListener = historyListener;
    }

    long errors() {
        return ko + failedLogins;
    }

    double loginsPerSecond() {
        return seconds == 0 ? Double.NaN : logins / (double) seconds;
    }

    double cpuMsPerLogin() {
        return logins == 0 ? Double.NaN : cpuMs / (double) logins;
    }

    double clientCpuMsPerLogin() {
        return logins == 0 ? Double.NaN : clientCpuMs / (double) logins;
    }

    void addSamples(Map<String, List<Long>> nanos) {
        nanos.forEach((name, values) -> samples.computeIfAbsent(name, n -> new ArrayList<>()).addAll(values));
    }

    /** Adds another round of the same scenario. */
    Result add(Result other) {
        seconds += other.seconds;
        logins += other.logins;
        completedLogins += other.completedLogins;
        cpuMs += other.cpuMs;
        clientCpuMs += other.clientCpuMs;
        ko += other.ko;
        failedLogins += other.failedLogins;
        poolWaits += other.poolWaits;
        runs += other.runs;
        roundRates.addAll(other.roundRates.isEmpty() ? List.of(other.loginsPerSecond()) : other.roundRates);
        addSamples(other.samples);
        return this;
    }

    /** Per-step count, median and 99th percentile, in the order the steps were declared. */
    Map<String, Step> steps() {
        Map<String, Step> steps = new LinkedHashMap<>();
        samples.forEach((name, values) -> {
            List<Long> sorted = values.stream().sorted().toList();
            steps.put(name, new Step(sorted.size(), percentile(sorted, 50), percentile(sorted, 99)));
        });
        return steps;
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
