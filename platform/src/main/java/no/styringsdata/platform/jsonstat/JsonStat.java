package no.styringsdata.platform.jsonstat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON-stat 2.0 dataset (https://json-stat.org/format/) of N dimensions, built in memory and written by
 * Jackson as the map {@link Dataset#toMap()} gives. Dimensions are added in order with their categories in
 * order; values are set by one category id per dimension and stored row-major (the last dimension varies
 * fastest), null where a cell has none. The size is bounded ({@link Limit}) when the first value is set: a cube
 * grows with the product of its dimensions' sizes.
 */
public final class JsonStat {

    public static final String MEDIA_TYPE = "application/json+stat";

    private JsonStat() {
    }

    /**
     * Whether a request asks for JSON-stat: by its first Accept type ({@code application/json+stat}, not a
     * wildcard), which {@code ?format=jsonstat} sets (platform rest/FormatQueryFilter chooses by {@code format}).
     */
    public static boolean wanted(HttpHeaders headers) {
        List<MediaType> accepted = headers.getAcceptableMediaTypes();
        return !accepted.isEmpty() && accepted.get(0).isCompatible(MediaType.valueOf(MEDIA_TYPE))
                && !accepted.get(0).isWildcardType();
    }

    /** A 200 with the dataset, written as JSON here: the JSON provider does not write this media type. */
    public static Response ok(Dataset dataset, ObjectMapper json) {
        try {
            return Response.ok(json.writeValueAsString(dataset.toMap()), MEDIA_TYPE).build();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A dataset of at most {@code limit}'s cells: more is {@link TooLarge} when the first value is set. */
    public static Dataset dataset(String label, String source, Limit limit) {
        return new Dataset(label, source, limit);
    }

    public static Dataset dataset(String label, String source) {
        return dataset(label, source, Limit.NONE);
    }

    /**
     * The most cells (or rows, or groups) an answer may have, the request parameter at fault when it would have
     * more (the problem names it), and how to ask for less.
     */
    public record Limit(long maxCells, String parameter, String advice) {

        static final Limit NONE = new Limit(Integer.MAX_VALUE, null, null);

        /** The answer would be larger: {@code what} says how large, the advice is added. */
        public TooLarge exceeded(String what) {
            return new TooLarge(advice == null ? what : what + ": " + advice, parameter);
        }
    }

    /**
     * An answer would be larger than its {@link Limit}: the message says how large (by dimension, where known) and
     * how to ask for less; {@link #parameter()} is the request parameter at fault.
     */
    public static final class TooLarge extends RuntimeException {

        private final String parameter;

        public TooLarge(String message, String parameter) {
            super(message, null, false, false);
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }

    /** The unit of a metric category: what its values count, with how many decimals. */
    public record Unit(String label, String symbol, int decimals) {

        Map<String, Object> toMap() {
            Map<String, Object> unit = new LinkedHashMap<>();
            unit.put("label", label);
            unit.put("symbol", symbol);
            unit.put("decimals", decimals);
            return unit;
        }
    }

    /** One dimension: its categories in order, each with a label and, for a metric, a unit. */
    public static final class Dimension {

        private final String label;
        private final Map<String, Integer> index = new LinkedHashMap<>();
        private final Map<String, String> labels = new LinkedHashMap<>();
        private final Map<String, Map<String, Object>> units = new LinkedHashMap<>();

        private Dimension(String label) {
            this.label = label;
        }

        /** Adds a category (once; a second call with the same id keeps the first label). */
        public Dimension category(String id, String categoryLabel) {
            if (!index.containsKey(id)) {
                index.put(id, index.size());
                labels.put(id, categoryLabel == null ? id : categoryLabel);
            }
            return this;
        }

        public Dimension category(String id, String categoryLabel, Unit unit) {
            category(id, categoryLabel);
            units.put(id, unit.toMap());
            return this;
        }

        public int size() {
            return index.size();
        }

        Map<String, Object> toMap() {
            Map<String, Object> category = new LinkedHashMap<>();
            category.put("index", index);
            category.put("label", labels);
            if (!units.isEmpty()) {
                category.put("unit", units);
            }
            Map<String, Object> dimension = new LinkedHashMap<>();
            dimension.put("label", label);
            dimension.put("category", category);
            return dimension;
        }
    }

    public static final class Dataset {

        private final String label;
        private final String source;
        private final Map<String, Dimension> dimensions = new LinkedHashMap<>();
        private final Map<String, List<String>> roles = new LinkedHashMap<>();
        private final Map<String, Object> extension = new LinkedHashMap<>();
        private final Limit limit;
        private Object[] values;

        private Dataset(String label, String source, Limit limit) {
            this.label = label;
            this.source = source;
            this.limit = limit;
        }

        /** Adds the next dimension; its categories are added to what this returns, before any value is set. */
        public Dimension dimension(String id, String dimensionLabel) {
            if (values != null) {
                throw new IllegalStateException("dimensions come before values");
            }
            return dimensions.computeIfAbsent(id, key -> new Dimension(dimensionLabel));
        }

        /** Gives the dimensions a role: {@code time}, {@code geo} or {@code metric}. */
        public Dataset role(String role, String... dimensionIds) {
            roles.put(role, List.of(dimensionIds));
            return this;
        }

        /** What JSON-stat has no place for, under {@code extension} (null values kept as null). */
        public Dataset extension(String key, Object value) {
            extension.put(key, value);
            return this;
        }

        /** The number of cells: the product of the dimensions' sizes (a long, to be bounded before any value). */
        public long cellCount() {
            long cells = 1;
            for (Dimension dimension : dimensions.values()) {
                cells = cells * dimension.size();
                if (cells > Integer.MAX_VALUE) {
                    return Long.MAX_VALUE;
                }
            }
            return cells;
        }

        /** The row-major position of the cell with these category ids, one per dimension in order. */
        public int cell(String... categoryIds) {
            if (categoryIds.length != dimensions.size()) {
                throw new IllegalArgumentException("one category per dimension, got " + Arrays.toString(categoryIds));
            }
            int cell = 0;
            int d = 0;
            for (Map.Entry<String, Dimension> dimension : dimensions.entrySet()) {
                Integer position = dimension.getValue().index.get(categoryIds[d++]);
                if (position == null) {
                    throw new IllegalArgumentException("no category " + categoryIds[d - 1] + " in " + dimension.getKey());
                }
                cell = cell * dimension.getValue().size() + position;
            }
            return cell;
        }

        public boolean hasValue(int cell) {
            return values().get(cell) != null;
        }

        public Dataset value(int cell, Number value) {
            values().set(cell, value);
            return this;
        }

        public Dataset value(Number value, String... categoryIds) {
            return value(cell(categoryIds), value);
        }

        private List<Object> values() {
            if (values == null) {
                long cells = cellCount();
                if (cells > limit.maxCells()) {
                    List<String> sizes = new ArrayList<>();
                    dimensions.forEach((id, d) -> sizes.add(id + " " + d.size()));
                    throw limit.exceeded("the dataset would have " + (cells == Long.MAX_VALUE ? "over 2^31" : cells)
                            + " cells (" + String.join(" × ", sizes) + "), more than the " + limit.maxCells() + " allowed");
                }
                values = new Object[Math.toIntExact(cells)];
            }
            return Arrays.asList(values);
        }

        /** The dataset as JSON-stat's members, in the order the format's examples give them. */
        public Map<String, Object> toMap() {
            Map<String, Object> dataset = new LinkedHashMap<>();
            dataset.put("version", "2.0");
            dataset.put("class", "dataset");
            dataset.put("label", label);
            dataset.put("source", source);
            dataset.put("id", List.copyOf(dimensions.keySet()));
            List<Integer> size = new ArrayList<>();
            Map<String, Object> dimension = new LinkedHashMap<>();
            dimensions.forEach((id, d) -> {
                size.add(d.size());
                dimension.put(id, d.toMap());
            });
            dataset.put("size", size);
            dataset.put("dimension", dimension);
            dataset.put("value", values());
            if (!roles.isEmpty()) {
                dataset.put("role", roles);
            }
            if (!extension.isEmpty()) {
                dataset.put("extension", extension);
            }
            return dataset;
        }
    }
}
