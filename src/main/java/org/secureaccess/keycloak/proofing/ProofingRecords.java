package org.secureaccess.keycloak.proofing;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/** Reads and changes proofing records in the request's transaction. */
final class ProofingRecords {

    private ProofingRecords() {
    }

    static Optional<ProofingRecordEntity> find(KeycloakSession session, RealmModel realm, UserModel user) {
        List<ProofingRecordEntity> found = em(session).createNamedQuery("Proofing.byUser", ProofingRecordEntity.class)
                .setParameter("realmId", realm.getId()).setParameter("userId", user.getId()).getResultList();
        return found.stream().findFirst();
    }

    static ProofingRecordEntity findOrStart(KeycloakSession session, RealmModel realm, UserModel user) {
        return find(session, realm, user).orElseGet(() -> {
            long now = Time.currentTimeMillis();
            ProofingRecordEntity record = new ProofingRecordEntity();
            record.setId(KeycloakModelUtils.generateId());
            record.setRealmId(realm.getId());
            record.setUserId(user.getId());
            record.setStatus(ProofingStatus.IN_PROGRESS);
            record.setStartedAt(now);
            record.setUpdatedAt(now);
            em(session).persist(record);
            return record;
        });
    }

    /** The account (if any) that a person of record has already verified. */
    static Optional<ProofingRecordEntity> verifiedByPerson(KeycloakSession session, RealmModel realm, String personRef) {
        return em(session).createNamedQuery("Proofing.verifiedByPerson", ProofingRecordEntity.class)
                .setParameter("realmId", realm.getId()).setParameter("personRef", personRef).getResultList().stream().findFirst();
    }

    static void touch(ProofingRecordEntity record) {
        record.setUpdatedAt(Time.currentTimeMillis());
    }

    static void delete(KeycloakSession session, RealmModel realm, UserModel user) {
        em(session).createNamedQuery("Proofing.deleteByUser").setParameter("realmId", realm.getId()).setParameter("userId", user.getId())
                .executeUpdate();
    }

    static EntityManager em(KeycloakSession session) {
        return session.getProvider(JpaConnectionProvider.class).getEntityManager();
    }
}
