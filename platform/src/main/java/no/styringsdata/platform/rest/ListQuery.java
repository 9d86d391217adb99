package no.styringsdata.platform.rest;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import no.styringsdata.platform.query.Where;
import org.hibernate.jpa.HibernateHints;

/**
 * A list a service reads, stated once: how many rows it has, the ordered query of its rows' keys (or of its
 * entities), and how a run of those becomes rows. A page reads one run by offset and limit; the whole list
 * ({@link WholeList}) reads the same query through a cursor, {@link #RUN} at a time, so that the whole list is its
 * pages put together and memory holds one run, whatever the list's length.
 *
 * @param <K> what the query selects: a key, or an entity with what it fetches
 * @param <T> a row of the answer
 */
public final class ListQuery<K, T> {

    /** Keys fetched from the cursor at a time, and made into rows together (in as few queries as a page). */
    static final int RUN = 500;

    private final LongSupplier count;
    private final Supplier<? extends Query> select;
    private final Function<List<K>, List<T>> rows;

    private ListQuery(LongSupplier count, Supplier<? extends Query> select, Function<List<K>, List<T>> rows) {
        this.count = count;
        this.select = select;
        this.rows = rows;
    }

    /**
     * @param count  how many rows the list has
     * @param select the ordered query of the rows' keys, made when it is run (a whole list runs it in a transaction
     *               of its own, after the resource has answered)
     * @param rows   the rows of these keys, in their order
     */
    public static <K, T> ListQuery<K, T> of(LongSupplier count, Supplier<? extends Query> select,
                                            Function<List<K>, List<T>> rows) {
        return new ListQuery<>(count, select, rows);
    }

    /**
     * A list of native SQL: the keys {@code key} of {@code fromWhere} ({@code " from x where ..."}) ordered by
     * {@code orderBy}, and its {@code count(*)}.
     */
    public static <T> ListQuery<Long, T> ofNative(String key, Where fromWhere, String orderBy,
                                                  Function<List<Long>, List<T>> rows) {
        return of(() -> ((Number) fromWhere.bindTo(Panache.getEntityManager()
                        .createNativeQuery("select count(*)" + fromWhere)).getSingleResult()).longValue(),
                () -> fromWhere.bindTo(Panache.getEntityManager()
                        .createNativeQuery("select " + key + fromWhere + " order by " + orderBy, Long.class)),
                rows);
    }

    /** One page: {@code limit} rows from {@code offset}, and the list's length. */
    public Page<T> page(int offset, int limit) {
        long total = count.getAsLong();
        List<K> keys = keys(select.get().setFirstResult(offset).setMaxResults(limit).getResultList());
        return new Page<>(keys.isEmpty() ? List.of() : rows.apply(keys), total);
    }

    long count() {
        return count.getAsLong();
    }

    /**
     * Every row, in order, read through a cursor while they are taken; {@code afterRun} runs after each run is made
     * into rows (to let go of what it loaded). Within a transaction, which the stream must not outlive; close it.
     */
    Stream<T> stream(Runnable afterRun) {
        Stream<K> keys = keys(select.get().setHint(HibernateHints.HINT_FETCH_SIZE, RUN)
                .setHint(HibernateHints.HINT_READ_ONLY, true).getResultStream());
        Iterator<K> cursor = keys.iterator();
        Iterator<T> all = new Iterator<>() {
            private Iterator<T> run = List.<T>of().iterator();

            @Override
            public boolean hasNext() {
                while (!run.hasNext() && cursor.hasNext()) {
                    List<K> next = new ArrayList<>(RUN);
                    while (next.size() < RUN && cursor.hasNext()) {
                        next.add(cursor.next());
                    }
                    run = rows.apply(next).iterator();
                    afterRun.run();
                }
                return run.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return run.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(all, Spliterator.ORDERED), false)
                .onClose(keys::close);
    }

    @SuppressWarnings("unchecked")
    private static <R> R keys(Object raw) {
        return (R) raw;
    }
}
