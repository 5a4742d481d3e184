package org.secureaccess.keycloak.shared.limits;

import java.time.Duration;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.secureaccess.keycloak.shared.hashing.KeyedHashProvider;

/**
 * Rate limits and lockouts that must hold across logins, requests and cluster nodes. Each counter
 * is a database row, changed under a row lock in a transaction of its own, so a count is kept even
 * when the request that made it fails, and two nodes never both take the last unit of a quota.
 * Times follow Keycloak's clock ({@link Time}), so tests can move them with a time offset.
 */
public final class SecurityCounters {

    /** At most {@code maxHits} in a window of {@code window}; going past it locks for {@code lockout}. */
    public record Quota(int maxHits, Duration window, Duration lockout) {
    }

    /**
     * {@code threshold} failures in a row lock for {@code lockout}; a success resets the count, and so
     * does {@code memory} without any failure.
     */
    public record Lockout(int threshold, Duration lockout, Duration memory) {
    }

    /**
     * @param allowed     whether the action may go ahead
     * @param hits        hits counted in the current window or run of failures
     * @param retryAt     when a refused action may be tried again (epoch millis), 0 when allowed
     */
    public record Outcome(boolean allowed, int hits, long retryAt) {

        static Outcome allowed(int hits) {
            return new Outcome(true, hits, 0);
        }

        static Outcome refused(int hits, long retryAt) {
            return new Outcome(false, hits, retryAt);
        }
    }

    private static final String KEY_PURPOSE = "security-counter";

    private SecurityCounters() {
    }

    /** Takes one unit of the quota if there is one left. */
    public static Outcome consume(KeycloakSession session, RealmModel realm, String counter, String subject, Quota quota) {
        return inOwnTransaction(session, realm, counter, subject, (entity, now) -> {
            if (entity.getLockedUntil() > now) {
                return Outcome.refused(entity.getHits(), entity.getLockedUntil());
            }
            if (now >= entity.getWindowStart() + quota.window().toMillis()) {
                entity.setWindowStart(now);
                entity.setHits(0);
            }
            if (entity.getHits() >= quota.maxHits()) {
                long retryAt = quota.lockout().isZero()
                        ? entity.getWindowStart() + quota.window().toMillis()
                        : now + quota.lockout().toMillis();
                entity.setLockedUntil(Math.max(entity.getLockedUntil(), quota.lockout().isZero() ? 0 : retryAt));
                entity.setExpiresAt(Math.max(retryAt, entity.getExpiresAt()));
                return Outcome.refused(entity.getHits(), retryAt);
            }
            entity.setHits(entity.getHits() + 1);
            entity.setLastHitAt(now);
            entity.setExpiresAt(Math.max(entity.getWindowStart() + quota.window().toMillis(), entity.getLockedUntil()));
            return Outcome.allowed(entity.getHits());
        });
    }

    /**
     * Gives back a unit taken with {@link #consume} for an attempt that turned out not to count (it
     * succeeded, or a service it needed was unavailable). Taking first and giving back later keeps
     * parallel requests from all slipping under a limit while the slow work runs.
     */
    public static void release(KeycloakSession session, RealmModel realm, String counter, String subject) {
        inOwnTransaction(session, realm, counter, subject, (entity, now) -> {
            if (entity.getHits() > 0) {
                entity.setHits(entity.getHits() - 1);
            }
            return Outcome.allowed(entity.getHits());
        });
    }

    /** Whether a unit could be taken now, without taking it. */
    public static Outcome peek(KeycloakSession session, RealmModel realm, String counter, String subject, Quota quota) {
        SecurityCounterEntity entity = read(session, realm, counter, subject);
        long now = Time.currentTimeMillis();
        if (entity == null) {
            return Outcome.allowed(0);
        }
        if (entity.getLockedUntil() > now) {
            return Outcome.refused(entity.getHits(), entity.getLockedUntil());
        }
        boolean windowOver = now >= entity.getWindowStart() + quota.window().toMillis();
        int hits = windowOver ? 0 : entity.getHits();
        if (hits >= quota.maxHits()) {
            long retryAt = quota.lockout().isZero() ? entity.getWindowStart() + quota.window().toMillis() : now + quota.lockout().toMillis();
            return Outcome.refused(hits, retryAt);
        }
        return Outcome.allowed(hits);
    }

    /** Counts a failure; the one that reaches the threshold starts the lockout. */
    public static Outcome recordFailure(KeycloakSession session, RealmModel realm, String counter, String subject, Lockout lockout) {
        return inOwnTransaction(session, realm, counter, subject, (entity, now) -> {
            if (entity.getLockedUntil() > now) {
                return Outcome.refused(entity.getHits(), entity.getLockedUntil());
            }
            if (entity.getHits() > 0 && now > entity.getLastHitAt() + lockout.memory().toMillis()) {
                entity.setHits(0);
            }
            entity.setHits(entity.getHits() + 1);
            entity.setLastHitAt(now);
            if (entity.getHits() >= lockout.threshold()) {
                int hits = entity.getHits();
                entity.setLockedUntil(now + lockout.lockout().toMillis());
                entity.setHits(0);
                entity.setExpiresAt(entity.getLockedUntil());
                return Outcome.refused(hits, entity.getLockedUntil());
            }
            entity.setExpiresAt(now + lockout.memory().toMillis());
            return Outcome.allowed(entity.getHits());
        });
    }

    /** The end of an active lockout (epoch millis), or 0 when the subject is not locked. */
    public static long lockedUntil(KeycloakSession session, RealmModel realm, String counter, String subject) {
        SecurityCounterEntity entity = read(session, realm, counter, subject);
        return entity != null && entity.getLockedUntil() > Time.currentTimeMillis() ? entity.getLockedUntil() : 0;
    }

    /** Failures in the current run (0 when none or when the memory has lapsed). */
    public static int failures(KeycloakSession session, RealmModel realm, String counter, String subject, Lockout lockout) {
        SecurityCounterEntity entity = read(session, realm, counter, subject);
        if (entity == null || Time.currentTimeMillis() > entity.getLastHitAt() + lockout.memory().toMillis()) {
            return 0;
        }
        return entity.getHits();
    }

    /** Forgets the counter, e.g. after a success. */
    public static void reset(KeycloakSession session, RealmModel realm, String counter, String subject) {
        if (read(session, realm, counter, subject) == null) {
            // The usual case at a sign-in: nothing to forget, so no write transaction and no row lock.
            return;
        }
        String id = idOf(session, realm, counter, subject);
        KeycloakModelUtils.runJobInTransaction(session.getKeycloakSessionFactory(), own -> {
            EntityManager em = own.getProvider(JpaConnectionProvider.class).getEntityManager();
            SecurityCounterEntity entity = em.find(SecurityCounterEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (entity != null) {
                em.remove(entity);
            }
        });
    }

    /** Removes counters whose windows and lockouts are over; returns how many. */
    public static int deleteExpired(EntityManager em, long now) {
        return em.createNamedQuery("SecurityCounter.deleteExpired").setParameter("now", now).executeUpdate();
    }

    private interface Change {
        Outcome apply(SecurityCounterEntity entity, long now);
    }

    private static Outcome inOwnTransaction(KeycloakSession session, RealmModel realm, String counter, String subject, Change change) {
        String id = idOf(session, realm, counter, subject);
        String realmId = realm.getId();
        try {
            return apply(session, id, realmId, change);
        } catch (RuntimeException concurrentInsert) {
            // Another node created the row between our read and our insert: the row exists now.
            return apply(session, id, realmId, change);
        }
    }

    private static Outcome apply(KeycloakSession session, String id, String realmId, Change change) {
        return KeycloakModelUtils.runJobInTransactionWithResult(session.getKeycloakSessionFactory(), own -> {
            EntityManager em = own.getProvider(JpaConnectionProvider.class).getEntityManager();
            long now = Time.currentTimeMillis();
            SecurityCounterEntity entity = em.find(SecurityCounterEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (entity == null) {
                entity = new SecurityCounterEntity(id, realmId);
                entity.setWindowStart(now);
                em.persist(entity);
            }
            Outcome outcome = change.apply(entity, now);
            em.flush();
            return outcome;
        });
    }

    /**
     * The counter as the database holds it now. Counters change only in transactions of their own, so the row read
     * here is detached at once: the request's entity manager never keeps a copy that a later read would return
     * stale, or fail to refresh after another transaction deleted the row (a reset, or the clean-up of expired rows).
     */
    private static SecurityCounterEntity read(KeycloakSession session, RealmModel realm, String counter, String subject) {
        String id = idOf(session, realm, counter, subject);
        EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
        SecurityCounterEntity entity = em.find(SecurityCounterEntity.class, id);
        if (entity != null) {
            em.detach(entity);
        }
        return entity;
    }

    private static String idOf(KeycloakSession session, RealmModel realm, String counter, String subject) {
        return session.getProvider(KeyedHashProvider.class).hash(KEY_PURPOSE, realm.getId() + "|" + counter + "|" + subject);
    }
}
