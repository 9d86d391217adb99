package no.styringsdata.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * A fingerprint of everything a service stored, cheap enough to take around every write: per table
 * the row count and the newest row version's transaction id ({@code xmin}). A committed insert or
 * update writes row versions with a newer transaction id, and a delete alone lowers the count, so
 * any committed change changes the fingerprint; a rolled-back transaction leaves no visible row.
 */
public final class DatabaseChecksum {

    private final DataSource dataSource;
    private String query;

    public DatabaseChecksum(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The fingerprint now. */
    public String current() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (query == null) {
                query = queryOver(tables(statement));
            }
            try (ResultSet row = statement.executeQuery(query)) {
                row.next();
                return row.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the database for its checksum", e);
        }
    }

    /** Every table of the public schema but Flyway's histories. */
    private static List<String> tables(Statement statement) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                + "AND tablename NOT IN ('flyway_schema_history', 'platform_schema_history') ORDER BY tablename")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        if (tables.isEmpty()) {
            throw new IllegalStateException("no tables to checksum");
        }
        return tables;
    }

    private static String queryOver(List<String> tables) {
        return tables.stream()
                .map(table -> "(SELECT '" + table + ":' || count(*) || ':' || coalesce(max(xmin::text::bigint), 0) "
                        + "FROM \"" + table + "\")")
                .collect(Collectors.joining(" || ';' || ", "SELECT ", ""));
    }
}
