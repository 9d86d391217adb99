package no.styringsdata.platform.problem;

import static no.styringsdata.platform.problem.DatabaseProblemMappers.databaseUnavailable;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.ArcUndeclaredThrowableException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import javax.transaction.xa.XAException;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;

/** Which failures are a database that is away (503), and which are not (500). */
class DatabaseProblemMappersTest {

    @Test
    void aRefusedOrCutConnectionIsUnavailable() {
        assertTrue(databaseUnavailable(new PersistenceException(new SQLException("Connection refused", "08001"))));
        assertTrue(databaseUnavailable(new PersistenceException(new SQLException("I/O error", "08006"))));
        assertTrue(databaseUnavailable(new PersistenceException(
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"))));
        assertTrue(databaseUnavailable(new PersistenceException(new SQLException("the database system is starting up", "57P03"))));
    }

    @Test
    void thePoolsAcquisitionTimeoutIsUnavailable() {
        assertTrue(databaseUnavailable(new PersistenceException(new SQLException("Sorry, acquisition timeout!"))));
    }

    @Test
    void aConnectionAttemptCutShortByThePoolIsUnavailable() {
        // a hung database: the acquisition timeout interrupts the driver's login, which it calls unusual
        SQLException interrupted = new SQLException("Something unusual has occurred to cause the driver to fail.", "99999",
                new RuntimeException("Interrupted while attempting to connect."));
        assertTrue(databaseUnavailable(new GenericJDBCException("Unable to acquire JDBC Connection [..] [n/a]", interrupted)));
        assertFalse(databaseUnavailable(new GenericJDBCException("could not execute query", new SQLException("unusual", "99999"))));
    }

    @Test
    void aConnectionLostWhileCommittingIsUnavailable() {
        // as Narayana and ArC report it: the driver's exception is suppressed in the RollbackException
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        XAException commit = new XAException("Error trying to transactionCommit local transaction");
        commit.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        rollback.addSuppressed(commit);
        assertTrue(databaseUnavailable(new ArcUndeclaredThrowableException(rollback)));
    }

    @Test
    void aRefusedWriteIsNot() {
        assertFalse(databaseUnavailable(new PersistenceException(new SQLException("duplicate key value", "23505"))));
        assertFalse(databaseUnavailable(new PersistenceException(new SQLException("syntax error", "42601"))));
        assertFalse(databaseUnavailable(new ArcUndeclaredThrowableException(new RollbackException("marked for rollback"))));
    }
}
