package no.styringsdata.platform.importing;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import no.styringsdata.platform.problem.Problems;

/**
 * One import at a time per service. Imports read what is stored and write by natural keys (the same chapter,
 * post, series, assignment); two at once, of one document or of two that share a key, would both insert and
 * one would fail on a unique constraint, or both would update with neither seeing the other. Serialised, the
 * second sees the first's commit: the same document again changes nothing, as one import after another does.
 *
 * <p>Two locks. In this JVM, {@link #serialised} runs one import's transaction at a time, waiting outside any
 * transaction and without a connection (fifty imports waiting in the database would hold fifty connections of
 * the pool, and their transactions would time out while they wait). In the database, {@link #lockDatabase}
 * takes a transaction-level advisory lock, first in the import's transaction, which serialises the replicas of
 * the service.
 */
@ApplicationScoped
public class ImportLock {

    /** What every service's import operation says of concurrent imports and their order (OpenAPI). */
    public static final String OPENAPI_DESCRIPTION = " Imports run one at a time, and their order does not matter: "
            + "where two documents give a value for the same key, the documents' own standing (kind, date, then "
            + "checksum) decides which stands, not which came last. Of concurrent imports of the same document, one "
            + "applies it and the others wait for it and answer 200 with `changed: false`: never a 409 or a 500.";

    /** The 503 of an import that waited too long for the ones before it (OpenAPI). */
    public static final String OPENAPI_BUSY = "The imports before this one took more than two minutes; nothing was "
            + "written. Retry after the seconds `Retry-After` gives.";

    /** The advisory lock's key: the same number in every service, each service having its own database. */
    private static final long KEY = 0x5354594C494D50L; // "STYLIMP"

    /** How long an import waits for the ones before it. */
    private static final long WAIT_SECONDS = 120;

    private final Semaphore local = new Semaphore(1, true);

    @Inject
    EntityManager em;

    /**
     * Runs {@code work}, an import's whole transaction (begun and committed inside it), when no other import of
     * this JVM runs. Call it outside any transaction.
     */
    public <T> T serialised(Supplier<T> work) {
        try {
            if (!local.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw busy("The imports before this one have taken more than " + WAIT_SECONDS + " s. Try again later.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy("Interrupted while waiting for the imports before this one. Try again.");
        }
        try {
            return work.get();
        } finally {
            local.release();
        }
    }

    /**
     * Waits for the imports of other replicas and holds the lock until this transaction ends. Call it in the
     * import's transaction before it reads anything, so that what it reads is what the previous one committed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockDatabase() {
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
