package org.secureaccess.keycloak.recovery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One request by a person who can use none of their second factors to have them removed: after a
 * wait, or with a code mailed to their address of record. Holds no code and no personal data: the
 * letter code only as a keyed hash, times, and how the request ended.
 *
 * <p>{@code LIVE_KEY} is the user's id while the request is pending and the request's own id once it
 * has ended; a unique constraint on it keeps one pending request per person even under parallel requests.
 */
@Entity
@Table(name = "SA_RECOVERY_REQUEST")
@NamedQueries({
    @NamedQuery(name = "Recovery.pendingOfUser", query = "select r from RecoveryRequestEntity r where r.realmId = :realmId"
            + " and r.userId = :userId and r.status = 'PENDING' and r.endsAt > :now order by r.requestedAt desc"),
    @NamedQuery(name = "Recovery.expireLapsed", query = "update RecoveryRequestEntity r set r.status = 'EXPIRED', r.liveKey = r.id,"
            + " r.closedAt = :now where r.realmId = :realmId and r.userId = :userId and r.status = 'PENDING' and r.endsAt <= :now"),
    @NamedQuery(name = "Recovery.close", query = "update RecoveryRequestEntity r set r.status = :status, r.liveKey = r.id,"
            + " r.closedAt = :now, r.closedBy = :closedBy, r.endsAt = :now, r.letterCodeHash = null"
            + " where r.id = :id and r.status = 'PENDING' and r.endsAt > :now"),
    @NamedQuery(name = "Recovery.dueReadyNotices", query = "select r.id from RecoveryRequestEntity r where r.status = 'PENDING'"
            + " and r.route = 'WAIT' and r.readyNoticeAt is null and r.readyAt <= :now and r.endsAt > :now"),
    @NamedQuery(name = "Recovery.claimReadyNotice", query = "update RecoveryRequestEntity r set r.readyNoticeAt = :now"
            + " where r.id = :id and r.readyNoticeAt is null and r.status = 'PENDING' and r.endsAt > :now"),
    @NamedQuery(name = "Recovery.unclaimReadyNotice", query = "update RecoveryRequestEntity r set r.readyNoticeAt = null where r.id = :id"),
    @NamedQuery(name = "Recovery.deleteEndedBefore", query = "delete from RecoveryRequestEntity r where r.endsAt < :cutoff"),
    @NamedQuery(name = "Recovery.deleteByUser", query = "delete from RecoveryRequestEntity r where r.realmId = :realmId and r.userId = :userId"),
    @NamedQuery(name = "Recovery.deleteByRealm", query = "delete from RecoveryRequestEntity r where r.realmId = :realmId")
})
public class RecoveryRequestEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "USER_ID", length = 36, nullable = false)
    private String userId;

    @Column(name = "LIVE_KEY", length = 36, nullable = false)
    private String liveKey;

    @Column(name = "ROUTE", length = 10, nullable = false)
    private String route;

    @Column(name = "STATUS", length = 10, nullable = false)
    private String status;

    @Column(name = "REQUESTED_AT", nullable = false)
    private long requestedAt;

    /** When the wait ends (wait route only). */
    @Column(name = "READY_AT")
    private Long readyAt;

    /** When the "wait is over" email was claimed for sending; null until then. */
    @Column(name = "READY_NOTICE_AT")
    private Long readyNoticeAt;

    /** When the request stops being usable: the end of the time to finish after the wait, or the letter code's expiry. */
    @Column(name = "ENDS_AT", nullable = false)
    private long endsAt;

    @Column(name = "LETTER_ID", length = 64)
    private String letterId;

    @Column(name = "LETTER_CODE_HASH", length = 64)
    private String letterCodeHash;

    @Column(name = "LETTER_SENT_AT")
    private Long letterSentAt;

    /** The server's address as the person's browser reached it, for links in emails sent later by the scheduled job. */
    @Column(name = "BASE_URL", length = 255, nullable = false)
    private String baseUrl;

    @Column(name = "CLOSED_AT")
    private Long closedAt;

    @Column(name = "CLOSED_BY", length = 20)
    private String closedBy;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getRealmId() { return realmId; }
    public void setRealmId(String realmId) { this.realmId = realmId; }
    public String getUserId() { return userId; }
    public void setUserId(String userId) { this.userId = userId; }
    public String getLiveKey() { return liveKey; }
    public void setLiveKey(String liveKey) { this.liveKey = liveKey; }
    public RecoveryRoute getRoute() { return RecoveryRoute.valueOf(route); }
    public void setRoute(RecoveryRoute route) { this.route = route.name(); }
    public RecoveryStatus getStatus() { return RecoveryStatus.valueOf(status); }
    public void setStatus(RecoveryStatus status) { this.status = status.name(); }
    public long getRequestedAt() { return requestedAt; }
    public void setRequestedAt(long requestedAt) { this.requestedAt = requestedAt; }
    public Long getReadyAt() { return readyAt; }
    public void setReadyAt(Long readyAt) { this.readyAt = readyAt; }
    public Long getReadyNoticeAt() { return readyNoticeAt; }
    public void setReadyNoticeAt(Long readyNoticeAt) { this.readyNoticeAt = readyNoticeAt; }
    public long getEndsAt() { return endsAt; }
    public void setEndsAt(long endsAt) { this.endsAt = endsAt; }
    public String getLetterId() { return letterId; }
    public void setLetterId(String letterId) { this.letterId = letterId; }
    public String getLetterCodeHash() { return letterCodeHash; }
    public void setLetterCodeHash(String letterCodeHash) { this.letterCodeHash = letterCodeHash; }
    public Long getLetterSentAt() { return letterSentAt; }
    public void setLetterSentAt(Long letterSentAt) { this.letterSentAt = letterSentAt; }
    public String getBaseUrl() { return baseUrl; }
    public void setBaseUrl(String baseUrl) { this.baseUrl = baseUrl; }
    public Long getClosedAt() { return closedAt; }
    public void setClosedAt(Long closedAt) { this.closedAt = closedAt; }
    public String getClosedBy() { return closedBy; }
    public void setClosedBy(String closedBy) { this.closedBy = closedBy; }
}
