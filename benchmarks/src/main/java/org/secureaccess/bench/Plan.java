package org.secureaccess.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One lane of the next Gatling run: a flow in a realm for a number of virtual users, and what it counted (completed
 * logins with their end times, to compute logins per second over the measured window). A run has one lane, or two
 * that share the server at the same time so that they can be compared (Gatling instantiates {@link LoginSimulation}
 * itself, so the runner hands it the lanes here).
 */
final class Plan {

    enum Flow {
        /** Keycloak's own username-and-password form and OTP form (client bench-stock). */
        STOCK,
        /** Ours: username, password, authenticator-app code, security page. */
        APP,
        /** Ours: username, password, texted code, security page. */
        SMS,
        /** Ours with an app code, for people with much and with little history; then the page and the API again. */
        HISTORY
    }

    static final String REDIRECT_URI = "http://localhost:8999/callback";
    static final String OUR_CLIENT = "demo-app";
    static final String STOCK_CLIENT = "bench-stock";

    final Flow flow;
    final int concurrency;
    final int seconds;
    /** The servers; Gatling gives each virtual user one of them, in turn. */
    final List<String> baseUrls;
    final String realm;
    final UserPool pool;
    /** HISTORY only: the people with many rows, and with few. */
    final UserPool heavy;
    final UserPool light;
    final String heavyLabel;
    final String lightLabel;
    final int historyRepeats;
    final SmsSink sink;

    private final List<Long> loginEnds = new ArrayList<>();
    private final Map<String, List<Long>> stepNanos = new LinkedHashMap<>();
    final AtomicLong failedLogins = new AtomicLong();
    volatile long startNanos;
    volatile Runnable onStart = () -> { };

    Plan(Flow flow, int concurrency, int seconds, List<String> baseUrls, String realm, UserPool pool, UserPool heavy, UserPool light,
         String heavyLabel, String lightLabel, int historyRepeats, SmsSink sink) {
        this.flow = flow;
        this.concurrency = concurrency;
        this.seconds = seconds;
        this.baseUrls = baseUrls;
        this.realm = realm;
        this.pool = pool;
        this.heavy = heavy;
        this.light = light;
        this.heavyLabel = heavyLabel;
        this.lightLabel = lightLabel;
        this.historyRepeats = historyRepeats;
        this.sink = sink;
    }

    /** The same plan with nothing counted yet (to repeat a run). */
    Plan copy() {
        return new Plan(flow, concurrency, seconds, baseUrls, realm, pool, heavy, light, heavyLabel, lightLabel, historyRepeats, sink);
    }

    private static volatile List<Plan> current;

    static List<Plan> current() {
        List<Plan> lanes = current;
        if (lanes == null) {
            throw new IllegalStateException("No plan: LoginSimulation is started by BenchmarkRunner");
        }
        return lanes;
    }

    static void set(List<Plan> lanes) {
        current = lanes;
    }

    void started(long nanos) {
        startNanos = nanos;
        onStart.run();
    }

    synchronized void loginCompleted() {
        loginEnds.add(System.nanoTime());
    }

    /** Logins completed within the first {@code seconds} after the start. */
    synchronized long loginsWithin(long windowNanos) {
        return loginEnds.stream().filter(t -> t - startNanos <= windowNanos).count();
    }

    synchronized void declareStep(String name) {
        stepNanos.computeIfAbsent(name, n -> new ArrayList<>());
    }

    synchronized void record(String name, long nanos) {
        stepNanos.computeIfAbsent(name, n -> new ArrayList<>()).add(nanos);
    }

    /** Response times of successful requests per step, in the order the steps were declared. */
    synchronized Map<String, List<Long>> stepNanos() {
        Map<String, List<Long>> copy = new LinkedHashMap<>();
        stepNanos.forEach((k, v) -> copy.put(k, new ArrayList<>(v)));
        return copy;
    }

    synchronized long loginsCompleted() {
        return loginEnds.size();
    }
}
