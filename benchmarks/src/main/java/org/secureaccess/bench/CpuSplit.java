package org.secureaccess.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Which CPUs Keycloak and the load client may use. The targets compare the server's logins per second. When Gatling
 * shares Keycloak's cores, it takes CPU from the server, and (by our reading of the figures) each round trip also
 * waits for the client's turn behind Keycloak's threads. Our flow has two more requests per login than stock, so both count against it although neither is
 * work the server does (docs/benchmarks.md has the figures). keycloak-benchmark runs its load client on other
 * machines; on one machine the closest is to give the client a core of its own (the last one) and Keycloak the
 * others, with {@code taskset}. PostgreSQL, a service of the machine, is not pinned.
 *
 * @param serverCpus the CPU list for Keycloak ({@code taskset -c}), or null when nothing is pinned
 * @param clientCpus the CPU list for this JVM (the load client and the text-message sink)
 * @param totalCpus  the CPUs of the machine
 */
record CpuSplit(String serverCpus, String clientCpus, int totalCpus) {

    /** {@code off}, or {@code auto}: split when the machine has at least 2 CPUs and {@code taskset} works. */
    static CpuSplit decide(String option) throws IOException, InterruptedException {
        if (!"off".equals(option) && !"auto".equals(option)) {
            throw new IllegalArgumentException("--pin=" + option + ": auto or off");
        }
        int cpus = Runtime.getRuntime().availableProcessors();
        if ("off".equals(option) || cpus < 2) {
            return new CpuSplit(null, null, cpus);
        }
        String server = cpus == 2 ? "0" : "0-" + (cpus - 2);
        String client = String.valueOf(cpus - 1);
        try {
            // -a: every thread this JVM already has (the JIT's, the sink's); threads started later inherit it.
            run("taskset", "-a", "-p", "-c", client, String.valueOf(ProcessHandle.current().pid()));
        } catch (NoTaskset e) {
            System.out.println("[bench] no taskset on the PATH: Keycloak and the load client share the cores");
            return new CpuSplit(null, null, cpus);
        }
        return new CpuSplit(server, client, cpus);
    }

    boolean pinned() {
        return serverCpus != null;
    }

    /** For docs/benchmarks.md. */
    String describe() {
        if (!pinned()) {
            return "The load client (Gatling) runs on the same cores as Keycloak.";
        }
        return "Keycloak runs on CPU " + serverCpus + " and the load client (Gatling, and the text-message sink) on CPU "
                + clientCpus + " (`taskset`), so that the client neither takes CPU from the server nor waits behind it for its turn; "
                + "Keycloak's JVM sees " + (totalCpus - 1) + " CPU" + (totalCpus == 2 ? "" : "s")
                + " (its garbage collector is still G1, which kc.sh sets). PostgreSQL is not pinned.";
    }

    private static final class NoTaskset extends Exception {
    }

    private static void run(String... command) throws IOException, InterruptedException, NoTaskset {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new NoTaskset();
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed (use --pin=off to run unpinned): " + out);
        }
    }
}
