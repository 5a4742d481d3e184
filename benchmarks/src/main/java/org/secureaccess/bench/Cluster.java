package org.secureaccess.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two production-mode Keycloak nodes with the extension on one PostgreSQL database: Infinispan's distributed caches,
 * members found through Keycloak's default {@code jdbc-ping} on that database, on loopback with ports of their own.
 * Each node has its own installation (built once), as two machines would.
 */
final class Cluster implements ServerUnderTest {

    static final List<KeycloakServer.Ports> PORTS = List.of(
            new KeycloakServer.Ports(8181, 9181, 7811),
            new KeycloakServer.Ports(8182, 9182, 7812));
    private static final Pattern VIEW = Pattern.compile("ISPN000094: Received new cluster view for channel ISPN: \\[[^]]*] \\((\\d+)\\)");

    final List<KeycloakServer> nodes;

    Cluster(List<KeycloakServer> nodes) {
        this.nodes = nodes;
    }

    /** The first node, for the admin API. */
    String adminUrl() {
        return nodes.get(0).url();
    }

    @Override
    public List<String> baseUrls() {
        return nodes.stream().map(KeycloakServer::url).toList();
    }

    @Override
    public long cpuMillis() throws IOException {
        long sum = 0;
        for (KeycloakServer node : nodes) {
            sum += node.cpuMillis();
        }
        return sum;
    }

    @Override
    public long jitMillis() throws IOException, InterruptedException {
        long sum = 0;
        for (KeycloakServer node : nodes) {
            sum += node.jitMillis();
        }
        return sum;
    }

    @Override
    public boolean alive() {
        return nodes.stream().allMatch(KeycloakServer::alive);
    }

    /**
     * Starts the nodes one after the other (the first imports the realms; the second finds them there), then waits
     * until every node's log reports a view with all of them.
     */
    @Override
    public void start() throws IOException, InterruptedException {
        for (KeycloakServer node : nodes) {
            node.start();
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (nodes.stream().anyMatch(node -> latestView(node.log()) < nodes.size())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The nodes did not form a cluster of " + nodes.size() + " within 2 minutes; see "
                        + nodes.stream().map(n -> n.log().toString()).toList());
            }
            Thread.sleep(500);
        }
    }

    private static int latestView(Path log) {
        try {
            Matcher view = VIEW.matcher(Files.readString(log));
            int members = 0;
            while (view.find()) {
                members = Integer.parseInt(view.group(1));
            }
            return members;
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public void stop() throws InterruptedException {
        List<InterruptedException> failures = new ArrayList<>();
        for (int i = nodes.size() - 1; i >= 0; i--) {
            try {
                nodes.get(i).stop();
            } catch (InterruptedException e) {
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }
}
