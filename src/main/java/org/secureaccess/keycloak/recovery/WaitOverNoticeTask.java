package org.secureaccess.keycloak.recovery;

import java.time.Duration;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.events.EventBuilder;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.timer.ScheduledTask;

/**
 * Emails "the wait is over" once per request, when its wait ends, and removes requests that ended
 * long ago. Runs once per interval in the cluster; even if two nodes ran it at once, each email is
 * claimed by a conditional update that only one of them wins.
 */
class WaitOverNoticeTask implements ScheduledTask {

    static final String NAME = "secure-access-recovery-notices";
    private static final int BATCH = 100;
    private static final Logger LOG = Logger.getLogger(WaitOverNoticeTask.class);

    private final Duration endedRetention;

    WaitOverNoticeTask(Duration endedRetention) {
        this.endedRetention = endedRetention;
    }

    @Override
    public void run(KeycloakSession session) {
        EntityManager em = RecoveryRequests.em(session);
        long now = Time.currentTimeMillis();
        List<String> due = RecoveryRequests.readyNoticesDue(em, now, BATCH);
        for (String requestId : due) {
            try {
                sendOne(session.getKeycloakSessionFactory(), requestId);
            } catch (RuntimeException e) {
                LOG.warnf("Recovery request %s: 'wait is over' email not sent: %s", requestId, e.getClass().getSimpleName());
                LOG.debugf(e, "Recovery request %s: 'wait is over' email failed", requestId);
            }
        }
        int removed = RecoveryRequests.deleteEndedBefore(em, now - endedRetention.toMillis());
        if (!due.isEmpty() || removed > 0) {
            LOG.debugf("Recovery: %d 'wait is over' emails due, %d ended requests removed", due.size(), removed);
        }
    }

    /**
     * Claim, send and commit in one transaction of its own: the claim's row lock keeps every other
     * node waiting until the email is out, and then they find it claimed.
     */
    private static void sendOne(KeycloakSessionFactory factory, String requestId) {
        KeycloakModelUtils.runJobInTransaction(factory, session -> {
            EntityManager em = RecoveryRequests.em(session);
            if (!RecoveryRequests.claimReadyNotice(em, requestId, Time.currentTimeMillis())) {
                return;
            }
            RecoveryRequestEntity request = em.find(RecoveryRequestEntity.class, requestId);
            RealmModel realm = session.realms().getRealm(request.getRealmId());
            if (realm == null) {
                return;
            }
            // Keycloak's user lookups and the email theme need a realm in the context, as in a request.
            session.getContext().setRealm(realm);
            UserModel user = session.users().getUserById(realm, request.getUserId());
            if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
                // Nobody to write to: the claim stays, so the job does not look again.
                return;
            }
            if (!RecoveryNotices.email(session, realm, user, request, RecoveryNotices.Email.WAIT_OVER)) {
                // The mail server refused it: a later run tries again.
                RecoveryRequests.unclaimReadyNotice(em, requestId);
                return;
            }
            RecoveryEvents.step(new EventBuilder(realm, session), user, RecoveryEvents.WAIT_OVER_NOTICE, request).success();
        });
    }

    @Override
    public String getTaskName() {
        return NAME;
    }
}
