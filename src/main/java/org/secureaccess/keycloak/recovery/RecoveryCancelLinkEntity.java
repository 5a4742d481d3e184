package org.secureaccess.keycloak.recovery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One "cancel this request" link from one notice (an email or a text). Only a keyed hash of the
 * link's random token is stored, so the table cannot be turned into working links.
 */
@Entity
@Table(name = "SA_RECOVERY_CANCEL_LINK")
@NamedQueries({
    @NamedQuery(name = "RecoveryCancelLink.deleteOrphans", query = "delete from RecoveryCancelLinkEntity l where not exists"
            + " (select r.id from RecoveryRequestEntity r where r.id = l.requestId)"),
    @NamedQuery(name = "RecoveryCancelLink.deleteByUser", query = "delete from RecoveryCancelLinkEntity l where l.requestId in"
            + " (select r.id from RecoveryRequestEntity r where r.realmId = :realmId and r.userId = :userId)"),
    @NamedQuery(name = "RecoveryCancelLink.deleteByRealm", query = "delete from RecoveryCancelLinkEntity l where l.requestId in"
            + " (select r.id from RecoveryRequestEntity r where r.realmId = :realmId)")
})
public class RecoveryCancelLinkEntity {

    @Id
    @Column(name = "TOKEN_HASH", length = 64)
    private String tokenHash;

    @Column(name = "REQUEST_ID", length = 36, nullable = false)
    private String requestId;

    /** Which notice carried it: email or text. */
    @Column(name = "CHANNEL", length = 10, nullable = false)
    private String channel;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    public String getTokenHash() { return tokenHash; }
    public void setTokenHash(String tokenHash) { this.tokenHash = tokenHash; }
    public String getRequestId() { return requestId; }
    public void setRequestId(String requestId) { this.requestId = requestId; }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public long getCreatedAt() { return createdAt; }
    public void setCreatedAt(long createdAt) { this.createdAt = createdAt; }
}
