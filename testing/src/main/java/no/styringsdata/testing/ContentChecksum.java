package no.styringsdata.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * What a service stored, by content: per table an MD5 of its rows as text, sorted, so that two databases
 * that hold the same facts give the same digests however and in which order the rows were written
 * ({@link DatabaseChecksum} tells whether anything was written at all; this tells whether two databases say
 * the same). Surrogate keys and the moments of writing differ between equal databases: a table with such
 * columns is given as a query that names each row by its natural key instead ({@link #table}), and a table
 * that records arrival itself (an audit log) is left out ({@link #skip}). Every other table is read whole.
 * {@link #everything} compares a database with a copy of itself (a restored dump): every table read whole,
 * Flyway's history and the sequences' values included.
 */
public final class ContentChecksum {

    private final DataSource dataSource;
    private final Map<String, String> queries = new LinkedHashMap<>();
    // the change log (platform's changes/) records arrival: which write came when, in commit order
    private final Set<String> skipped = new java.util.HashSet<>(Set.of("flyway_schema_history", "platform_schema_history",
            "change_log"));

    private boolean sequences;

    public ContentChecksum(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Every table read whole, Flyway's history and every sequence's last value too: equal only for copies. */
    public static ContentChecksum everything(DataSource dataSource) {
        ContentChecksum checksum = new ContentChecksum(dataSource);
        checksum.skipped.clear();
        checksum.sequences = true;
        return checksum;
    }

    /** Reads {@code table} through {@code query} (its natural keys and content, no ids or timestamps). */
    public ContentChecksum table(String table, String query) {
        queries.put(table, query);
        return this;
    }

    /** Leaves {@code table} out: its rows say when or in which order things arrived, not what is stored. */
    public ContentChecksum skip(String... tables) {
        skipped.addAll(List.of(tables));
        return this;
    }

    /** The digest of each table, by name. */
    public Map<String, String> tables() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            Map<String, String> digests = new TreeMap<>();
            for (String table : publicTables(statement)) {
                if (skipped.contains(table)) {
                    continue;
                }
                String rows = queries.getOrDefault(table, "SELECT * FROM \"" + table + "\"");
                try (ResultSet digest = statement.executeQuery("SELECT count(*) || ':' || md5(coalesce("
                        + "string_agg(r::text, E'\\n' ORDER BY r::text COLLATE \"C\"), '')) FROM (" + rows + ") r")) {
                    digest.next();
                    digests.put(table, digest.getString(1));
                }
            }
            if (sequences) {
                try (ResultSet rows = statement.executeQuery("SELECT sequencename, coalesce(last_value, 0) "
                        + "FROM pg_sequences WHERE schemaname = 'public'")) {
                    while (rows.next()) {
                        digests.put("sequence " + rows.getString(1), rows.getString(2));
                    }
                }
            }
            if (digests.isEmpty()) {
                throw new IllegalStateException("no tables to take a checksum of");
            }
            return digests;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the database for its content checksum", e);
        }
    }

    /** One digest over every table's. */
    public String current() {
        return tables().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
    }

    /**
     * Empties every table but those kept (and Flyway's histories), restarting their identities: a fresh
     * database for the next test round without creating one.
     */
    public static void truncateAll(DataSource dataSource, String... keep) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            Set<String> kept = Set.of(keep);
            List<String> tables = new ArrayList<>();
            for (String table : publicTables(statement)) {
                if (!kept.contains(table) && !table.endsWith("schema_history")) {
                    tables.add("\"" + table + "\"");
                }
            }
            statement.execute("TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty the database", e);
        }
    }

    private static List<String> publicTables(Statement statement) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }
}
