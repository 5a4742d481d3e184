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

    public enum Stage {
        STARTED, EMAIL_CONFIRMED, IDENTITY_NOT_MATCHED, IDENTITY_IN_USE, IDENTITY_MATCHED, ACCOUNT_NOT_MATCHED, ACCOUNT_MATCHED,
        PHONE_NOT_MATCHED, PHONE_CODE_FAILED, LETTER_SENT, LETTER_CODE_FAILED, VERIFIER_UNAVAILABLE, LOCKED,
        COMPLETED_BY_PHONE, COMPLETED_BY_LETTER, COMPLETED_BY_EXCEPTION
    }

    static final String METRIC = "secure_access_proofing_stage";
    private static final Logger LOG = Logger.getLogger(ProofingFunnel.class);

    private ProofingFunnel() {
    }

    /** Counts one person reaching a stage; never fails the request. */
    static void count(KeycloakSession session, RealmModel realm, Stage stage) {
        Meters.count(METRIC, "realm", realm.getName(), "stage", stage.name().toLowerCase());
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
