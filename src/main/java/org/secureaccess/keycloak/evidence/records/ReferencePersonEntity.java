package org.secureaccess.keycloak.evidence.records;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One person of record. Every identifying fact is stored only as a keyed hash of its normalised form (tax id, full
 * name, date of birth, filing status, address), plus the tax id's last four digits; the mailing address is kept in
 * clear because letters must be printed from it.
 */
@Entity
@Table(name = "SA_REFERENCE_PERSON")
@NamedQueries({
        @NamedQuery(name = "ReferencePerson.byTaxIdHash",
                query = "select p from ReferencePersonEntity p where p.realmId = :realmId and p.taxIdHash = :taxIdHash"),
        @NamedQuery(name = "ReferencePerson.byTaxIdHashes",
                query = "select p from ReferencePersonEntity p where p.realmId = :realmId and p.taxIdHash in :taxIdHashes"),
        @NamedQuery(name = "ReferencePerson.idsOutsideBatch",
                query = "select p.id from ReferencePersonEntity p where p.realmId = :realmId and p.importBatchId <> :batchId order by p.id"),
        @NamedQuery(name = "ReferencePerson.ids",
                query = "select p.id from ReferencePersonEntity p where p.realmId = :realmId order by p.id"),
        @NamedQuery(name = "ReferencePerson.count",
                query = "select count(p) from ReferencePersonEntity p where p.realmId = :realmId"),
        @NamedQuery(name = "ReferencePerson.deleteByIds",
                query = "delete from ReferencePersonEntity p where p.id in :ids"),
        @NamedQuery(name = "ReferencePerson.deleteByRealm",
                query = "delete from ReferencePersonEntity p where p.realmId = :realmId")
})
public class ReferencePersonEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "TAX_ID_HASH", length = 64, nullable = false)
    private String taxIdHash;

    @Column(name = "TAX_ID_LAST4", length = 4, nullable = false)
    private String taxIdLast4;

    @Column(name = "NAME_HASH", length = 64, nullable = false)
    private String nameHash;

    @Column(name = "DOB_HASH", length = 64, nullable = false)
    private String dobHash;

    @Column(name = "FILING_STATUS_HASH", length = 64, nullable = false)
    private String filingStatusHash;

    @Column(name = "ADDRESS_HASH", length = 64, nullable = false)
    private String addressHash;

    @Column(name = "MAIL_NAME", length = 64, nullable = false)
    private String mailName;

    @Column(name = "MAIL_LINE1", length = 64, nullable = false)
    private String mailLine1;

    @Column(name = "MAIL_LINE2", length = 64)
    private String mailLine2;

    @Column(name = "MAIL_CITY", length = 64, nullable = false)
    private String mailCity;

    @Column(name = "MAIL_STATE", length = 2, nullable = false)
    private String mailState;

    @Column(name = "MAIL_ZIP", length = 10, nullable = false)
    private String mailZip;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private long updatedAt;

    @Column(name = "IMPORT_BATCH_ID", length = 36, nullable = false)
    private String importBatchId;

    protected ReferencePersonEntity() {
    }

    ReferencePersonEntity(String id, String realmId) {
        this.id = id;
        this.realmId = realmId;
    }

    String getId() {
        return id;
    }

    String getRealmId() {
        return realmId;
    }

    String getTaxIdHash() {
        return taxIdHash;
    }

    void setTaxIdHash(String taxIdHash) {
        this.taxIdHash = taxIdHash;
    }

    String getTaxIdLast4() {
        return taxIdLast4;
    }

    void setTaxIdLast4(String taxIdLast4) {
        this.taxIdLast4 = taxIdLast4;
    }

    String getNameHash() {
        return nameHash;
    }

    void setNameHash(String nameHash) {
        this.nameHash = nameHash;
    }

    String getDobHash() {
        return dobHash;
    }

    void setDobHash(String dobHash) {
        this.dobHash = dobHash;
    }

    String getFilingStatusHash() {
        return filingStatusHash;
    }

    void setFilingStatusHash(String filingStatusHash) {
        this.filingStatusHash = filingStatusHash;
    }

    String getAddressHash() {
        return addressHash;
    }

    void setAddressHash(String addressHash) {
        this.addressHash = addressHash;
    }

    String getMailName() {
        return mailName;
    }

    void setMailName(String mailName) {
        this.mailName = mailName;
    }

    String getMailLine1() {
        return mailLine1;
    }

    void setMailLine1(String mailLine1) {
        this.mailLine1 = mailLine1;
    }

    String getMailLine2() {
        return mailLine2;
    }

    void setMailLine2(String mailLine2) {
        this.mailLine2 = mailLine2;
    }

    String getMailCity() {
        return mailCity;
    }

    void setMailCity(String mailCity) {
        this.mailCity = mailCity;
    }

    String getMailState() {
        return mailState;
    }

    void setMailState(String mailState) {
        this.mailState = mailState;
    }

    String getMailZip() {
        return mailZip;
    }

    void setMailZip(String mailZip) {
        this.mailZip = mailZip;
    }

    long getCreatedAt() {
        return createdAt;
    }

    void setCreatedAt(long createdAt) {
        this.createdAt = createdAt;
    }

    long getUpdatedAt() {
        return updatedAt;
    }

    void setUpdatedAt(long updatedAt) {
        this.updatedAt = updatedAt;
    }

    String getImportBatchId() {
        return importBatchId;
    }

    void setImportBatchId(String importBatchId) {
        this.importBatchId = importBatchId;
    }
}
