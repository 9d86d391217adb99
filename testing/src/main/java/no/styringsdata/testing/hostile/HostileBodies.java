package no.styringsdata.testing.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/** Request bodies nobody should send: malformed and huge JSON, and documents broken as uploads break. */
final class HostileBodies {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> MALFORMED_JSON = List.of(
            "", "{", "}", "{\"a\":", "{\"a\":1,}", "{'a':1}", "{a:1}", "[1,2", "{\"a\":NaN}", "{\"a\":01}",
            "{\"a\":1}{\"b\":2}", "/* comment */ {}", "{\"a\":\"\\ud83d\"}", "{\"a\":\"\\u0000\"}", "{\"a\":\"\\x41\"}",
            "\"just a string\"", "null", "true", "42", "[]", "[{}]", "{\"a\":1e999999999}",
            "{\"" + "k".repeat(100) + "\": " + "9".repeat(2000) + "}");

    private HostileBodies() {
    }

    /**
     * A JSON body for an operation whose body has these properties: malformed, of the wrong shape,
     * huge, or an object whose properties are mostly plausible with one or more hostile values.
     */
    static byte[] json(Random random, Map<String, JsonNode> properties, Function<String, List<String>> known) {
        int dice = random.nextInt(40);
        String json;
        if (dice < 6) {
            json = HostileValues.pick(random, MALFORMED_JSON);
        } else if (dice == 6) {
            json = "{\"a\":" + "[".repeat(1000 + random.nextInt(20_000)) + "]";
        } else if (dice == 7) {
            json = huge(random);
        } else {
            json = object(random, properties, known).toString();
        }
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** About a megabyte of JSON: a long array of numbers or one long string. */
    private static String huge(Random random) {
        int size = 1_000_000 + random.nextInt(100_000);
        if (random.nextBoolean()) {
            StringBuilder array = new StringBuilder("[");
            while (array.length() < size) {
                array.append(random.nextLong()).append(',');
            }
            return array.append("0]").toString();
        }
        return "{\"name\":\"" + "å".repeat(size / 2) + "\"}";
    }

    private static ObjectNode object(Random random, Map<String, JsonNode> properties, Function<String, List<String>> known) {
        ObjectNode object = JSON.createObjectNode();
        properties.forEach((name, schema) -> {
            int dice = random.nextInt(10);
            if (dice == 0) {
                return; // missing
            }
            if (dice < 4) {
                object.set(name, hostileValue(random));
            } else {
                object.set(name, plausibleValue(random, schema, known.apply(name)));
            }
        });
        if (random.nextInt(8) == 0) {
            object.put(HostileValues.any(random), HostileValues.any(random));
        }
        return object;
    }

    private static JsonNode hostileValue(Random random) {
        return switch (random.nextInt(7)) {
            case 0 -> JSON.nullNode();
            case 1 -> JSON.getNodeFactory().numberNode(random.nextLong());
            case 2 -> JSON.getNodeFactory().numberNode(new java.math.BigDecimal("1e400"));
            case 3 -> JSON.createArrayNode().add("x").add(-1);
            case 4 -> JSON.createObjectNode().put("nested", true);
            case 5 -> JSON.getNodeFactory().booleanNode(random.nextBoolean());
            default -> JSON.getNodeFactory().textNode(HostileValues.any(random));
        };
    }

    private static JsonNode plausibleValue(Random random, JsonNode schema, List<String> known) {
        String value = HostileValues.plausible(random, schema, exampleOf(schema), known);
        return switch (schema.path("type").asText()) {
            case "integer", "number" -> number(value);
            case "boolean" -> JSON.getNodeFactory().booleanNode(Boolean.parseBoolean(value));
            case "array" -> JSON.createArrayNode().add(number(
                    HostileValues.plausible(random, schema.path("items"), exampleOf(schema.path("items")), List.of())));
            default -> JSON.getNodeFactory().textNode(value);
        };
    }

    private static String exampleOf(JsonNode schema) {
        JsonNode example = schema.path("example");
        if (example.isArray() && !example.isEmpty()) {
            return example.get(0).asText();
        }
        return example.isMissingNode() || example.isNull() || example.isContainerNode() ? null : example.asText();
    }

    private static JsonNode number(String value) {
        try {
            return JSON.getNodeFactory().numberNode(new java.math.BigDecimal(value));
        } catch (NumberFormatException notANumber) {
            return JSON.getNodeFactory().textNode(value);
        }
    }

    /** A document broken as uploads break: cut short, a slice, shuffled lines, doubled, re-encoded, or binary junk. */
    static byte[] brokenDocument(Random random, List<String> documents) {
        String document = HostileValues.pick(random, documents);
        return switch (random.nextInt(7)) {
            case 0 -> utf8(document.substring(0, random.nextInt(document.length())));
            case 1 -> {
                int from = random.nextInt(document.length());
                yield utf8(document.substring(from, Math.min(document.length(), from + random.nextInt(20_000))));
            }
            case 2 -> {
                List<String> lines = new ArrayList<>(document.lines().toList());
                Collections.shuffle(lines, random);
                yield utf8(String.join("\n", lines));
            }
            case 3 -> {
                byte[] junk = new byte[1 + random.nextInt(200_000)];
                random.nextBytes(junk);
                yield junk;
            }
            case 4 -> document.getBytes(random.nextBoolean() ? StandardCharsets.UTF_16 : StandardCharsets.ISO_8859_1);
            case 5 -> utf8(document.replace("\n", random.nextBoolean() ? "\r" : "\u0000\n"));
            default -> {
                String start = document.substring(0, random.nextInt(document.length()));
                yield utf8(start + HostileValues.any(random) + document.substring(start.length()));
            }
        };
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
