package org.secureaccess.keycloak.history;

import java.time.Duration;

import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.timer.ScheduledTask;
import org.secureaccess.keycloak.shared.limits.SecurityCounters;

/** Removes login-history rows past the retention age, and security counters that have run out. */
class RetentionTask implements ScheduledTask {

    static final String NAME = "secure-access-history-retention";
    private static final Logger LOG = Logger.getLogger(RetentionTask.class);

    private final Duration retention;

    RetentionTask(Duration retention) {
        this.retention = retention;
    }

    @Override
    public void run(KeycloakSession session) {
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        long now = Time.currentTimeMillis();
        int history = LoginHistory.deleteOlderThan(em, now - retention.toMillis());
        int counters = SecurityCounters.deleteExpired(em, now);
        // A tally matters only during its hour; keep the previous one for attempts that arrive late.
        FailedAttemptRows.deleteTalliesOlderThan(em, now);
        // Every run, so that how often the job runs (once per interval in the cluster) can be read from the logs.
        LOG.debugf("Retention run at %d: removed %d login-history rows and %d expired counters", now, history, counters);
    }

    @Override
    public String getTaskName() {
        return NAME;
    }
}
