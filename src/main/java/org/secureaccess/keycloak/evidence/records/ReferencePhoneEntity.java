package org.secureaccess.keycloak.evidence.records;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A phone number of a person of record: a keyed hash of its E.164 form, its last four digits and its line type. */
@Entity
@Table(name = "SA_REFERENCE_PHONE")
@NamedQueries({
        @NamedQuery(name = "ReferencePhone.byPerson",
                query = "select p from ReferencePhoneEntity p where p.personId = :personId"),
        @NamedQuery(name = "ReferencePhone.countByPerson",
                query = "select count(p) from ReferencePhoneEntity p where p.personId = :personId"),
        @NamedQuery(name = "ReferencePhone.countByRealm",
                query = "select count(ph) from ReferencePhoneEntity ph, ReferencePersonEntity p where ph.personId = p.id and p.realmId = :realmId"),
        @NamedQuery(name = "ReferencePhone.deleteByPersons",
                query = "delete from ReferencePhoneEntity p where p.personId in :personIds"),
        @NamedQuery(name = "ReferencePhone.deleteByRealm",
                query = "delete from ReferencePhoneEntity ph where ph.personId in "
                        + "(select p.id from ReferencePersonEntity p where p.realmId = :realmId)")
})
public class ReferencePhoneEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "PERSON_ID", length = 36, nullable = false)
    private String personId;

    @Column(name = "NUMBER_HASH", length = 64, nullable = false)
    private String numberHash;

    @Column(name = "LAST4", length = 4, nullable = false)
    private String last4;

    @Column(name = "LINE_TYPE", length = 16, nullable = false)
    private String lineType;

    protected ReferencePhoneEntity() {
    }

    ReferencePhoneEntity(String id, String personId, String numberHash, String last4, String lineType) {
        this.id = id;
        this.personId = personId;
        this.numberHash = numberHash;
        this.last4 = last4;
        this.lineType = lineType;
    }

    String getId() {
        return id;
    }

    String getPersonId() {
        return personId;
    }

    String getNumberHash() {
        return numberHash;
    }

    String getLast4() {
        return last4;
    }

    String getLineType() {
        return lineType;
    }
}
