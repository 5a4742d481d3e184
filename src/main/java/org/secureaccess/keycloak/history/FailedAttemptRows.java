package org.secureaccess.keycloak.history;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Writes a failed attempt so that one person's history gets at most {@code rowsPerHour} rows of failed
 * attempts per clock hour (Keycloak's clock); the attempts past that are added to one
 * {@link HistoryKind#MORE_FAILED_ATTEMPTS} row for the hour, which takes the time, address and device of the
 * latest. Someone hammering a username therefore cannot flood the person's history or the table, and the
 * person still learns how many attempts there were.
 * <p>
 * The count lives in a tally row per person and hour, read and changed under a row lock in one transaction
 * with the history write, so two requests on two nodes never both take the last row of the hour. Its id, and
 * the sum row's, are derived from realm, person and hour, so every node finds the same rows.
 */
final class FailedAttemptRows {

    static final long HOUR_MILLIS = 3_600_000L;

    private FailedAttemptRows() {
    }

    /** Writes {@code attempt} (not yet stored) or adds it to the hour's sum; returns the row that now shows it. */
    static LoginHistoryEntity write(KeycloakSessionFactory factory, LoginHistoryEntity attempt, int rowsPerHour) {
        long hourStart = hourStart(attempt.getEventTime());
        String tallyId = derivedId(attempt.getRealmId(), attempt.getUserId(), hourStart, "tally");
        createTallyIfMissing(factory, tallyId, attempt, hourStart);
        return KeycloakModelUtils.runJobInTransactionWithResult(factory, session -> {
            EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
            FailedAttemptTallyEntity tally = em.find(FailedAttemptTallyEntity.class, tallyId, LockModeType.PESSIMISTIC_WRITE);
            if (tally == null) {
                // Removed by retention in between (only possible for an attempt dated hours back): not worth a sum.
                em.persist(attempt);
                return attempt;
            }
            tally.setFailures(tally.getFailures() + 1);
            if (tally.getFailures() <= rowsPerHour) {
                em.persist(attempt);
                return attempt;
            }
            String sumId = derivedId(attempt.getRealmId(), attempt.getUserId(), hourStart, "more");
            LoginHistoryEntity sum = em.find(LoginHistoryEntity.class, sumId);
            if (sum == null) {
                attempt.setId(sumId);
                attempt.setKind(HistoryKind.MORE_FAILED_ATTEMPTS.name());
                attempt.setSuccess(false);
                attempt.setAttempts(1);
                attempt.setFactor(null);
                attempt.setDetail(null);
                em.persist(attempt);
                return attempt;
            }
            sum.setAttempts(sum.getAttempts() == null ? 1 : sum.getAttempts() + 1);
            sum.setEventTime(Math.max(sum.getEventTime(), attempt.getEventTime()));
            sum.setClientId(attempt.getClientId());
            sum.setIpAddress(attempt.getIpAddress());
            sum.setDevice(attempt.getDevice());
            sum.setDeviceFamily(attempt.getDeviceFamily());
            sum.setUserAgent(attempt.getUserAgent());
            sum.setSessionId(attempt.getSessionId());
            return sum;
        });
    }

    static long hourStart(long epochMillis) {
        return epochMillis - Math.floorMod(epochMillis, HOUR_MILLIS);
    }

    /** A 36-character id that every node derives alike for the same person, hour and purpose. */
    static String derivedId(String realmId, String userId, long hourStart, String purpose) {
        return UUID.nameUUIDFromBytes((purpose + "|" + realmId + "|" + userId + "|" + hourStart).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * Creates the hour's tally in a transaction of its own, so that the row lock can be taken on it. When two
     * requests create it at once, the second insert fails on the primary key and the row the first made is used.
     */
    private static void createTallyIfMissing(KeycloakSessionFactory factory, String tallyId, LoginHistoryEntity attempt, long hourStart) {
        try {
            KeycloakModelUtils.runJobInTransaction(factory, session -> {
                EntityManager em = session.getProvider(JpaConnectionProvider.class).getEntityManager();
                if (em.find(FailedAttemptTallyEntity.class, tallyId) == null) {
                    FailedAttemptTallyEntity tally = new FailedAttemptTallyEntity();
                    tally.setId(tallyId);
                    tally.setRealmId(attempt.getRealmId());
                    tally.setUserId(attempt.getUserId());
                    tally.setHourStart(hourStart);
                    tally.setFailures(0);
                    em.persist(tally);
                }
            });
        } catch (RuntimeException createdByAnotherRequest) {
            // The primary key says another request (or node) created it first; the locked read below uses theirs.
        }
    }

    /** Removes tallies of hours that ended before {@code cutoff}; returns how many. */
    static int deleteTalliesOlderThan(EntityManager em, long cutoff) {
        return em.createNamedQuery("FailedAttemptTally.deleteOlderThan").setParameter("cutoff", hourStart(cutoff) - HOUR_MILLIS).executeUpdate();
    }
}
