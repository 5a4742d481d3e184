package org.secureaccess.keycloak.shared.limits;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One counter of a rate limit or lockout, shared by every cluster node through the database. The
 * id is a keyed hash of what is counted (a user, a phone number, an SSN), never the value itself.
 */
@Entity
@Table(name = "SA_SECURITY_COUNTER")
@NamedQuery(name = "SecurityCounter.deleteExpired", query = "delete from SecurityCounterEntity c where c.expiresAt < :now")
@NamedQuery(name = "SecurityCounter.deleteByRealm", query = "delete from SecurityCounterEntity c where c.realmId = :realmId")
public class SecurityCounterEntity {

    @Id
    @Column(name = "ID", length = 64)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "HITS", nullable = false)
    private int hits;

    @Column(name = "WINDOW_START", nullable = false)
    private long windowStart;

    @Column(name = "LOCKED_UNTIL", nullable = false)
    private long lockedUntil;

    /** Failures in a row across lock periods (the long-window cap); only a success or a reset forgets them. */
    @Column(name = "RUN_TOTAL", nullable = false)
    private int runTotal;

    @Column(name = "LAST_HIT_AT", nullable = false)
    private long lastHitAt;

    @Column(name = "EXPIRES_AT", nullable = false)
    private long expiresAt;

    protected SecurityCounterEntity() {
    }

    SecurityCounterEntity(String id, String realmId) {
        this.id = id;
        this.realmId = realmId;
    }

    String getId() {
        return id;
    }

    String getRealmId() {
        return realmId;
    }

    int getHits() {
        return hits;
    }

    void setHits(int hits) {
        this.hits = hits;
    }

    long getWindowStart() {
        return windowStart;
    }

    void setWindowStart(long windowStart) {
        this.windowStart = windowStart;
    }

    long getLockedUntil() {
        return lockedUntil;
    }

    void setLockedUntil(long lockedUntil) {
        this.lockedUntil = lockedUntil;
    }

    int getRunTotal() {
        return runTotal;
    }

    void setRunTotal(int runTotal) {
        this.runTotal = runTotal;
    }

    long getLastHitAt() {
        return lastHitAt;
    }

    void setLastHitAt(long lastHitAt) {
        this.lastHitAt = lastHitAt;
    }

    long getExpiresAt() {
        return expiresAt;
    }

    void setExpiresAt(long expiresAt) {
        this.expiresAt = expiresAt;
    }
}
