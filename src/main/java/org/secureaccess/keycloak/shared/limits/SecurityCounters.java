package org.secureaccess.keycloak.shared.limits;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.secureaccess.keycloak.shared.hashing.KeyedHashProvider;
import org.secureaccess.keycloak.shared.metrics.Meters;

/**
 * Rate limits and lockouts that must hold across logins, requests and cluster nodes. Each counter
 * is a database row, changed under a row lock in a transaction of its own, so a count is kept even
 * when the request that made it fails, and two nodes never both take the last unit of a quota.
 * Times follow Keycloak's clock ({@link Time}), so tests can move them with a time offset.
 *
 * <p>Checks that guard a guess (a code, a match) take their unit <em>before</em> the guess is
 * evaluated and give it back when it turned out not to count: parallel requests then queue on the
 * row lock instead of all reading "one left" and all guessing.
 *
 * <p>The decisions themselves ({@link #take}, {@link #reserveAttempt}, {@link #confirmFailure}, ...)
 * are plain functions of a row and the time, so they are unit-tested at their edges.
 */
public final class SecurityCounters {

    /** A lock that only {@link #reset} (an administrator, or the person's account recovery) lifts. */
    public static final long UNTIL_CLEARED = Long.MAX_VALUE;
    /** A lockout duration or failure memory without end. */
    public static final Duration FOREVER = ChronoUnit.FOREVER.getDuration();

    /** At most {@code maxHits} in a window of {@code window}; going past it locks for {@code lockout}. */
    public record Quota(int maxHits, Duration window, Duration lockout) {
    }

    /**
     * {@code threshold} failures in a row lock for {@code lockout}; a success resets the count, and so
     * does {@code memory} without any failure. {@code capInARow} (0: none) counts failures in a row
     * across lock periods, forgotten by neither the locks nor the memory: reaching it locks
     * {@link #UNTIL_CLEARED}.
     */
    public record Lockout(int threshold, Duration lockout, Duration memory, int capInARow) {

        public Lockout(int threshold, Duration lockout, Duration memory) {
            this(threshold, lockout, memory, 0);
        }
    }

    /**
     * @param allowed     whether the action may go ahead
     * @param hits        hits counted in the current window or run of failures
     * @param retryAt     when a refused action may be tried again (epoch millis; {@link #UNTIL_CLEARED} when only a
     *                    reset lifts it), 0 when allowed
     * @param lockStarted this very call started the lock (so it is reported once, not for every refused attempt)
     */
    public record Outcome(boolean allowed, int hits, long retryAt, boolean lockStarted) {

        static Outcome allowed(int hits) {
            return new Outcome(true, hits, 0, false);
        }

        static Outcome refused(int hits, long retryAt) {
            return new Outcome(false, hits, retryAt, false);
        }

        static Outcome lockStarted(int hits, long until) {
            return new Outcome(false, hits, until, true);
        }

        /** Refused until a reset, not until a time. */
        public boolean untilCleared() {
            return !allowed && retryAt == UNTIL_CLEARED;
        }
    }

    private static final String KEY_PURPOSE = "security-counter";
    /** A row is created, then changed under its lock; the clean-up may remove it in between, so a few rounds. */
    private static final int CREATE_ROUNDS = 3;
    private static final Logger LOG = Logger.getLogger(SecurityCounters.class);

    private SecurityCounters() {
    }

    /** Takes one unit of the quota if there is one left. */
    public static Outcome consume(KeycloakSession session, RealmModel realm, String counter, String subject, Quota quota) {
        return inOwnTransaction(session, realm, counter, subject, (entity, now) -> take(entity, now, quota));
    }

    /**
     * Gives back a unit taken with {@link #consume} or {@link #reserveAttempt} for an attempt that turned out not to
     * count (it succeeded, was not evaluated, or a service it needed was unavailable). Taking first and giving back
     * later keeps parallel requests from all slipping under a limit while the slow work runs.
     */
    public static void release(KeycloakSession session, RealmModel realm, String counter, String subject) {
        inOwnTransactionIfPresent(session, realm, counter, subject, SecurityCounters::giveBack);
    }

    /** One counter of one subject: a unit taken with {@link #consume}. */
    public record Unit(String counter, String subject) {
    }

    /**
     * {@link #release} of several units in one transaction, for a success that gives back what more than one limit
     * took. The rows are locked in the order of their keys, so two such releases never wait for each other crosswise
     * (every other change locks one row only).
     */
    public static void releaseAll(KeycloakSession session, RealmModel realm, List<Unit> units) {
        if (units.isEmpty()) {
            return;
        }
        List<String> ids = units.stream().map(unit -> idOf(session, realm, unit.counter(), unit.subject())).sorted().toList();
        KeycloakModelUtils.runJobInTransaction(session.getKeycloakSessionFactory(), own -> {
            EntityManager em = own.getProvider(JpaConnectionProvider.class).getEntityManager();
            long now = Time.currentTimeMillis();
            for (String id : ids) {
                SecurityCounterEntity entity = em.find(SecurityCounterEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
                if (entity != null) {
                    giveBack(entity, now);
                }
            }
            em.flush();
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

    /**
     * Takes one attempt of a lockout before the attempt is evaluated: refused while locked, and while the failures
     * counted and the attempts still being evaluated already reach the threshold (or the cap), so parallel requests
     * get no more evaluations than a person typing one after the other. Follow it with {@link #confirmFailure} when
     * the attempt was wrong, {@link #reset} when it was right, or {@link #release} when it was not evaluated.
     */
    public static Outcome reserveAttempt(KeycloakSession session, RealmModel realm, String counter, String subject, Lockout lockout) {
        return inOwnTransaction(session, realm, counter, subject, (entity, now) -> reserveAttempt(entity, now, lockout));
    }

    /** The attempt reserved with {@link #reserveAttempt} was wrong: the one that finds the threshold reached starts the lock. */
    public static Outcome confirmFailure(KeycloakSession session, RealmModel realm, String counter, String subject, Lockout lockout) {
        return inOwnTransaction(session, realm, counter, subject, (entity, now) -> confirmFailure(entity, now, lockout));
    }

    /**
     * Counts a failure after the fact; the one that reaches the threshold starts the lockout. Prefer
     * {@link #reserveAttempt} and {@link #confirmFailure}, which hold under parallel requests.
     */
    public static Outcome recordFailure(KeycloakSession session, RealmModel realm, String counter, String subject, Lockout lockout) {
        return inOwnTransaction(session, realm, counter, subject, (entity, now) -> {
            Outcome reserved = reserveAttempt(entity, now, lockout);
            return reserved.allowed() ? confirmFailure(entity, now, lockout) : reserved;
        });
    }

    /** The end of an active lockout (epoch millis; {@link #UNTIL_CLEARED} for a lock without end), or 0 when not locked. */
    public static long lockedUntil(KeycloakSession session, RealmModel realm, String counter, String subject) {
        SecurityCounterEntity entity = read(session, realm, counter, subject);
        return entity != null && entity.getLockedUntil() > Time.currentTimeMillis() ? entity.getLockedUntil() : 0;
    }

    /** Failures in the current run (0 when none or when the memory has lapsed). */
    public static int failures(KeycloakSession session, RealmModel realm, String counter, String subject, Lockout lockout) {
        SecurityCounterEntity entity = read(session, realm, counter, subject);
        if (entity == null || Time.currentTimeMillis() > plus(entity.getLastHitAt(), lockout.memory())) {
            return 0;
        }
        return entity.getHits();
    }

    /** Failures in a row across lock periods (the count the cap of a {@link Lockout} applies to). */
    public static int failuresInARow(KeycloakSession session, RealmModel realm, String counter, String subject) {
        SecurityCounterEntity entity = read(session, realm, counter, subject);
        return entity == null ? 0 : entity.getRunTotal();
    }

    /**
     * Forgets the counter, e.g. after a success or when an administrator lifts a lock. The row is kept (emptied) for
     * the clean-up to remove, so that the next attempt of a person who signs in often needs no insert.
     */
    public static void reset(KeycloakSession session, RealmModel realm, String counter, String subject) {
        if (read(session, realm, counter, subject) == null) {
            // The usual case at a sign-in without any failure before: nothing to forget, no write transaction.
            return;
        }
        inOwnTransactionIfPresent(session, realm, counter, subject, SecurityCounters::forget);
    }

    /** Removes counters whose windows and lockouts are over; returns how many. */
    public static int deleteExpired(EntityManager em, long now) {
        return em.createNamedQuery("SecurityCounter.deleteExpired").setParameter("now", now).executeUpdate();
    }

    // ---- the decisions, on one row at one time ----------------------------------------------------------------------

    static Outcome take(SecurityCounterEntity entity, long now, Quota quota) {
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
    }

    static Outcome reserveAttempt(SecurityCounterEntity entity, long now, Lockout lockout) {
        if (entity.getLockedUntil() > now) {
            return Outcome.refused(entity.getHits(), entity.getLockedUntil());
        }
        if (entity.getHits() > 0 && now > plus(entity.getLastHitAt(), lockout.memory())) {
            entity.setHits(0);
        }
        if (entity.getHits() >= lockout.threshold() && now >= plus(entity.getLastHitAt(), lockout.lockout())) {
            // Attempts reserved by requests that never finished (a crash, a restart): the lock they would have started
            // is over by now, so they do not block for ever.
            entity.setHits(0);
        }
        if (capped(entity, lockout)) {
            return Outcome.refused(entity.getHits(), UNTIL_CLEARED);
        }
        if (entity.getHits() >= lockout.threshold()) {
            // The attempts already under way use up the run: one of them is about to start the lock.
            return Outcome.refused(entity.getHits(), plus(now, lockout.lockout()));
        }
        entity.setHits(entity.getHits() + 1);
        entity.setRunTotal(entity.getRunTotal() + 1);
        entity.setLastHitAt(now);
        entity.setExpiresAt(lockout.capInARow() > 0 ? UNTIL_CLEARED : Math.max(entity.getExpiresAt(), plus(now, lockout.memory())));
        return Outcome.allowed(entity.getHits());
    }

    static Outcome confirmFailure(SecurityCounterEntity entity, long now, Lockout lockout) {
        if (entity.getLockedUntil() > now) {
            // Another attempt of the same run started the lock a moment ago.
            return Outcome.refused(entity.getHits(), entity.getLockedUntil());
        }
        entity.setLastHitAt(now);
        if (capped(entity, lockout)) {
            return startLock(entity, UNTIL_CLEARED, lockout);
        }
        if (entity.getHits() >= lockout.threshold()) {
            return startLock(entity, plus(now, lockout.lockout()), lockout);
        }
        return Outcome.allowed(entity.getHits());
    }

    static Outcome giveBack(SecurityCounterEntity entity, long now) {
        if (entity.getHits() > 0) {
            entity.setHits(entity.getHits() - 1);
        }
        if (entity.getRunTotal() > 0) {
            entity.setRunTotal(entity.getRunTotal() - 1);
        }
        return Outcome.allowed(entity.getHits());
    }

    static Outcome forget(SecurityCounterEntity entity, long now) {
        entity.setHits(0);
        entity.setRunTotal(0);
        entity.setWindowStart(0);
        entity.setLockedUntil(0);
        entity.setExpiresAt(now);
        return Outcome.allowed(0);
    }

    private static boolean capped(SecurityCounterEntity entity, Lockout lockout) {
        return lockout.capInARow() > 0 && entity.getRunTotal() >= lockout.capInARow();
    }

    private static Outcome startLock(SecurityCounterEntity entity, long until, Lockout lockout) {
        int hits = entity.getHits();
        entity.setLockedUntil(until);
        entity.setHits(0);
        // A run the cap counts outlives the lock: only a success or a reset ends it.
        entity.setExpiresAt(lockout.capInARow() > 0 ? UNTIL_CLEARED : until);
        return Outcome.lockStarted(hits, until);
    }

    /** {@code epochMillis + duration}, saturating at {@link #UNTIL_CLEARED} for durations without end. */
    static long plus(long epochMillis, Duration duration) {
        long millis;
        try {
            millis = duration.toMillis();
        } catch (ArithmeticException endless) {
            return UNTIL_CLEARED;
        }
        return millis > UNTIL_CLEARED - epochMillis ? UNTIL_CLEARED : epochMillis + millis;
    }

    // ---- rows ----------------------------------------------------------------------------------------------------------

    private interface Change {
        Outcome apply(SecurityCounterEntity entity, long now);
    }

    /**
     * Changes the counter's row under its lock; when there is no row, creates it with the change already applied. The
     * creation is a transaction of its own that loses cleanly to a parallel request creating the same row (its insert
     * fails on the key and nothing of it is kept), and then the change is made under the lock of the row the other
     * created. So no request holds a lock on a missing row (a gap lock on MariaDB, which turns parallel first inserts
     * into deadlocks), no parallel first insert loses its count, and a new row costs one insert rather than an insert
     * and an update.
     */
    private static Outcome inOwnTransaction(KeycloakSession session, RealmModel realm, String counter, String subject, Change change) {
        String id = idOf(session, realm, counter, subject);
        for (int round = 0; round < CREATE_ROUNDS; round++) {
            Outcome outcome = changeIfPresent(session, id, change);
            if (outcome == null) {
                outcome = createChanged(session, id, realm.getId(), change);
            }
            if (outcome != null) {
                countLockStarted(realm, counter, outcome);
                return outcome;
            }
        }
        throw new IllegalStateException("Security counter " + counter + " could not be created");
    }

    /** A lock that starts is counted once, by limit, for an operator to alert on ({@value Meters#LOCKOUT}). */
    private static void countLockStarted(RealmModel realm, String counter, Outcome outcome) {
        if (outcome.lockStarted()) {
            Meters.count(Meters.LOCKOUT, "realm", realm.getName(), "counter", counter,
                    "outcome", outcome.retryAt() == UNTIL_CLEARED ? "until_cleared" : "temporary");
        }
    }

    private static void inOwnTransactionIfPresent(KeycloakSession session, RealmModel realm, String counter, String subject, Change change) {
        changeIfPresent(session, idOf(session, realm, counter, subject), change);
    }

    /** The change applied under the row lock, or null when there is no row. */
    private static Outcome changeIfPresent(KeycloakSession session, String id, Change change) {
        return KeycloakModelUtils.runJobInTransactionWithResult(session.getKeycloakSessionFactory(), own -> {
            EntityManager em = own.getProvider(JpaConnectionProvider.class).getEntityManager();
            SecurityCounterEntity entity = em.find(SecurityCounterEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (entity == null) {
                return null;
            }
            Outcome outcome = change.apply(entity, Time.currentTimeMillis());
            em.flush();
            return outcome;
        });
    }

    /** A new row with the change applied, or null when a parallel request (or another node) created the row first. */
    private static Outcome createChanged(KeycloakSession session, String id, String realmId, Change change) {
        try {
            return KeycloakModelUtils.runJobInTransactionWithResult(session.getKeycloakSessionFactory(), own -> {
                EntityManager em = own.getProvider(JpaConnectionProvider.class).getEntityManager();
                long now = Time.currentTimeMillis();
                SecurityCounterEntity entity = new SecurityCounterEntity(id, realmId);
                entity.setWindowStart(now);
                // Not "expired" before the change has set its own expiry (a change that sets none keeps this one).
                entity.setExpiresAt(now + Duration.ofMinutes(1).toMillis());
                Outcome outcome = change.apply(entity, now);
                em.persist(entity);
                em.flush();
                return outcome;
            });
        } catch (RuntimeException createdByAnother) {
            LOG.debugf("Security counter row created by a parallel request (%s)", createdByAnother.getClass().getSimpleName());
            return null;
        }
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
