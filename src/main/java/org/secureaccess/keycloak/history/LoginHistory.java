package org.secureaccess.keycloak.history;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.QueryTimeoutException;

import org.hibernate.dialect.Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.secureaccess.keycloak.shared.metrics.Meters;


/**
 * Writes and reads the per-person login history. Writing never fails or delays a sign-in: a row is
 * written in a transaction of its own and any error is logged (without personal data) and dropped.
 * Other capabilities record events that Keycloak has no event type for (a code was texted) here.
 */
public final class LoginHistory {

    /** Event detail naming the second factor an authenticator checked: sms, otp, hwk or recovery-code. */
    public static final String SECOND_FACTOR_DETAIL = "second_factor";
    /**
     * User-session note with the second factor of a completed sign-in: the LOGIN event is sent by a
     * later request than the one that checked the factor, so its details cannot carry it.
     */
    public static final String SECOND_FACTOR_NOTE = "secure-access.second-factor";
    /** Rows of login history that could not be written (Micrometer counter; {@code _total} on the metrics endpoint). */
    static final String WRITE_FAILURES_METRIC = "secure_access_login_history_write_failures";
    private static final Logger LOG = Logger.getLogger(LoginHistory.class);

    private LoginHistory() {
    }

    /** Whether the realm keeps a login history (its event listeners include ours). */
    public static boolean enabledFor(RealmModel realm) {
        return realm != null && realm.getEventsListenersStream().anyMatch(LoginHistoryEventListenerProviderFactory.ID::equals);
    }

    /** Records one event of the current request for a person, if the realm keeps a history. */
    public static void record(KeycloakSession session, RealmModel realm, String userId, HistoryKind kind, String factor, String detail) {
        if (!enabledFor(realm) || userId == null) {
            return;
        }
        String clientId = session.getContext().getClient() == null ? null : session.getContext().getClient().getClientId();
        String ip = session.getContext().getConnection() == null ? null : session.getContext().getConnection().getRemoteAddr();
        write(session, realm.getId(), userId, kind, clientId, ip, factor, signInOf(session, null), detail, DeviceSummary.ofCurrentRequest(session));
    }

    /**
     * The user session an event belongs to: its own, or during a sign-in the one it is going to create (Keycloak
     * gives the user session the id of the browser's authentication session), so that every row of one sign-in,
     * from the first texted code to the factors enrolled before it completes, carries the same id.
     */
    static String signInOf(KeycloakSession session, String eventSessionId) {
        if (eventSessionId != null) {
            return eventSessionId;
        }
        var authSession = session.getContext().getAuthenticationSession();
        return authSession == null || authSession.getParentSession() == null ? null : authSession.getParentSession().getId();
    }

    static LoginHistoryEntity write(KeycloakSession session, String realmId, String userId, HistoryKind kind, String clientId,
            String ipAddress, String factor, String sessionId, String detail, DeviceSummary device) {
        LoginHistoryEntity row = new LoginHistoryEntity();
        row.setId(KeycloakModelUtils.generateId());
        row.setRealmId(realmId);
        row.setUserId(userId);
        row.setEventTime(Time.currentTimeMillis());
        row.setKind(kind.name());
        row.setSuccess(kind.success());
        row.setClientId(cut(clientId, 255));
        row.setIpAddress(cut(ipAddress, 64));
        row.setFactor(cut(factor, 20));
        row.setSessionId(cut(sessionId, 36));
        row.setDetail(cut(detail, 80));
        row.setDevice(device.summary());
        row.setDeviceFamily(device.family());
        row.setUserAgent(device.userAgent());
        try {
            if (!kind.success()) {
                return FailedAttemptRows.write(session.getKeycloakSessionFactory(), row, HistorySettings.of(session).failedAttemptRowsPerHour());
            }
            KeycloakModelUtils.runJobInTransaction(session.getKeycloakSessionFactory(),
                    own -> own.getProvider(JpaConnectionProvider.class).getEntityManager().persist(row));
            return row;
        } catch (RuntimeException e) {
            LOG.warnf("Login history: could not record a %s event for realm %s: %s", kind, realmId, e.getClass().getSimpleName());
            countWriteFailure(kind, e);
            return null;
        }
    }

    /**
     * A row that could not be written (the database unreachable, say) is never silent: besides the warning, it is
     * counted on Keycloak's metrics endpoint ({@value #WRITE_FAILURES_METRIC}) for an operator to alert on, by kind,
     * by store ({@code provider}: the database behind Keycloak's JPA connection) and by {@link WriteFailure outcome}.
     * The sign-in itself goes on: history is a record of it, not a condition for it.
     */
    static void countWriteFailure(HistoryKind kind, RuntimeException failure) {
        Meters.count(WRITE_FAILURES_METRIC, "kind", kind == null ? "unknown" : kind.name().toLowerCase(), "provider", store,
                "outcome", WriteFailure.of(failure).tag());
    }

    /** The database of the history's rows, named once the server has started; for the {@code provider} tag only. */
    private static volatile String store = "unknown";

    /** Every kind's and outcome's write-failure counter at 0, so that the first failure raises an alert. */
    static void declareWriteFailureCounters(KeycloakSession session) {
        store = database(session);
        for (HistoryKind kind : HistoryKind.values()) {
            for (WriteFailure outcome : WriteFailure.values()) {
                Meters.declareCounter(WRITE_FAILURES_METRIC, "kind", kind.name().toLowerCase(), "provider", store, "outcome", outcome.tag());
            }
        }
    }

    /** The database Keycloak's JPA connection speaks to, by its Hibernate dialect: postgresql, mariadb, h2 and so on. */
    private static String database(KeycloakSession session) {
        try {
            Dialect dialect = session.getProvider(JpaConnectionProvider.class).getEntityManager().getEntityManagerFactory()
                    .unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();
            Class<?> named = dialect.getClass();
            while (!named.getPackageName().startsWith("org.hibernate.") && named.getSuperclass() != null) {
                named = named.getSuperclass();
            }
            return named.getSimpleName().replace("Dialect", "").toLowerCase();
        } catch (RuntimeException | LinkageError unknown) {
            return "unknown";
        }
    }

    /** Why a row could not be written, as far as an operator can act on it: the {@code outcome} tag. */
    enum WriteFailure {
        /** The database did not answer in time (a lock or query timeout). */
        TIMEOUT,
        /** The database refused or failed the write. */
        DATABASE_ERROR,
        /** Anything else (a bug of ours, say). */
        ERROR;

        static WriteFailure of(Throwable failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof QueryTimeoutException || cause instanceof LockTimeoutException || cause instanceof SQLTimeoutException) {
                    return TIMEOUT;
                }
            }
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof PersistenceException || cause instanceof SQLException) {
                    return DATABASE_ERROR;
                }
            }
            return ERROR;
        }

        String tag() {
            return name().toLowerCase();
        }
    }

    static List<LoginHistoryEntity> latest(EntityManager em, String realmId, String userId, int first, int max) {
        return em.createNamedQuery("LoginHistory.latest", LoginHistoryEntity.class)
                .setParameter("realmId", realmId).setParameter("userId", userId)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    static long count(EntityManager em, String realmId, String userId) {
        return em.createNamedQuery("LoginHistory.count", Long.class)
                .setParameter("realmId", realmId).setParameter("userId", userId).getSingleResult();
    }

    static LoginHistoryEntity latestOfKind(EntityManager em, String realmId, String userId, HistoryKind kind) {
        List<LoginHistoryEntity> rows = em.createNamedQuery("LoginHistory.latestOfKind", LoginHistoryEntity.class)
                .setParameter("realmId", realmId).setParameter("userId", userId).setParameter("kind", kind.name())
                .setMaxResults(1).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    static List<LoginHistoryEntity> failuresSince(EntityManager em, String realmId, String userId, long since) {
        List<String> kinds = java.util.Arrays.stream(HistoryKind.values()).filter(HistoryKind::isFailedAttempt).map(Enum::name).toList();
        return em.createNamedQuery("LoginHistory.failuresSince", LoginHistoryEntity.class)
                .setParameter("realmId", realmId).setParameter("userId", userId).setParameter("since", since)
                .setParameter("kinds", kinds).setMaxResults(100).getResultList();
    }

    /** When the sign-in that {@code signIn} (a {@link HistoryKind#SIGN_IN} row) records began, reaching a day back at most. */
    static long startOfSignIn(EntityManager em, LoginHistoryEntity signIn) {
        return startOfSignIn(em, signIn.getRealmId(), signIn.getUserId(), signIn.getSessionId(),
                signIn.getEventTime() - LoginHistoryEventListener.SIGN_IN_REACH_MILLIS, signIn.getEventTime());
    }

    /**
     * When the sign-in (user session) {@code sessionId} began as far as the history saw it: its earliest row
     * since {@code since}, or {@code fallback} when it has none.
     */
    static long startOfSignIn(EntityManager em, String realmId, String userId, String sessionId, long since, long fallback) {
        if (sessionId == null) {
            return fallback;
        }
        Long earliest = em.createNamedQuery("LoginHistory.earliestOfSession", Long.class)
                .setParameter("realmId", realmId).setParameter("userId", userId).setParameter("since", since)
                .setParameter("sessionId", sessionId).getSingleResult();
        return earliest == null ? fallback : Math.min(earliest, fallback);
    }

    /** Whether one such sign-in exists: the first match is enough, so no count over a long history. */
    static boolean signedInBeforeFrom(EntityManager em, String realmId, String userId, String deviceFamily) {
        return !em.createNamedQuery("LoginHistory.signInsFromDevice", String.class)
                .setParameter("realmId", realmId).setParameter("userId", userId)
                .setParameter("kind", HistoryKind.SIGN_IN.name()).setParameter("deviceFamily", deviceFamily)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** Removes rows older than the cut-off (epoch millis); returns how many. */
    static int deleteOlderThan(EntityManager em, long cutoff) {
        return em.createNamedQuery("LoginHistory.deleteOlderThan").setParameter("cutoff", cutoff).executeUpdate();
    }

    static EntityManager entityManager(KeycloakSession session) {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
