package org.secureaccess.keycloak.evidence.records;

import java.util.List;

import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.secureaccess.keycloak.evidence.records.ImportReport.RowError;

/** Stores an import's batches, each in a transaction (and a session) of its own, outside the request's. */
final class JpaRecordWriter implements RecordImporter.RecordWriter {

    private final KeycloakSessionFactory factory;
    private final String realmId;
    private final String importId;
    private final int batchSize;

    JpaRecordWriter(KeycloakSessionFactory factory, String realmId, String importId, int batchSize) {
        this.factory = factory;
        this.realmId = realmId;
        this.importId = importId;
        this.batchSize = batchSize;
    }

    @Override
    public List<RowError> write(List<PreparedRecord> batch) {
        long now = Time.currentTimeMillis();
        return KeycloakModelUtils.runJobInTransactionWithResult(factory, session -> store(session).write(realmId, importId, now, batch));
    }

    @Override
    public long removeOthers() {
        long removed = 0;
        while (true) {
            int deleted = KeycloakModelUtils.runJobInTransactionWithResult(factory, session -> {
                ReferenceRecordStore store = store(session);
                return store.delete(store.idsOutsideImport(realmId, importId, batchSize));
            });
            removed += deleted;
            if (deleted == 0) {
                return removed;
            }
        }
    }

    /** Removes every record of the realm, a batch per transaction; returns how many people. */
    static long removeAll(KeycloakSessionFactory factory, String realmId, int batchSize) {
        long removed = 0;
        while (true) {
            int deleted = KeycloakModelUtils.runJobInTransactionWithResult(factory, session -> {
                ReferenceRecordStore store = store(session);
                return store.delete(store.ids(realmId, batchSize));
            });
            removed += deleted;
            if (deleted == 0) {
                return removed;
            }
        }
    }

    private static ReferenceRecordStore store(org.keycloak.models.KeycloakSession session) {
        return new ReferenceRecordStore(session.getProvider(JpaConnectionProvider.class).getEntityManager());
    }
}
