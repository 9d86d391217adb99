package no.styringsdata.platform.rest;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Iterator;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.Session;

/**
 * A whole list ({@code whole=true}) as an answer's entity: its rows are read while the body is written
 * (csv.CsvMessageBodyWriter), through a cursor ({@link ListQuery}), so that memory holds a run of rows, not the list.
 * They are read in a read-only REPEATABLE READ transaction of their own that lasts while the body is written: the
 * count ({@code X-Total-Count}) and the rows are one snapshot. A client that goes away makes the writing fail, which
 * rolls the transaction back and gives its connection back to the pool.
 */
public final class WholeList<T> {

    /** How long writing one whole list may take (a slow client's), after which its transaction is rolled back. */
    static final String TIMEOUT = "styringsdata.whole-list.timeout";

    private final ListQuery<?, T> query;
    private final Class<T> rowType;

    WholeList(ListQuery<?, T> query, Class<T> rowType) {
        this.query = query;
        this.rowType = rowType;
    }

    public Class<T> rowType() {
        return rowType;
    }

    /** What writes the rows, in order, as they come. */
    @FunctionalInterface
    public interface RowWriter<T> {
        void write(Iterator<T> rows) throws IOException;
    }

    /** Sets {@code X-Total-Count} in {@code headers} (before the body begins) and has {@code writer} write the rows. */
    public void write(MultivaluedMap<String, Object> headers, RowWriter<T> writer) throws IOException {
        int timeout = (int) ConfigProvider.getConfig().getOptionalValue(TIMEOUT, Duration.class)
                .orElse(Duration.ofMinutes(30)).toSeconds();
        try {
            QuarkusTransaction.requiringNew().timeout(timeout).run(() -> {
                EntityManager em = Panache.getEntityManager();
                Session session = em.unwrap(Session.class);
                session.doWork(db -> {
                    try (Statement snapshot = db.createStatement()) {
                        snapshot.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                    }
                });
                session.setDefaultReadOnly(true);
                headers.putSingle(PagedResponse.TOTAL_COUNT, query.count());
                try (Stream<T> rows = query.stream(em::clear)) {
                    writer.write(rows.iterator());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
