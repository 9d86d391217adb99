package no.styringsdata.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A downloaded data package ({@code GET <api>/datapackage}) read back: its {@code datapackage.json} and CSV files, and
 * the check that it is a valid Tabular Data Package. No Java validator for Frictionless is on Maven Central, so the
 * check follows the specifications (Data Package, Tabular Data Resource, Table Schema, Fiscal Data Package 1.0):
 * names, paths, field types and every value read as its type, primary keys unique, every foreign key's values found
 * in the resource it refers to, and a fiscal model's measures and attributes naming fields that exist.
 */
public record DataPackage(JsonNode descriptor, Map<String, byte[]> files) {

    private static final Pattern NAME = Pattern.compile("^[-a-z0-9._/]+$");
    private static final Set<String> TYPES = Set.of("string", "number", "integer", "boolean", "object", "array", "date",
            "time", "datetime", "year", "yearmonth", "duration", "geopoint", "geojson", "any");
    private static final Pattern UTC_TIME = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z$");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    /** Unzips a package, checking each entry's CRC as it goes (a cut zip fails here). */
    public static DataPackage read(byte[] zip) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
            return new DataPackage(JSON.readTree(files.get("datapackage.json")), files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The resources' names, in the descriptor's order. */
    public List<String> resources() {
        List<String> names = new ArrayList<>();
        descriptor.path("resources").forEach(resource -> names.add(resource.path("name").asText()));
        return names;
    }

    public JsonNode resource(String name) {
        for (JsonNode resource : descriptor.path("resources")) {
            if (name.equals(resource.path("name").asText())) {
                return resource;
            }
        }
        throw new AssertionError("no resource " + name);
    }

    /** A resource's CSV, the header row first. */
    public List<List<String>> rows(String name) {
        return csv(new String(files.get(resource(name).path("path").asText()), StandardCharsets.UTF_8));
    }

    /** CSV text as rows of fields. */
    public static List<List<String>> csv(String text) {
        try {
            List<List<String>> rows = new ArrayList<>();
            try (var reader = CSV.readerForListOf(String.class).readValues(text)) {
                while (reader.hasNextValue()) {
                    @SuppressWarnings("unchecked")
                    List<String> row = (List<String>) reader.nextValue();
                    rows.add(row);
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> fieldNames(String name) {
        List<String> fields = new ArrayList<>();
        resource(name).path("schema").path("fields").forEach(field -> fields.add(field.path("name").asText()));
        return fields;
    }

    /** What makes the package invalid; empty when it is valid. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        require(problems, NAME.matcher(descriptor.path("name").asText()).matches(), "package name " + descriptor.path("name"));
        require(problems, descriptor.path("licenses").size() > 0, "no licence");
        descriptor.path("licenses").forEach(licence -> require(problems,
                licence.hasNonNull("name") || licence.hasNonNull("path"), "a licence without name or path"));
        descriptor.path("sources").forEach(source -> require(problems, !source.path("title").asText().isBlank(),
                "a source without title: " + source));
        require(problems, descriptor.path("resources").size() > 0, "no resources");
        Set<String> names = new HashSet<>();
        for (JsonNode resource : descriptor.path("resources")) {
            String name = resource.path("name").asText();
            require(problems, NAME.matcher(name).matches() && names.add(name), "resource name " + name);
            require(problems, "tabular-data-resource".equals(resource.path("profile").asText()), name + ": profile");
            require(problems, files.containsKey(resource.path("path").asText()), name + ": no file " + resource.path("path"));
            if (files.containsKey(resource.path("path").asText())) {
                problems.addAll(tableProblems(name));
            }
        }
        if (descriptor.has("model")) {
            problems.addAll(modelProblems());
        }
        return problems;
    }

    private List<String> tableProblems(String name) {
        List<String> problems = new ArrayList<>();
        JsonNode schema = resource(name).path("schema");
        List<String> fields = fieldNames(name);
        require(problems, !fields.isEmpty() && new HashSet<>(fields).size() == fields.size(), name + ": fields " + fields);
        List<List<String>> rows = rows(name);
        require(problems, !rows.isEmpty() && rows.get(0).equals(fields), name + ": header is not the fields " + fields);
        Set<String> missing = new HashSet<>();
        schema.path("missingValues").forEach(value -> missing.add(value.asText()));
        for (int column = 0; column < fields.size(); column++) {
            JsonNode field = schema.path("fields").get(column);
            String type = field.path("type").asText();
            require(problems, TYPES.contains(type), name + "." + fields.get(column) + ": type " + type);
            boolean required = field.path("constraints").path("required").asBoolean(false);
            for (List<String> row : rows.subList(Math.min(1, rows.size()), rows.size())) {
                String value = row.size() > column ? row.get(column) : "";
                if (missing.contains(value)) {
                    require(problems, !required || "string".equals(type), name + "." + fields.get(column) + ": missing");
                } else if (!reads(type, value)) {
                    problems.add(name + "." + fields.get(column) + ": " + value + " is no " + type);
                }
            }
        }
        List<String> primaryKey = strings(schema.path("primaryKey"));
        require(problems, fields.containsAll(primaryKey), name + ": primary key " + primaryKey);
        if (!primaryKey.isEmpty() && fields.containsAll(primaryKey)) {
            List<List<String>> keys = tuples(name, primaryKey);
            require(problems, new HashSet<>(keys).size() == keys.size(), name + ": primary key values repeat");
        }
        for (JsonNode foreignKey : schema.path("foreignKeys")) {
            List<String> columns = strings(foreignKey.path("fields"));
            String referenced = foreignKey.path("reference").path("resource").asText();
            List<String> referencedColumns = strings(foreignKey.path("reference").path("fields"));
            if (!resources().contains(referenced) || !fields.containsAll(columns)
                    || !fieldNames(referenced).containsAll(referencedColumns) || columns.size() != referencedColumns.size()) {
                problems.add(name + ": foreign key " + foreignKey + " names no fields of a resource");
                continue;
            }
            Set<List<String>> targets = new HashSet<>(tuples(referenced, referencedColumns));
            tuples(name, columns).stream().filter(key -> !key.contains("") && !targets.contains(key)).findFirst()
                    .ifPresent(key -> problems.add(name + ": " + columns + " = " + key + " is no row of " + referenced));
        }
        return problems;
    }

    /** The values of some columns of every row. */
    public List<List<String>> tuples(String name, List<String> columns) {
        List<String> fields = fieldNames(name);
        int[] at = columns.stream().mapToInt(fields::indexOf).toArray();
        List<List<String>> rows = rows(name);
        return rows.subList(1, rows.size()).stream()
                .map(row -> IntStream.of(at).mapToObj(row::get).toList()).toList();
    }

    /** A Fiscal Data Package model: every measure and dimension attribute is a field of its resource. */
    private List<String> modelProblems() {
        List<String> problems = new ArrayList<>();
        JsonNode model = descriptor.path("model");
        require(problems, model.path("measures").size() > 0, "model: no measures");
        model.path("measures").properties().forEach(measure -> {
            problems.addAll(sourceProblems("measure " + measure.getKey(), measure.getValue()));
            require(problems, measure.getValue().hasNonNull("currency"), "measure " + measure.getKey() + ": currency");
        });
        model.path("dimensions").properties().forEach(dimension -> {
            JsonNode attributes = dimension.getValue().path("attributes");
            require(problems, attributes.size() > 0, "dimension " + dimension.getKey() + ": no attributes");
            attributes.properties().forEach(attribute -> {
                problems.addAll(sourceProblems("attribute " + attribute.getKey(), attribute.getValue()));
                JsonNode labelFor = attribute.getValue().path("labelfor");
                require(problems, labelFor.isMissingNode() || attributes.has(labelFor.asText()),
                        "attribute " + attribute.getKey() + ": labelfor " + labelFor);
            });
            JsonNode primaryKey = dimension.getValue().path("primaryKey");
            List<String> keys = primaryKey.isArray() ? strings(primaryKey) : List.of(primaryKey.asText());
            keys.forEach(key -> require(problems, attributes.has(key), "dimension " + dimension.getKey()
                    + ": primaryKey " + key));
        });
        return problems;
    }

    private List<String> sourceProblems(String what, JsonNode reference) {
        String resource = reference.path("resource").asText(resources().get(0));
        if (!resources().contains(resource)) {
            return List.of(what + ": no resource " + resource);
        }
        return fieldNames(resource).contains(reference.path("source").asText()) ? List.of()
                : List.of(what + ": no field " + reference.path("source") + " in " + resource);
    }

    private static boolean reads(String type, String value) {
        try {
            switch (type) {
                case "integer" -> Long.parseLong(value);
                case "number" -> new BigDecimal(value);
                case "boolean" -> {
                    return value.equals("true") || value.equals("false");
                }
                case "date" -> LocalDate.parse(value);
                case "datetime" -> {
                    return UTC_TIME.matcher(value).matches();
                }
                case "array" -> {
                    return JSON.readTree(value).isArray();
                }
                case "object" -> {
                    return JSON.readTree(value).isObject();
                }
                default -> {
                    return true;
                }
            }
            return true;
        } catch (NumberFormatException | DateTimeParseException | IOException e) {
            return false;
        }
    }

    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isTextual()) {
            values.add(node.asText());
        }
        node.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static void require(List<String> problems, boolean holds, String problem) {
        if (!holds) {
            problems.add(problem);
        }
    }
}
