package no.styringsdata.platform.datapackage;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import no.styringsdata.platform.datapackage.TableCatalog.Column;

/**
 * A column as a Table Schema field, and the SQL that writes it so that its CSV text is what the field's type
 * reads: booleans as {@code true}/{@code false}, arrays as JSON arrays, times in UTC as ISO 8601.
 */
final class FrictionlessField {

    /** ISO 8601 in UTC with microseconds, PostgreSQL's {@code to_char} pattern and the field's (strptime) format. */
    private static final String UTC_TIME = "'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'";
    static final String UTC_TIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ";

    private FrictionlessField() {
    }

    /** The Frictionless type of a PostgreSQL type. */
    static String type(Column column) {
        if ("A".equals(column.category())) {
            return "array";
        }
        return switch (column.type()) {
            case "int2", "int4", "int8" -> "integer";
            case "numeric", "float4", "float8" -> "number";
            case "bool" -> "boolean";
            case "date" -> "date";
            case "timestamptz", "timestamp" -> "datetime";
            case "json", "jsonb" -> "object";
            default -> "string";
        };
    }

    static ObjectNode describe(Column column, boolean inPrimaryKey) {
        ObjectNode field = JsonNodeFactory.instance.objectNode();
        field.put("name", column.name());
        field.put("type", type(column));
        if ("datetime".equals(type(column))) {
            field.put("format", UTC_TIME_FORMAT);
        }
        if (column.comment() != null) {
            field.put("description", column.comment());
        }
        ObjectNode constraints = field.putObject("constraints");
        if (column.notNull() || inPrimaryKey) {
            constraints.put("required", true);
        }
        if (column.maxLength() != null) {
            constraints.put("maxLength", column.maxLength());
        }
        if (constraints.isEmpty()) {
            field.remove("constraints");
        }
        return field;
    }

    /** The column in a {@code SELECT} whose CSV is the field's text, named as the column. */
    static String select(Column column) {
        String name = quote(column.name());
        String value = switch (type(column)) {
            case "array" -> "array_to_json(" + name + ")::text";
            case "boolean" -> name + "::text";
            case "datetime" -> "to_char(" + name + ("timestamptz".equals(column.type()) ? " AT TIME ZONE 'UTC'" : "")
                    + ", " + UTC_TIME + ")";
            default -> name;
        };
        return value.equals(name) ? name : value + " AS " + name;
    }

    /** A quoted SQL identifier. */
    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
