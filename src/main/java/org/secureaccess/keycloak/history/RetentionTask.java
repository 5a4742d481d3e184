package org.secureaccess.keycloak.history;

import java.time.Duration;

import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.timer.ScheduledTask;
import org.secureaccess.keycloak.shared.limits.SecurityCounters;

/**
 * Removes login-history rows past the retention age, and security counters that have run out, once per interval in the
 * cluster. Every node's timer fires in every interval, and Keycloak's {@code ClusterAwareScheduledTaskRunner} only keeps
 * two nodes from running the task at the same moment (its lock goes when a run ends): so each run first claims its
 * interval in Keycloak's cluster-wide single-use store, and the nodes that come later in the interval find it claimed.
 */
class RetentionTask implements ScheduledTask {

    static final String NAME = "secure-access-history-retention";
    private static final Logger LOG = Logger.getLogger(RetentionTask.class);

    private final Duration retention;
    private final Duration interval;

    RetentionTask(Duration retention, Duration interval) {
        this.retention = retention;
        this.interval = interval;
    }

    @Override
    public void run(KeycloakSession session) {
        long now = Time.currentTimeMillis();
        if (!claimInterval(session, now)) {
            return;
        }
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        int history = LoginHistory.deleteOlderThan(em, now - retention.toMillis());
        int counters = SecurityCounters.deleteExpired(em, now);
        // A tally matters only during its hour; keep the previous one for attempts that arrive late.
        FailedAttemptRows.deleteTalliesOlderThan(em, now);
        // Every run, so that how often the job runs (once per interval in the cluster) can be read from the logs.
        LOG.debugf("Retention run at %d: removed %d login-history rows and %d expired counters", now, history, counters);
    }

    /** Whether this run is the first in the cluster in the interval {@code now} falls in (intervals counted from the epoch). */
    private boolean claimInterval(KeycloakSession session, long now) {
        long intervalNumber = now / interval.toMillis();
        // Kept beyond the interval's end, so that a node whose timer fires late in the interval still finds the claim.
        return session.singleUseObjects().putIfAbsent(NAME + "." + intervalNumber, 2 * Math.max(1, interval.toSeconds()));
    }

    @Override
    public String getTaskName() {
        return NAME;
    }
}
