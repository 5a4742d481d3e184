package org.secureaccess.keycloak.proofing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One person's identity proofing. Holds no identity data: the verifier's opaque reference to the
 * matched person of record, step times, and the letter code only as a keyed hash.
 */
@Entity
@Table(name = "SA_PROOFING")
@NamedQueries({
    @NamedQuery(name = "Proofing.byUser", query = "select p from ProofingRecordEntity p where p.realmId = :realmId and p.userId = :userId"),
    @NamedQuery(name = "Proofing.verifiedByPerson",
            query = "select p from ProofingRecordEntity p where p.realmId = :realmId and p.verifiedPersonRef = :personRef"),
    @NamedQuery(name = "Proofing.deleteByUser", query = "delete from ProofingRecordEntity p where p.realmId = :realmId and p.userId = :userId"),
    @NamedQuery(name = "Proofing.deleteByRealm", query = "delete from ProofingRecordEntity p where p.realmId = :realmId")
})
public class ProofingRecordEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "USER_ID", length = 36, nullable = false)
    private String userId;

    @Column(name = "STATUS", length = 20, nullable = false)
    private String status;

    /** The verifier that matched the person. */
    @Column(name = "VERIFIER", length = 40)
    private String verifier;

    /** The verifier's opaque reference to the matched person of record (never identity data). */
    @Column(name = "PERSON_REF", length = 100)
    private String personRef;

    /** Set only once verified: unique per realm, so one person of record verifies one account. */
    @Column(name = "VERIFIED_PERSON_REF", length = 100)
    private String verifiedPersonRef;

    /** The legal name that matched the records (for verified_claims); not secret, unlike the rest of the evidence. */
    @Column(name = "GIVEN_NAME", length = 64)
    private String givenName;

    @Column(name = "FAMILY_NAME", length = 64)
    private String familyName;

    @Column(name = "IDENTITY_MATCHED_AT")
    private Long identityMatchedAt;

    @Column(name = "ACCOUNT_MATCHED_AT")
    private Long accountMatchedAt;

    @Column(name = "METHOD", length = 20)
    private String method;

    @Column(name = "LEVEL_REACHED", length = 80)
    private String level;

    @Column(name = "VERIFIED_AT")
    private Long verifiedAt;

    @Column(name = "EXCEPTION_REASON", length = 255)
    private String exceptionReason;

    @Column(name = "EXCEPTION_BY", length = 36)
    private String exceptionBy;

    @Column(name = "LETTER_CODE_HASH", length = 64)
    private String letterCodeHash;

    @Column(name = "LETTER_ID", length = 64)
    private String letterId;

    @Column(name = "LETTER_SENT_AT")
    private Long letterSentAt;

    @Column(name = "LETTER_EXPIRES_AT")
    private Long letterExpiresAt;

    @Column(name = "STARTED_AT", nullable = false)
    private long startedAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private long updatedAt;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getRealmId() { return realmId; }
    public void setRealmId(String realmId) { this.realmId = realmId; }
    public String getUserId() { return userId; }
    public void setUserId(String userId) { this.userId = userId; }
    public ProofingStatus getStatus() { return ProofingStatus.valueOf(status); }
    public void setStatus(ProofingStatus status) { this.status = status.name(); }
    public String getVerifier() { return verifier; }
    public void setVerifier(String verifier) { this.verifier = verifier; }
    public String getPersonRef() { return personRef; }
    public void setPersonRef(String personRef) { this.personRef = personRef; }
    public String getVerifiedPersonRef() { return verifiedPersonRef; }
    public void setVerifiedPersonRef(String verifiedPersonRef) { this.verifiedPersonRef = verifiedPersonRef; }
    public String getGivenName() { return givenName; }
    public void setGivenName(String givenName) { this.givenName = givenName; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String familyName) { this.familyName = familyName; }
    public Long getIdentityMatchedAt() { return identityMatchedAt; }
    public void setIdentityMatchedAt(Long identityMatchedAt) { this.identityMatchedAt = identityMatchedAt; }
    public Long getAccountMatchedAt() { return accountMatchedAt; }
    public void setAccountMatchedAt(Long accountMatchedAt) { this.accountMatchedAt = accountMatchedAt; }
    public ProofingMethod getMethod() { return method == null ? null : ProofingMethod.valueOf(method); }
    public void setMethod(ProofingMethod method) { this.method = method == null ? null : method.name(); }
    public String getLevel() { return level; }
    public void setLevel(String level) { this.level = level; }
    public Long getVerifiedAt() { return verifiedAt; }
    public void setVerifiedAt(Long verifiedAt) { this.verifiedAt = verifiedAt; }
    public String getExceptionReason() { return exceptionReason; }
    public void setExceptionReason(String exceptionReason) { this.exceptionReason = exceptionReason; }
    public String getExceptionBy() { return exceptionBy; }
    public void setExceptionBy(String exceptionBy) { this.exceptionBy = exceptionBy; }
    public String getLetterCodeHash() { return letterCodeHash; }
    public void setLetterCodeHash(String letterCodeHash) { this.letterCodeHash = letterCodeHash; }
    public String getLetterId() { return letterId; }
    public void setLetterId(String letterId) { this.letterId = letterId; }
    public Long getLetterSentAt() { return letterSentAt; }
    public void setLetterSentAt(Long letterSentAt) { this.letterSentAt = letterSentAt; }
    public Long getLetterExpiresAt() { return letterExpiresAt; }
    public void setLetterExpiresAt(Long letterExpiresAt) { this.letterExpiresAt = letterExpiresAt; }
    public long getStartedAt() { return startedAt; }
    public void setStartedAt(long startedAt) { this.startedAt = startedAt; }
    public long getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(long updatedAt) { this.updatedAt = updatedAt; }
}
