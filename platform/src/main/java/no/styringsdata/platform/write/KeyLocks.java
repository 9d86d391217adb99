package no.styringsdata.platform.write;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Serialises the writers of one natural key until their transactions end, whether or not the record
 * exists yet. A row lock ({@code SELECT ... FOR UPDATE}) cannot do that for a record that is still to
 * be created: every concurrent creator found nothing to lock, all inserted, and all but one failed on
 * the unique constraint. With this lock taken first, the second writer waits, then (READ COMMITTED:
 * each statement sees what has committed) finds the first one's record and updates it instead.
 *
 * <p>A PostgreSQL transaction-level advisory lock on a 64-bit hash of the key: released at commit or
 * rollback, never leaked; two keys with the same hash only wait for each other a little longer.
 */
@ApplicationScoped
public class KeyLocks {

    @Inject
    EntityManager entityManager;

    /** Waits until no other transaction holds {@code kind}'s {@code key}, then holds it until this transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String kind, String key) {
        entityManager.createNativeQuery("SELECT count(*) FROM pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", kind + ":" + key)
                .getSingleResult();
    }

    /**
     * The write paths' first step: takes {@code kind}'s {@code key}, then reads the record ({@code find}
     * answers null when there is none yet; it should lock the row it finds) and checks the caller's
     * precondition against it. Locked before the check, so that of writers who all sent the current
     * version one wins and the others see the new version (412) rather than all passing the check.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> T lockAndCheck(String kind, String key, Supplier<T> find, ToLongFunction<T> version,
                              Precondition precondition, String subject) {
        lock(kind, key);
        T found = find.get();
        if (found == null) {
            precondition.requireNoVersion(subject);
        } else {
            precondition.requireVersion(version.applyAsLong(found), subject);
        }
        return found;
    }
}
