package no.styringsdata.platform.datapackage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import no.styringsdata.platform.datapackage.TableCatalog.Column;
import no.styringsdata.platform.datapackage.TableCatalog.ForeignKey;
import no.styringsdata.platform.datapackage.TableCatalog.Table;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes a service's data package as a zip: {@code datapackage.json} (a Tabular Data Package: a Table Schema per
 * table, licence, sources) and one CSV per table, each by PostgreSQL's {@code COPY ... TO STDOUT} straight into the
 * zip, so that no table is ever held in memory. Everything is read in one read-only REPEATABLE READ transaction: the
 * files are one snapshot. Its bytes depend on the data alone (rows in key order, entries dated by the data's last
 * change), as a strong ETag wants.
 */
final class DataPackageWriter {

    static final String DESCRIPTOR = "datapackage.json";
    static final String LICENCE_NAME = "NLOD-2.0";
    static final String LICENCE_PATH = "https://data.norge.no/nlod/en/2.0";
    static final String LICENCE_TITLE = "Norwegian Licence for Open Government Data (NLOD) 2.0";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final DataPackageConfig config;
    private final String apiVersion;

    DataPackageWriter(DataPackageConfig config, String apiVersion) {
        this.config = config;
        this.apiVersion = apiVersion;
    }

    void write(Connection db, OutputStream out) throws SQLException, IOException {
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            try (Statement snapshot = db.createStatement()) {
                snapshot.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            }
            List<Table> tables = TableCatalog.read(db, config.tables().orElse(List.of()),
                    new HashSet<>(config.excludedColumns().orElse(List.of())));
            ObjectNode descriptor = descriptor(db, tables);
            long modified = Instant.parse(descriptor.get("created").asText()).toEpochMilli();
            CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
            try (ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(out) {
                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    out.write(bytes, offset, length);
                }

                @Override
                public void close() throws IOException {
                    flush(); // the response's stream is the server's to close
                }
            })) {
                entry(zip, DESCRIPTOR, modified);
                zip.write(JSON.writeValueAsBytes(descriptor));
                for (Table table : tables) {
                    entry(zip, table.name() + ".csv", modified);
                    copy.copyOut("COPY (" + select(table) + ") TO STDOUT WITH (FORMAT csv, HEADER)", zip);
                }
            }
            db.commit();
        } finally {
            db.rollback();
            db.setAutoCommit(autoCommit);
        }
    }

    private static void entry(ZipOutputStream zip, String name, long modified) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(modified);
        zip.putNextEntry(entry);
    }

    /** The table's rows in primary-key order (else in the order of all its columns), as its fields read them. */
    static String select(Table table) {
        List<String> order = table.primaryKey().isEmpty() ? table.columns().stream().map(Column::name).toList()
                : table.primaryKey();
        return "SELECT " + table.columns().stream().map(FrictionlessField::select).collect(Collectors.joining(", "))
                + " FROM " + FrictionlessField.quote(table.name())
                + " ORDER BY " + order.stream().map(FrictionlessField::quote).collect(Collectors.joining(", "));
    }

    private ObjectNode descriptor(Connection db, List<Table> tables) throws SQLException, IOException {
        ObjectNode descriptor = JSON.createObjectNode();
        descriptor.put("profile", "tabular-data-package");
        descriptor.put("name", config.name());
        descriptor.put("title", config.title());
        config.description().ifPresent(text -> descriptor.put("description", text));
        try (Statement query = db.createStatement();
                ResultSet version = query.executeQuery("SELECT version, changed_at FROM caching.read_version")) {
            version.next();
            // the API's MAJOR.MINOR, and the data's version (the read version behind the ETag)
            descriptor.put("version", apiVersion + "." + version.getLong(1));
            descriptor.put("created", version.getTimestamp(2).toInstant().toString());
        }
        ObjectNode licence = descriptor.putArray("licenses").addObject();
        licence.put("name", LICENCE_NAME).put("path", LICENCE_PATH).put("title", LICENCE_TITLE);
        ArrayNode sources = descriptor.putArray("sources");
        if (config.sourcesQuery().isPresent()) {
            try (Statement query = db.createStatement(); ResultSet source = query.executeQuery(config.sourcesQuery().get())) {
                while (source.next()) {
                    ObjectNode document = sources.addObject().put("title", source.getString("title"));
                    if (source.getObject("date") != null) {
                        document.put("date", source.getString("date"));
                    }
                    document.put("kind", source.getString("kind"));
                }
            }
        }
        ArrayNode resources = descriptor.putArray("resources");
        tables.forEach(table -> resources.add(resource(table)));
        additions().fields().forEachRemaining(property -> descriptor.set(property.getKey(), property.getValue()));
        return descriptor;
    }

    private static ObjectNode resource(Table table) {
        ObjectNode resource = JSON.createObjectNode();
        resource.put("profile", "tabular-data-resource");
        resource.put("name", table.name());
        resource.put("path", table.name() + ".csv");
        if (table.comment() != null) {
            resource.put("description", table.comment());
        }
        resource.put("format", "csv").put("mediatype", "text/csv").put("encoding", "utf-8");
        ObjectNode schema = resource.putObject("schema");
        ArrayNode fields = schema.putArray("fields");
        table.columns().forEach(column -> fields.add(FrictionlessField.describe(column,
                table.primaryKey().contains(column.name()))));
        if (!table.primaryKey().isEmpty()) {
            table.primaryKey().forEach(schema.putArray("primaryKey")::add);
        }
        if (!table.foreignKeys().isEmpty()) {
            ArrayNode foreignKeys = schema.putArray("foreignKeys");
            for (ForeignKey key : table.foreignKeys()) {
                ObjectNode foreignKey = foreignKeys.addObject();
                key.columns().forEach(foreignKey.putArray("fields")::add);
                ObjectNode reference = foreignKey.putObject("reference").put("resource", key.referencedTable());
                key.referencedColumns().forEach(reference.putArray("fields")::add);
            }
        }
        // COPY writes NULL as an empty field (and an empty text as "")
        schema.putArray("missingValues").add("");
        return resource;
    }

    private JsonNode additions() {
        if (config.descriptorAdditions().isEmpty()) {
            return JSON.createObjectNode();
        }
        String name = config.descriptorAdditions().get();
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("styringsdata.datapackage.descriptor-additions: no resource " + name);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
