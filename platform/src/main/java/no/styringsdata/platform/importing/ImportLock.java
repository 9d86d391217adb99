package no.styringsdata.platform.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import no.styringsdata.platform.problem.Problems;

/**
 * One import at a time per service, until its transaction ends. Imports read what is stored and write by
 * natural keys (the same chapter, post, series, assignment); two at once, of one document or of two that
 * share a key, would both insert and one would fail on the unique constraint, or both would update with
 * neither seeing the other. Serialised, the second sees the first's commit: the same document again changes
 * nothing, as one import after another does.
 *
 * <p>Two locks: a PostgreSQL transaction-level advisory lock serialises imports across every replica of the
 * service; before it, a lock in this JVM keeps the waiting imports of one replica off the connection pool
 * (fifty imports waiting in the database would hold fifty connections, and other requests would find none).
 */
@ApplicationScoped
public class ImportLock {

    /** The advisory lock's key: the same number in every service, each service having its own database. */
    private static final long KEY = 0x5354594C494D50L; // "STYLIMP"

    /** How long an import waits for the one before it. */
    private static final long WAIT_SECONDS = 120;

    private final Semaphore local = new Semaphore(1, true);

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /**
     * Waits for the imports before this one and holds the lock until this transaction commits or rolls back.
     * Call it in the import's transaction before it reads anything, so that what it reads is what the
     * previous import committed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void acquire() {
        try {
            if (!local.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw busy("The imports before this one have taken more than " + WAIT_SECONDS + " s. Try again later.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy("Interrupted while waiting for the imports before this one. Try again.");
        }
        try {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    local.release();
                }
            });
        } catch (RuntimeException e) {
            local.release();
            throw e;
        }
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, KEY).getSingleResult();
    }

    private static HttpProblem busy(String detail) {
        return HttpProblem.builder()
                .withType(Problems.type("service-unavailable"))
                .withStatus(Response.Status.SERVICE_UNAVAILABLE)
                .withTitle("Service Unavailable")
                .withDetail(detail)
                .withHeader(HttpHeaders.RETRY_AFTER, 30)
                .build();
    }
}
