package org.secureaccess.keycloak.proofing;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.jboss.logging.Logger;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.secureaccess.keycloak.shared.metrics.Meters;


/**
 * The proofing funnel: how many people started, failed at each step, were sent letters and
 * completed. Counted in the database (cluster-wide totals for the admin API) and as a Micrometer
 * counter per node for Keycloak's metrics endpoint ({@value #METRIC}).
 */
public final class ProofingFunnel {

    /** Each stage with the outcome it is for an operator: the {@code outcome} tag of {@value #METRIC}. */
    public enum Stage {
        STARTED(Outcome.PROGRESSED), EMAIL_CONFIRMED(Outcome.PROGRESSED), IDENTITY_NOT_MATCHED(Outcome.FAILED),
        IDENTITY_IN_USE(Outcome.FAILED), IDENTITY_MATCHED(Outcome.PROGRESSED), ACCOUNT_NOT_MATCHED(Outcome.FAILED),
        ACCOUNT_MATCHED(Outcome.PROGRESSED), PHONE_NOT_MATCHED(Outcome.FAILED), PHONE_CODE_FAILED(Outcome.FAILED),
        LETTER_SENT(Outcome.PROGRESSED), LETTER_CODE_FAILED(Outcome.FAILED), VERIFIER_UNAVAILABLE(Outcome.UNAVAILABLE),
        LOCKED(Outcome.LOCKED), COMPLETED_BY_PHONE(Outcome.COMPLETED), COMPLETED_BY_LETTER(Outcome.COMPLETED),
        COMPLETED_BY_EXCEPTION(Outcome.COMPLETED);

        private final Outcome outcome;

        Stage(Outcome outcome) {
            this.outcome = outcome;
        }

        public Outcome outcome() {
            return outcome;
        }
    }

    /** What reaching a stage means: a step forward, a refusal, a pause, no answer from the verifier, or done. */
    public enum Outcome {
        PROGRESSED, FAILED, LOCKED, UNAVAILABLE, COMPLETED
    }

    /** The {@code provider} tag of an exception an administrator granted: no verifier was asked. */
    static final String ADMINISTRATOR = "administrator";

    static final String METRIC = "secure_access_proofing_stage";
    private static final Logger LOG = Logger.getLogger(ProofingFunnel.class);

    private ProofingFunnel() {
    }

    /**
     * Counts one person reaching a stage; never fails the request. {@code provider} is the evidence verifier of the
     * realm's proofing, or {@link #ADMINISTRATOR} for an exception.
     */
    static void count(KeycloakSession session, RealmModel realm, Stage stage, String provider) {
        Meters.count(METRIC, "realm", realm.getName(), "stage", stage.name().toLowerCase(), "provider", provider,
                "outcome", stage.outcome().name().toLowerCase());
        String realmId = realm.getId();
        try {
            KeycloakModelUtils.runJobInTransaction(session.getKeycloakSessionFactory(), own -> increment(own, realmId, stage));
        } catch (RuntimeException firstInsertRace) {
            try {
                KeycloakModelUtils.runJobInTransaction(session.getKeycloakSessionFactory(), own -> increment(own, realmId, stage));
            } catch (RuntimeException e) {
                LOG.warnf("Proofing funnel: %s not counted for realm %s: %s", stage, realm.getName(), e.getClass().getSimpleName());
            }
        }
    }

    private static void increment(KeycloakSession own, String realmId, Stage stage) {
        EntityManager em = own.getProvider(JpaConnectionProvider.class).getEntityManager();
        ProofingFunnelEntity row = em.find(ProofingFunnelEntity.class, new ProofingFunnelEntity.Key(realmId, stage.name()), LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            row = new ProofingFunnelEntity(realmId, stage.name());
            em.persist(row);
        }
        row.increment();
    }

    /** Every stage with its total for the realm (zero when never reached). */
    static Map<String, Long> totals(KeycloakSession session, RealmModel realm) {
        Map<String, Long> totals = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            totals.put(stage.name().toLowerCase(), 0L);
        }
        session.getProvider(JpaConnectionProvider.class).getEntityManager()
                .createNamedQuery("ProofingFunnel.byRealm", ProofingFunnelEntity.class).setParameter("realmId", realm.getId())
                .getResultList().forEach(row -> totals.put(row.getStage().toLowerCase(), row.getTotal()));
        return totals;
    }
}
