package org.secureaccess.keycloak.shared.limits;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.testframework.remote.providers.runonserver.FetchOnServer;

/**
 * Code that {@link SecurityCountersIT} runs inside the test server (run-on-server), so that several counter calls
 * share one request's Keycloak session and entity manager, as they do in a sign-in. It refers only to the server's
 * classes and the JDK; it answers with what each read saw, as strings.
 */
public final class CounterChecks {

    static final SecurityCounters.Quota TWO_PER_HOUR = new SecurityCounters.Quota(2, Duration.ofHours(1), Duration.ZERO);

    private CounterChecks() {
    }

    /**
     * In one session: take both units, reset the counter in between reads, and let the expiry clean-up delete a row
     * (each write in a transaction of its own, as a parallel request or the scheduled clean-up would). Every read must
     * see the database as it is, and a row deleted meanwhile must read as absent, not fail the request.
     */
    public static FetchOnServer readsAfterOtherTransactions(String realmName, String subject) {
        return session -> {
            RealmModel realm = session.realms().getRealmByName(realmName);
            List<String> seen = new ArrayList<>();
            Runnable peek = () -> seen.add(describe(SecurityCounters.peek(session, realm, "it-counter", subject, TWO_PER_HOUR)));
            SecurityCounters.consume(session, realm, "it-counter", subject, TWO_PER_HOUR);
            peek.run();
            SecurityCounters.consume(session, realm, "it-counter", subject, TWO_PER_HOUR);
            peek.run();
            SecurityCounters.reset(session, realm, "it-counter", subject);
            peek.run();
            SecurityCounters.consume(session, realm, "it-counter", subject, TWO_PER_HOUR);
            peek.run();
            long afterTheWindow = Time.currentTimeMillis() + Duration.ofHours(2).toMillis();
            KeycloakModelUtils.runJobInTransaction(session.getKeycloakSessionFactory(), cleanUp -> SecurityCounters.deleteExpired(
                    cleanUp.getProvider(JpaConnectionProvider.class).getEntityManager(), afterTheWindow));
            peek.run();
            return seen;
        };
    }

    /**
     * {@code parallel} threads, each in a Keycloak session of its own (as parallel requests or cluster nodes are), take
     * a unit of one counter that does not exist yet, all released at once: every one of them races to create the row.
     * Answers how many were allowed, how many failed outright, and the count the row holds afterwards.
     */
    public static FetchOnServer parallelFirstConsumes(String realmName, String subject, int parallel) {
        return session -> {
            String realmId = session.realms().getRealmByName(realmName).getId();
            SecurityCounters.Quota quota = new SecurityCounters.Quota(1000, Duration.ofHours(1), Duration.ZERO);
            java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(parallel);
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                answers.add(threads.submit(() -> {
                    go.await();
                    return KeycloakModelUtils.runJobInTransactionWithResult(session.getKeycloakSessionFactory(), own ->
                            SecurityCounters.consume(own, own.realms().getRealm(realmId), "it-parallel", subject, quota).allowed());
                }));
            }
            go.countDown();
            int allowed = 0;
            int failed = 0;
            for (java.util.concurrent.Future<Boolean> answer : answers) {
                try {
                    if (answer.get(60, java.util.concurrent.TimeUnit.SECONDS)) {
                        allowed++;
                    }
                } catch (Exception e) {
                    failed++;
                }
            }
            threads.shutdownNow();
            int counted = KeycloakModelUtils.runJobInTransactionWithResult(session.getKeycloakSessionFactory(), own ->
                    SecurityCounters.peek(own, own.realms().getRealm(realmId), "it-parallel", subject, quota).hits());
            return List.of("allowed " + allowed, "failed " + failed, "counted " + counted);
        };
    }

    private static String describe(SecurityCounters.Outcome outcome) {
        return (outcome.allowed() ? "allowed" : "refused") + " after " + outcome.hits();
    }
}
