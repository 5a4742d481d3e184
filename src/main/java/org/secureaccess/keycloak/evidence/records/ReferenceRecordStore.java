package org.secureaccess.keycloak.evidence.records;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.keycloak.models.utils.KeycloakModelUtils;
import org.secureaccess.keycloak.evidence.EvidenceFields;
import org.secureaccess.keycloak.evidence.records.ImportReport.RowError;
import org.secureaccess.keycloak.evidence.records.PreparedRecord.HashedAccount;
import org.secureaccess.keycloak.evidence.records.PreparedRecord.HashedPhone;
import org.secureaccess.keycloak.evidence.records.RecordHashes.IdentityHashes;

/** The reference-record tables, through one entity manager (one transaction). */
final class ReferenceRecordStore {

    /** Counts of one realm's records. */
    record Summary(long people, long accounts, long phones) {
    }

    private final EntityManager em;

    ReferenceRecordStore(EntityManager em) {
        this.em = em;
    }

    ReferencePersonEntity personByTaxIdHash(String realmId, String taxIdHash) {
        List<ReferencePersonEntity> found = em.createNamedQuery("ReferencePerson.byTaxIdHash", ReferencePersonEntity.class)
                .setParameter("realmId", realmId).setParameter("taxIdHash", taxIdHash).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** The person with this id in this realm, or null (an unknown or foreign reference finds nobody). */
    ReferencePersonEntity person(String realmId, String personId) {
        if (personId == null || personId.isEmpty() || personId.length() > 36) {
            return null;
        }
        ReferencePersonEntity person = em.find(ReferencePersonEntity.class, personId);
        return person != null && person.getRealmId().equals(realmId) ? person : null;
    }

    static IdentityHashes hashesOf(ReferencePersonEntity person) {
        return new IdentityHashes(person.getTaxIdHash(), person.getNameHash(), person.getDobHash(), person.getFilingStatusHash(),
                person.getAddressHash());
    }

    List<String> accountHashes(String personId, String accountType) {
        return em.createNamedQuery("ReferenceAccount.hashesByPersonAndType", String.class)
                .setParameter("personId", personId).setParameter("accountType", accountType).getResultList();
    }

    List<ReferencePhoneEntity> phones(String personId) {
        return em.createNamedQuery("ReferencePhone.byPerson", ReferencePhoneEntity.class).setParameter("personId", personId).getResultList();
    }

    boolean hasAccounts(String personId) {
        return em.createNamedQuery("ReferenceAccount.countByPerson", Long.class).setParameter("personId", personId).getSingleResult() > 0;
    }

    boolean hasPhones(String personId) {
        return em.createNamedQuery("ReferencePhone.countByPerson", Long.class).setParameter("personId", personId).getSingleResult() > 0;
    }

    Summary summary(String realmId) {
        return new Summary(
                em.createNamedQuery("ReferencePerson.count", Long.class).setParameter("realmId", realmId).getSingleResult(),
                em.createNamedQuery("ReferenceAccount.countByRealm", Long.class).setParameter("realmId", realmId).getSingleResult(),
                em.createNamedQuery("ReferencePhone.countByRealm", Long.class).setParameter("realmId", realmId).getSingleResult());
    }

    /**
     * Writes one batch of an import: a person whose tax id is not on record yet is added, one already on record from
     * an earlier import is replaced (facts, address, accounts and phones), and a second row for the same tax id in the
     * same import is refused as a duplicate.
     *
     * @return the rows refused as duplicates
     */
    List<RowError> write(String realmId, String importId, long now, List<PreparedRecord> batch) {
        List<String> taxIdHashes = batch.stream().map(r -> r.hashes().taxId()).distinct().toList();
        Map<String, ReferencePersonEntity> existing = new HashMap<>();
        if (!taxIdHashes.isEmpty()) {
            em.createNamedQuery("ReferencePerson.byTaxIdHashes", ReferencePersonEntity.class)
                    .setParameter("realmId", realmId).setParameter("taxIdHashes", taxIdHashes).getResultList()
                    .forEach(p -> existing.put(p.getTaxIdHash(), p));
        }
        List<RowError> duplicates = new ArrayList<>();
        Set<String> written = new HashSet<>();
        List<String> replaced = new ArrayList<>();
        List<ReferencePersonEntity> toWrite = new ArrayList<>();
        List<PreparedRecord> accepted = new ArrayList<>();
        for (PreparedRecord record : batch) {
            String taxIdHash = record.hashes().taxId();
            ReferencePersonEntity person = existing.get(taxIdHash);
            if (!written.add(taxIdHash) || (person != null && importId.equals(person.getImportBatchId()))) {
                duplicates.add(RowError.of(record.row(), record.line(), EvidenceFields.TAX_ID, null, ImportReport.DUPLICATE));
                continue;
            }
            if (person == null) {
                // Filled before persist: Hibernate inserts the state the entity has when it is persisted.
                person = new ReferencePersonEntity(KeycloakModelUtils.generateId(), realmId);
                person.setCreatedAt(now);
                fill(person, record, importId, now);
                em.persist(person);
            } else {
                replaced.add(person.getId());
                fill(person, record, importId, now);
            }
            toWrite.add(person);
            accepted.add(record);
        }
        if (!replaced.isEmpty()) {
            em.createNamedQuery("ReferenceAccount.deleteByPersons").setParameter("personIds", replaced).executeUpdate();
            em.createNamedQuery("ReferencePhone.deleteByPersons").setParameter("personIds", replaced).executeUpdate();
        }
        for (int i = 0; i < accepted.size(); i++) {
            String personId = toWrite.get(i).getId();
            for (HashedAccount account : accepted.get(i).accounts()) {
                em.persist(new ReferenceAccountEntity(KeycloakModelUtils.generateId(), personId, account.type(), account.numberHash(),
                        account.last4()));
            }
            for (HashedPhone phone : accepted.get(i).phones()) {
                em.persist(new ReferencePhoneEntity(KeycloakModelUtils.generateId(), personId, phone.numberHash(), phone.last4(),
                        phone.lineType()));
            }
        }
        em.flush();
        return duplicates;
    }

    private static void fill(ReferencePersonEntity person, PreparedRecord record, String importId, long now) {
        IdentityHashes hashes = record.hashes();
        person.setTaxIdHash(hashes.taxId());
        person.setTaxIdLast4(record.taxIdLast4());
        person.setNameHash(hashes.name());
        person.setDobHash(hashes.dateOfBirth());
        person.setFilingStatusHash(hashes.filingStatus());
        person.setAddressHash(hashes.address());
        person.setMailName(record.address().name());
        person.setMailLine1(record.address().line1());
        person.setMailLine2(record.address().line2());
        person.setMailCity(record.address().city());
        person.setMailState(record.address().state());
        person.setMailZip(record.address().zip());
        person.setImportBatchId(importId);
        person.setUpdatedAt(now);
    }

    /** Up to {@code limit} ids of the realm's people that the import {@code importId} did not write. */
    List<String> idsOutsideImport(String realmId, String importId, int limit) {
        return em.createNamedQuery("ReferencePerson.idsOutsideBatch", String.class)
                .setParameter("realmId", realmId).setParameter("batchId", importId).setMaxResults(limit).getResultList();
    }

    /** Up to {@code limit} ids of the realm's people. */
    List<String> ids(String realmId, int limit) {
        return em.createNamedQuery("ReferencePerson.ids", String.class).setParameter("realmId", realmId).setMaxResults(limit)
                .getResultList();
    }

    /** Removes these people with their accounts and phones; returns how many people. */
    int delete(List<String> personIds) {
        if (personIds.isEmpty()) {
            return 0;
        }
        em.createNamedQuery("ReferenceAccount.deleteByPersons").setParameter("personIds", personIds).executeUpdate();
        em.createNamedQuery("ReferencePhone.deleteByPersons").setParameter("personIds", personIds).executeUpdate();
        return em.createNamedQuery("ReferencePerson.deleteByIds").setParameter("ids", personIds).executeUpdate();
    }

    /** Removes everything of a realm in this transaction (the realm is being removed). */
    void deleteRealm(String realmId) {
        em.createNamedQuery("ReferenceAccount.deleteByRealm").setParameter("realmId", realmId).executeUpdate();
        em.createNamedQuery("ReferencePhone.deleteByRealm").setParameter("realmId", realmId).executeUpdate();
        em.createNamedQuery("ReferencePerson.deleteByRealm").setParameter("realmId", realmId).executeUpdate();
    }
}
