package no.styringsdata.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * A fingerprint of what a database holds, independent of where and how it was written: per table the
 * row count and an MD5 of its rows (as text, sorted), and every sequence's last value. Unlike
 * {@link DatabaseChecksum} (which follows row versions, cheaply) it is equal for two databases with the
 * same content, such as a database and its restored dump; it reads every row.
 */
public final class DatabaseContents {

    private final DataSource dataSource;

    public DatabaseContents(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One line per table and per sequence of the public schema (Flyway's history too: the schema is content). */
    public String fingerprint() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            if (tables.isEmpty()) {
                throw new IllegalStateException("no tables to fingerprint");
            }
            StringBuilder fingerprint = new StringBuilder();
            for (String table : tables) {
                try (ResultSet row = statement.executeQuery("SELECT count(*), md5(coalesce(string_agg(t::text, E'\\n' "
                        + "ORDER BY t::text), '')) FROM \"" + table + "\" t")) {
                    row.next();
                    fingerprint.append(table).append(' ').append(row.getLong(1)).append(' ').append(row.getString(2))
                            .append('\n');
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT sequencename, coalesce(last_value, 0) FROM pg_sequences "
                    + "WHERE schemaname = 'public' ORDER BY sequencename")) {
                while (rows.next()) {
                    fingerprint.append("sequence ").append(rows.getString(1)).append(' ').append(rows.getLong(2)).append('\n');
                }
            }
            return fingerprint.toString();
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the database for its fingerprint", e);
        }
    }
}
