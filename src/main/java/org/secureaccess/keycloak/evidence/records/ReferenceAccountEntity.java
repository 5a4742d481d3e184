package org.secureaccess.keycloak.evidence.records;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A financial account of a person of record: its type, a keyed hash of its number, and the number's last four. */
@Entity
@Table(name = "SA_REFERENCE_ACCOUNT")
@NamedQueries({
        @NamedQuery(name = "ReferenceAccount.hashesByPersonAndType",
                query = "select a.numberHash from ReferenceAccountEntity a where a.personId = :personId and a.accountType = :accountType"),
        @NamedQuery(name = "ReferenceAccount.countByPerson",
                query = "select count(a) from ReferenceAccountEntity a where a.personId = :personId"),
        @NamedQuery(name = "ReferenceAccount.countByRealm",
                query = "select count(a) from ReferenceAccountEntity a, ReferencePersonEntity p where a.personId = p.id and p.realmId = :realmId"),
        @NamedQuery(name = "ReferenceAccount.deleteByPersons",
                query = "delete from ReferenceAccountEntity a where a.personId in :personIds"),
        @NamedQuery(name = "ReferenceAccount.deleteByRealm",
                query = "delete from ReferenceAccountEntity a where a.personId in "
                        + "(select p.id from ReferencePersonEntity p where p.realmId = :realmId)")
})
public class ReferenceAccountEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "PERSON_ID", length = 36, nullable = false)
    private String personId;

    @Column(name = "ACCOUNT_TYPE", length = 32, nullable = false)
    private String accountType;

    @Column(name = "NUMBER_HASH", length = 64, nullable = false)
    private String numberHash;

    @Column(name = "LAST4", length = 4, nullable = false)
    private String last4;

    protected ReferenceAccountEntity() {
    }

    ReferenceAccountEntity(String id, String personId, String accountType, String numberHash, String last4) {
        this.id = id;
        this.personId = personId;
        this.accountType = accountType;
        this.numberHash = numberHash;
        this.last4 = last4;
    }

    String getId() {
        return id;
    }

    String getPersonId() {
        return personId;
    }

    String getAccountType() {
        return accountType;
    }

    String getNumberHash() {
        return numberHash;
    }

    String getLast4() {
        return last4;
    }
}
