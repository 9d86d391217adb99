package no.styringsdata.platform.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/** Reads the change log the triggers of platform's V4 write (see V4__change_log.sql). */
@ApplicationScoped
public class ChangeFeed {

    /** One entry: the latest change of a resource, at its position; its path is relative to the service's root. */
    public record Entry(Cursor cursor, String action, String type, String id, String path, OffsetDateTime changedAt) {
    }

    /** Up to {@code limit} entries after the cursor, in commit order. */
    public record Slice(List<Entry> entries, boolean more) {
    }

    // A resource changed again later is listed at its latest change only, so a page is never overtaken: every
    // resource whose latest change is at most the page's last position is on it.
    private static final String AFTER = """
            SELECT position, tag, action, record_type, record_id, path, changed_at FROM change_log c
            WHERE position > ? AND NOT EXISTS (SELECT 1 FROM change_log later WHERE later.record_type = c.record_type
                AND later.record_id = c.record_id AND later.path = c.path AND later.position > c.position)
            ORDER BY position LIMIT ?""";

    @Inject
    Session session;

    /**
     * The entries after {@code since}, or empty if the feed has no entry the cursor names (its position and
     * tag): one of another history of the database.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Slice> after(Cursor since, int limit) {
        return session.doReturningWork(db -> read(db, since, limit));
    }

    private static Optional<Slice> read(Connection db, Cursor since, int limit) throws SQLException {
        if (since.tag() != null && !exists(db, since)) {
            return Optional.empty();
        }
        List<Entry> entries = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(AFTER)) {
            query.setLong(1, since.position());
            query.setInt(2, limit + 1);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    entries.add(new Entry(new Cursor(rows.getLong(1), rows.getString(2)), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6),
                            rows.getObject(7, OffsetDateTime.class)));
                }
            }
        }
        boolean more = entries.size() > limit;
        return Optional.of(new Slice(more ? entries.subList(0, limit) : entries, more));
    }

    private static boolean exists(Connection db, Cursor cursor) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT 1 FROM change_log WHERE position = ? AND tag = ?")) {
            query.setLong(1, cursor.position());
            query.setString(2, cursor.tag());
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }
}
