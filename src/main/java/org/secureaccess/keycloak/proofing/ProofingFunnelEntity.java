package org.secureaccess.keycloak.proofing;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** How many people reached each stage of proofing in a realm (cluster-wide, in the database). */
@Entity
@Table(name = "SA_PROOFING_FUNNEL")
@IdClass(ProofingFunnelEntity.Key.class)
@NamedQuery(name = "ProofingFunnel.byRealm", query = "select f from ProofingFunnelEntity f where f.realmId = :realmId")
@NamedQuery(name = "ProofingFunnel.deleteByRealm", query = "delete from ProofingFunnelEntity f where f.realmId = :realmId")
public class ProofingFunnelEntity {

    @Id
    @Column(name = "REALM_ID", length = 36)
    private String realmId;

    @Id
    @Column(name = "STAGE", length = 40)
    private String stage;

    @Column(name = "TOTAL", nullable = false)
    private long total;

    protected ProofingFunnelEntity() {
    }

    ProofingFunnelEntity(String realmId, String stage) {
        this.realmId = realmId;
        this.stage = stage;
    }

    String getStage() {
        return stage;
    }

    long getTotal() {
        return total;
    }

    void increment() {
        total++;
    }

    /** The composite key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String realmId;
        private String stage;

        public Key() {
        }

        Key(String realmId, String stage) {
            this.realmId = realmId;
            this.stage = stage;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(realmId, key.realmId) && Objects.equals(stage, key.stage);
        }

        @Override
        public int hashCode() {
            return Objects.hash(realmId, stage);
        }
    }
}
