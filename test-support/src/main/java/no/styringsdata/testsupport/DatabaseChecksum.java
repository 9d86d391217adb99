package no.styringsdata.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** A fingerprint of everything a service stored: equal fingerprints, equal data. */
public final class DatabaseChecksum {

    private DatabaseChecksum() {
    }

    /** One md5 over every row of every table of the public schema (Flyway's history aside). */
    public static String of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                    + "AND tablename <> 'flyway_schema_history' ORDER BY tablename")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            StringBuilder all = new StringBuilder();
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("SELECT count(*), md5(coalesce(string_agg(md5(t::text), ',' "
                        + "ORDER BY md5(t::text)), '')) FROM \"" + table + "\" t")) {
                    rows.next();
                    all.append(table).append(':').append(rows.getLong(1)).append(':').append(rows.getString(2)).append(';');
                }
            }
            return all.toString();
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the database for its checksum", e);
        }
    }
}
