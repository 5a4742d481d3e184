package org.secureaccess.keycloak.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * How many failed attempts one person's history has seen in one clock hour: the row every node locks before
 * deciding whether an attempt gets a history row of its own or is added to the hour's sum.
 */
@Entity
@Table(name = "SA_LOGIN_HISTORY_TALLY")
@NamedQueries({
    @NamedQuery(name = "FailedAttemptTally.deleteOlderThan",
            query = "delete from FailedAttemptTallyEntity t where t.hourStart < :cutoff"),
    @NamedQuery(name = "FailedAttemptTally.deleteByUser",
            query = "delete from FailedAttemptTallyEntity t where t.realmId = :realmId and t.userId = :userId"),
    @NamedQuery(name = "FailedAttemptTally.deleteByRealm",
            query = "delete from FailedAttemptTallyEntity t where t.realmId = :realmId")
})
public class FailedAttemptTallyEntity {

    /** Derived from realm, person and hour, so that every node finds the same row. */
    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "USER_ID", length = 36, nullable = false)
    private String userId;

    /** The start of the clock hour, epoch milliseconds (Keycloak's clock). */
    @Column(name = "HOUR_START", nullable = false)
    private long hourStart;

    @Column(name = "FAILURES", nullable = false)
    private int failures;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getRealmId() { return realmId; }
    public void setRealmId(String realmId) { this.realmId = realmId; }
    public String getUserId() { return userId; }
    public void setUserId(String userId) { this.userId = userId; }
    public long getHourStart() { return hourStart; }
    public void setHourStart(long hourStart) { this.hourStart = hourStart; }
    public int getFailures() { return failures; }
    public void setFailures(int failures) { this.failures = failures; }
}
