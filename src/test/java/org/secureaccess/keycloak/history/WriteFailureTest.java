package org.secureaccess.keycloak.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.QueryTimeoutException;

import org.junit.jupiter.api.Test;
import org.secureaccess.keycloak.history.LoginHistory.WriteFailure;

/** The {@code outcome} tag of a history row that could not be written: what an operator can act on. */
class WriteFailureTest {

    @Test
    void aTimeoutAnywhereInTheChainIsATimeout() {
        assertEquals(WriteFailure.TIMEOUT, WriteFailure.of(new QueryTimeoutException("slow")));
        assertEquals(WriteFailure.TIMEOUT, WriteFailure.of(new PersistenceException(new LockTimeoutException("row lock"))));
        assertEquals(WriteFailure.TIMEOUT, WriteFailure.of(new RuntimeException(new PersistenceException(new SQLTimeoutException("socket")))));
    }

    @Test
    void aRefusalOfTheDatabaseIsADatabaseError() {
        assertEquals(WriteFailure.DATABASE_ERROR, WriteFailure.of(new PersistenceException("refused by a trigger")));
        assertEquals(WriteFailure.DATABASE_ERROR, WriteFailure.of(new RuntimeException(new SQLException("connection refused", "08001"))));
    }

    @Test
    void anythingElseIsAnErrorAndEachOutcomeHasALowerCaseTag() {
        assertEquals(WriteFailure.ERROR, WriteFailure.of(new IllegalStateException("a bug")));
        assertEquals("database_error", WriteFailure.DATABASE_ERROR.tag());
        assertEquals("timeout", WriteFailure.TIMEOUT.tag());
    }
}
