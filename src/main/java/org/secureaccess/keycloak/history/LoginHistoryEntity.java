package org.secureaccess.keycloak.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One security-relevant event in a person's login history. */
@Entity
@Table(name = "SA_LOGIN_HISTORY")
@NamedQueries({
    @NamedQuery(name = "LoginHistory.latest",
            query = "select h from LoginHistoryEntity h where h.realmId = :realmId and h.userId = :userId order by h.eventTime desc, h.id desc"),
    @NamedQuery(name = "LoginHistory.count",
            query = "select count(h) from LoginHistoryEntity h where h.realmId = :realmId and h.userId = :userId"),
    @NamedQuery(name = "LoginHistory.latestOfKind",
            query = "select h from LoginHistoryEntity h where h.realmId = :realmId and h.userId = :userId and h.kind = :kind order by h.eventTime desc, h.id desc"),
    @NamedQuery(name = "LoginHistory.failuresSince",
            query = "select h from LoginHistoryEntity h where h.realmId = :realmId and h.userId = :userId and h.eventTime > :since and h.kind in :kinds order by h.eventTime desc"),
    @NamedQuery(name = "LoginHistory.earliestOfSession",
            query = "select min(h.eventTime) from LoginHistoryEntity h where h.realmId = :realmId and h.userId = :userId and h.eventTime >= :since and h.sessionId = :sessionId"),
    @NamedQuery(name = "LoginHistory.signInsFromDevice",
            query = "select h.id from LoginHistoryEntity h where h.realmId = :realmId and h.userId = :userId and h.deviceFamily = :deviceFamily and h.kind = :kind"),
    @NamedQuery(name = "LoginHistory.deleteOlderThan",
            query = "delete from LoginHistoryEntity h where h.eventTime < :cutoff"),
    @NamedQuery(name = "LoginHistory.deleteByUser",
            query = "delete from LoginHistoryEntity h where h.realmId = :realmId and h.userId = :userId"),
    @NamedQuery(name = "LoginHistory.deleteByRealm",
            query = "delete from LoginHistoryEntity h where h.realmId = :realmId")
})
public class LoginHistoryEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "USER_ID", length = 36, nullable = false)
    private String userId;

    /** Epoch milliseconds, UTC. */
    @Column(name = "EVENT_TIME", nullable = false)
    private long eventTime;

    @Column(name = "KIND", length = 40, nullable = false)
    private String kind;

    @Column(name = "SUCCESS", nullable = false)
    private boolean success;

    @Column(name = "CLIENT_ID", length = 255)
    private String clientId;

    @Column(name = "IP_ADDRESS", length = 64)
    private String ipAddress;

    /** A short summary such as "Chrome 156 on Linux". */
    @Column(name = "DEVICE", length = 120)
    private String device;

    /** Browser and operating system without versions, to recognise a device seen before. */
    @Column(name = "DEVICE_FAMILY", length = 120)
    private String deviceFamily;

    /** The User-Agent header as received (truncated): attacker-controlled text, always escaped when shown. */
    @Column(name = "USER_AGENT", length = 255)
    private String userAgent;

    /** The method used: pwd, sms, otp, hwk, recovery-code. */
    @Column(name = "FACTOR", length = 20)
    private String factor;

    @Column(name = "SESSION_ID", length = 36)
    private String sessionId;

    /** A short machine-readable reason (e.g. Keycloak's error code); never personal data. */
    @Column(name = "DETAIL", length = 80)
    private String detail;

    /** For {@link HistoryKind#MORE_FAILED_ATTEMPTS}: how many attempts the row sums; null for every other row. */
    @Column(name = "ATTEMPTS")
    private Integer attempts;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getRealmId() { return realmId; }
    public void setRealmId(String realmId) { this.realmId = realmId; }
    public String getUserId() { return userId; }
    public void setUserId(String userId) { this.userId = userId; }
    public long getEventTime() { return eventTime; }
    public void setEventTime(long eventTime) { this.eventTime = eventTime; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public boolean isSuccess() { return success; }
    public void setSuccess(boolean success) { this.success = success; }
    public String getClientId() { return clientId; }
    public void setClientId(String clientId) { this.clientId = clientId; }
    public String getIpAddress() { return ipAddress; }
    public void setIpAddress(String ipAddress) { this.ipAddress = ipAddress; }
    public String getDevice() { return device; }
    public void setDevice(String device) { this.device = device; }
    public String getDeviceFamily() { return deviceFamily; }
    public void setDeviceFamily(String deviceFamily) { this.deviceFamily = deviceFamily; }
    public String getUserAgent() { return userAgent; }
    public void setUserAgent(String userAgent) { this.userAgent = userAgent; }
    public String getFactor() { return factor; }
    public void setFactor(String factor) { this.factor = factor; }
    public String getSessionId() { return sessionId; }
    public void setSessionId(String sessionId) { this.sessionId = sessionId; }
    public String getDetail() { return detail; }
    public void setDetail(String detail) { this.detail = detail; }
    public Integer getAttempts() { return attempts; }
    public void setAttempts(Integer attempts) { this.attempts = attempts; }
}
