package no.styringsdata.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * An import stopped in its transaction, deterministically and without a hook in the service, the
 * moment to kill the service or the database: the test adds triggers that wait for an advisory lock it
 * holds, sends the import, and waits until the import's transaction has written ({@code backend_xid}
 * is set) and waits for that lock. {@link #close()} lets go and removes the triggers.
 */
public final class HeldImport implements AutoCloseable {

    /** Where the import is held. */
    public enum Hold {
        /** After its first row is written: every table but the audit log gets a row trigger that waits. */
        AFTER_FIRST_ROW,
        /**
         * At its commit, every row written: the audit log (every import writes its entry in its own
         * transaction) gets a deferred constraint trigger that waits when the transaction commits.
         */
        AT_COMMIT
    }

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final long LOCK_KEY = 0x5fa017L;

    private final String jdbcUrl;
    private final String user;
    private final Connection lock;
    private CompletableFuture<HttpResponse<String>> answer;
    private long sentNanos;
    private long heldNanos;
    private int backend;

    private HeldImport(String jdbcUrl, String user) throws SQLException {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.lock = DriverManager.getConnection(jdbcUrl, user, "");
    }

    /** Posts the document to {@code imports} of the service on the database at {@code jdbcUrl}, and waits until it is held at its commit. */
    public static HeldImport start(Hold hold, String jdbcUrl, String user, URI imports, String token, String document)
            throws SQLException, InterruptedException {
        HeldImport held = new HeldImport(jdbcUrl, user);
        try {
            try (Statement statement = held.lock.createStatement()) {
                // the lock is taken once per transaction: later rows pass
                statement.execute("CREATE OR REPLACE FUNCTION fault_test_hold() RETURNS trigger LANGUAGE plpgsql AS "
                        + "$$ BEGIN PERFORM pg_advisory_xact_lock_shared(" + LOCK_KEY + "); RETURN NULL; END $$");
                if (hold == Hold.AT_COMMIT) {
                    statement.execute("CREATE CONSTRAINT TRIGGER fault_test_hold AFTER INSERT ON audit_log "
                            + "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION fault_test_hold()");
                } else {
                    for (String table : tables(statement, "AND tablename <> 'audit_log'")) {
                        statement.execute("CREATE TRIGGER fault_test_hold AFTER INSERT OR UPDATE ON \"" + table
                                + "\" FOR EACH ROW EXECUTE FUNCTION fault_test_hold()");
                    }
                }
                statement.execute("SELECT pg_advisory_lock(" + LOCK_KEY + ")");
            }
            HttpRequest request = HttpRequest.newBuilder(imports)
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "text/plain; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(document, StandardCharsets.UTF_8))
                    .timeout(WAIT)
                    .build();
            held.sentNanos = System.nanoTime();
            held.answer = HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString());
            held.awaitHeld();
            return held;
        } catch (SQLException | InterruptedException | RuntimeException | Error e) {
            held.close();
            throw e;
        }
    }

    private void awaitHeld() throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        try (Statement statement = lock.createStatement()) {
            while (System.nanoTime() - deadline < 0) {
                try (ResultSet rows = statement.executeQuery("SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                        + "AND wait_event_type = 'Lock' AND wait_event = 'advisory' AND backend_xid IS NOT NULL")) {
                    if (rows.next()) {
                        backend = rows.getInt(1);
                        heldNanos = System.nanoTime();
                        return;
                    }
                }
                if (answer.isDone()) {
                    throw new AssertionError("the import ended before its commit was held: " + answer.join().body());
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("the import did not reach its commit within " + WAIT);
    }

    /** How long the import ran before it was held. */
    public long ranMillis() {
        return (heldNanos - sentNanos) / 1_000_000;
    }

    /** The PostgreSQL backend of the held transaction. */
    public int backend() {
        return backend;
    }

    /** The import's HTTP answer, when it comes. */
    public CompletableFuture<HttpResponse<String>> answer() {
        return answer;
    }

    /**
     * Lets the import go on, if its service and database still live, and removes the trigger (call it
     * once the database is up again, if it was stopped).
     */
    @Override
    public void close() {
        try {
            lock.close();
        } catch (SQLException gone) {
            // the database was stopped under it: the lock went with the connection
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP FUNCTION IF EXISTS fault_test_hold() CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("could not remove the test's trigger from the audit log", e);
        }
    }

    private static List<String> tables(Statement statement, String condition) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                + "AND tablename NOT IN ('flyway_schema_history', 'platform_schema_history') " + condition)) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    /** A data source for the database at {@code jdbcUrl}, e.g. for a DatabaseChecksum. */
    public static PGSimpleDataSource dataSource(String jdbcUrl, String user) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(jdbcUrl);
        dataSource.setUser(user);
        return dataSource;
    }

    /** Waits until the backend has ended (a cut import's transaction with it). */
    public static void awaitBackendGone(String jdbcUrl, String user, int backend) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "");
             Statement statement = connection.createStatement()) {
            while (System.nanoTime() - deadline < 0) {
                try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE pid = " + backend)) {
                    rows.next();
                    if (rows.getInt(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("backend " + backend + " still there after " + WAIT);
    }
}
