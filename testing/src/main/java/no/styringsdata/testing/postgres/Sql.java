package no.styringsdata.testing.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.styringsdata.localpg.LocalPostgres;

/** Plain JDBC for tests that build and read a database by hand (migration tests), outside Quarkus. */
public final class Sql {

    private Sql() {
    }

    /** A database of its own on the test JVM's PostgreSQL (created unless it exists): its JDBC URL. */
    public static String database(String name) {
        PostgresTestResource resource = new PostgresTestResource();
        resource.init(Map.of("database", name));
        return resource.start().get("quarkus.datasource.jdbc.url");
    }

    public static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, LocalPostgres.USER, "");
    }

    /** The rows of a query, each as its columns joined by |, nulls as "null". */
    public static List<String> rows(Statement sql, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = sql.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(result.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
