package no.styringsdata.platform.datapackage;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tables of a data package as PostgreSQL's catalog describes them: columns with their types, NOT NULL and
 * comments, primary keys, and the foreign keys between the package's tables. Read in the package's own snapshot,
 * so that a new column or comment is in the next package without a line of code.
 */
final class TableCatalog {

    /** A column: its PostgreSQL type name and category ({@code A} for arrays), and its {@code COMMENT}. */
    record Column(String name, String type, String category, boolean notNull, Integer maxLength, String comment) {
    }

    record ForeignKey(List<String> columns, String referencedTable, List<String> referencedColumns) {
    }

    record Table(String name, String comment, List<Column> columns, List<String> primaryKey, List<ForeignKey> foreignKeys) {
    }

    private static final String COLUMNS = """
            SELECT c.relname, obj_description(c.oid, 'pg_class'), a.attname, t.typname, t.typcategory, a.attnotnull,
                   CASE WHEN t.typname IN ('varchar', 'bpchar') AND a.atttypmod > 4 THEN a.atttypmod - 4 END,
                   col_description(c.oid, a.attnum)
            FROM pg_class c
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
            JOIN pg_type t ON t.oid = a.atttypid
            WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p') AND c.relname = ANY (?)
              AND t.typname NOT IN ('tsvector', 'tsquery')
            ORDER BY c.relname, a.attnum""";

    private static final String KEYS = """
            SELECT c.relname, k.contype, r.relname,
                   ARRAY(SELECT a.attname FROM unnest(k.conkey) WITH ORDINALITY AS n(attnum, i)
                         JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = n.attnum ORDER BY n.i),
                   ARRAY(SELECT a.attname FROM unnest(k.confkey) WITH ORDINALITY AS n(attnum, i)
                         JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = n.attnum ORDER BY n.i)
            FROM pg_constraint k
            JOIN pg_class c ON c.oid = k.conrelid
            LEFT JOIN pg_class r ON r.oid = k.confrelid
            WHERE c.relnamespace = current_schema()::regnamespace AND c.relname = ANY (?) AND k.contype IN ('p', 'f')
            ORDER BY c.relname, k.conname""";

    private TableCatalog() {
    }

    /** The named tables in the given order, without the excluded columns ({@code table.column}); a missing table fails. */
    static List<Table> read(Connection db, List<String> names, Set<String> excluded) throws SQLException {
        Map<String, List<Column>> columns = new LinkedHashMap<>();
        Map<String, String> comments = new LinkedHashMap<>();
        try (PreparedStatement query = db.prepareStatement(COLUMNS)) {
            query.setArray(1, db.createArrayOf("text", names.toArray()));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    String table = row.getString(1);
                    comments.put(table, row.getString(2));
                    if (!excluded.contains(table + "." + row.getString(3))) {
                        columns.computeIfAbsent(table, t -> new ArrayList<>()).add(new Column(row.getString(3),
                                row.getString(4), row.getString(5), row.getBoolean(6), (Integer) row.getObject(7),
                                row.getString(8)));
                    }
                }
            }
        }
        Map<String, List<String>> primaryKeys = new LinkedHashMap<>();
        Map<String, List<ForeignKey>> foreignKeys = new LinkedHashMap<>();
        try (PreparedStatement query = db.prepareStatement(KEYS)) {
            query.setArray(1, db.createArrayOf("text", names.toArray()));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    String table = row.getString(1);
                    List<String> keyColumns = strings(row.getArray(4));
                    if ("p".equals(row.getString(2))) {
                        primaryKeys.put(table, keyColumns);
                    } else if (names.contains(row.getString(3))) {
                        foreignKeys.computeIfAbsent(table, t -> new ArrayList<>())
                                .add(new ForeignKey(keyColumns, row.getString(3), strings(row.getArray(5))));
                    }
                }
            }
        }
        List<Table> tables = new ArrayList<>();
        for (String name : names) {
            if (!columns.containsKey(name)) {
                throw new IllegalStateException("styringsdata.datapackage.tables names " + name
                        + ", which is no table of the schema");
            }
            List<String> present = columns.get(name).stream().map(Column::name).toList();
            tables.add(new Table(name, comments.get(name), columns.get(name), primaryKeys.getOrDefault(name, List.of()),
                    foreignKeys.getOrDefault(name, List.of()).stream()
                            .filter(key -> present.containsAll(key.columns())).toList()));
        }
        return tables;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
