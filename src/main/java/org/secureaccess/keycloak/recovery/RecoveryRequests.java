package org.secureaccess.keycloak.recovery;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/** Reads and changes recovery requests. Every change of status is a conditional update, so that only one request wins a race. */
final class RecoveryRequests {

    private static final Logger LOG = Logger.getLogger(RecoveryRequests.class);

    private RecoveryRequests() {
    }

    /** The person's request that is still pending and not past its end, if any. */
    static Optional<RecoveryRequestEntity> pending(KeycloakSession session, RealmModel realm, String userId) {
        List<RecoveryRequestEntity> found = em(session).createNamedQuery("Recovery.pendingOfUser", RecoveryRequestEntity.class)
                .setParameter("realmId", realm.getId()).setParameter("userId", userId).setParameter("now", Time.currentTimeMillis())
                .setMaxResults(1).getResultList();
        return found.stream().findFirst();
    }

    static Optional<RecoveryRequestEntity> byId(KeycloakSession session, String id) {
        return Optional.ofNullable(em(session).find(RecoveryRequestEntity.class, id));
    }

    /**
     * Opens a new request, committed in a transaction of its own; empty when the person already has
     * a pending one (another request won the race). A lapsed request is closed first, so it never
     * keeps the person from asking again.
     */
    static Optional<RecoveryRequestEntity> open(KeycloakSession session, RealmModel realm, UserModel user, RecoveryRoute route,
                                                Long readyAt, long endsAt, String baseUrl) {
        String id = KeycloakModelUtils.generateId();
        String realmId = realm.getId();
        String userId = user.getId();
        try {
            KeycloakModelUtils.runJobInTransaction(session.getKeycloakSessionFactory(), own -> {
                EntityManager em = em(own);
                long now = Time.currentTimeMillis();
                em.createNamedQuery("Recovery.expireLapsed").setParameter("realmId", realmId).setParameter("userId", userId)
                        .setParameter("now", now).executeUpdate();
                RecoveryRequestEntity request = new RecoveryRequestEntity();
                request.setId(id);
                request.setRealmId(realmId);
                request.setUserId(userId);
                request.setLiveKey(userId);
                request.setRoute(route);
                request.setStatus(RecoveryStatus.PENDING);
                request.setRequestedAt(now);
                request.setReadyAt(readyAt);
                request.setEndsAt(endsAt);
                request.setBaseUrl(baseUrl);
                em.persist(request);
                em.flush();
            });
        } catch (RuntimeException refused) {
            if (pending(session, realm, userId).isEmpty()) {
                throw refused;
            }
            // The unique constraint on the live key: a parallel request opened one first.
            LOG.debugf("Recovery request for user %s not opened: one is pending", userId);
            return Optional.empty();
        }
        return byId(session, id);
    }

    /**
     * Ends a pending request (cancelled, completed or expired) in the request's transaction; true only
     * for the one caller that changed it. The row stays locked until that transaction ends, so a
     * cancel and a completion can never both succeed.
     */
    static boolean close(KeycloakSession session, String requestId, RecoveryStatus status, String closedBy) {
        int changed = em(session).createNamedQuery("Recovery.close").setParameter("status", status.name())
                .setParameter("now", Time.currentTimeMillis()).setParameter("closedBy", closedBy).setParameter("id", requestId)
                .executeUpdate();
        return changed == 1;
    }

    /** Cancels the person's pending request, if any; returns it when this call cancelled it. */
    static Optional<RecoveryRequestEntity> cancelPending(KeycloakSession session, RealmModel realm, String userId, String closedBy) {
        Optional<RecoveryRequestEntity> pending = pending(session, realm, userId);
        if (pending.isPresent() && close(session, pending.get().getId(), RecoveryStatus.CANCELLED, closedBy)) {
            return pending;
        }
        return Optional.empty();
    }

    /** Ids of pending waits that are over and whose "wait is over" email has not gone out. */
    static List<String> readyNoticesDue(EntityManager em, long now, int max) {
        return em.createNamedQuery("Recovery.dueReadyNotices", String.class).setParameter("now", now).setMaxResults(max).getResultList();
    }

    /** Claims the "wait is over" email of one request; true for exactly one caller, on any node. */
    static boolean claimReadyNotice(EntityManager em, String requestId, long now) {
        return em.createNamedQuery("Recovery.claimReadyNotice").setParameter("now", now).setParameter("id", requestId).executeUpdate() == 1;
    }

    /** Gives the claim back after the email could not be sent, so a later run tries again. */
    static void unclaimReadyNotice(EntityManager em, String requestId) {
        em.createNamedQuery("Recovery.unclaimReadyNotice").setParameter("id", requestId).executeUpdate();
    }

    /** Removes requests that ended before the cut-off, and the cancel links left without a request; returns how many requests. */
    static int deleteEndedBefore(EntityManager em, long cutoff) {
        int requests = em.createNamedQuery("Recovery.deleteEndedBefore").setParameter("cutoff", cutoff).executeUpdate();
        if (requests > 0) {
            em.createNamedQuery("RecoveryCancelLink.deleteOrphans").executeUpdate();
        }
        return requests;
    }

    static EntityManager em(KeycloakSession session) {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }
}
