package no.styringsdata.testing.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Random;

/**
 * Parameter values nobody should send: wrong types, out-of-range and huge numbers, odd and very
 * long Unicode, SQL- and script-looking text, broken dates; and, for contrast, plausible ones.
 */
final class HostileValues {

    private static final List<String> WRONG_TYPES = List.of(
            "", " ", "abc", "true", "null", "[]", "{}", "3.14", "0x1F", "1e3", "١٢٣", "²", "1_000", "+1", "--1",
            "2025-13-45", "2025-02-29", "0000-00-00", "31.12.2025", "2025-06-20T25:61", "10.40", "10.4O", "*", "%",
            "_", "\\", "%00", "%zz");
    private static final List<String> NUMBERS = List.of(
            "-1", "0", "1", "01", "0001", "99", "100", "1899", "2201", "5999", "6000", "99999", "-2147483649",
            "2147483647", "2147483648", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
            "99999999999999999999999999", "1e309", "-1e309", "NaN", "Infinity", "-0", "0.000000001");
    private static final List<String> INJECTIONS = List.of(
            "'; DROP TABLE chapter; --", "1 OR 1=1", "1' OR '1'='1", "\" OR \"\"=\"", "1; SELECT pg_sleep(0)",
            "' UNION SELECT version() --", "$1", "?", ":name", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
            "${jndi:ldap://x/a}", "#{7*7}", "{{7*7}}", "../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "=cmd|' /C calc'!A0",
            "@SUM(1+1)", "TB2025-43'--", "TB2025-43%", "740; --");
    private static final List<String> ODD_UNICODE = List.of(
            "\u0000", "a\u0000b", "\u202Eevil", "Z\u0351\u0308\u0316A\u036A\u0353L\u0360G\u0318O", "😀😀😀", "\uD83D",
            "\uDE00", "\uFFFF", "\uFEFFtekst", "ﷺ", "𝟕𝟒𝟎", "Å\u030A", "æøå ÆØÅ", "\t\r\n", "\u2028\u2029", "\u00A0");

    private HostileValues() {
    }

    /** One hostile value of any kind. */
    static String any(Random random) {
        return switch (random.nextInt(10)) {
            case 0, 1 -> pick(random, WRONG_TYPES);
            case 2, 3, 4 -> pick(random, NUMBERS);
            case 5, 6 -> pick(random, INJECTIONS);
            case 7, 8 -> pick(random, ODD_UNICODE);
            default -> random.nextBoolean() ? longText(random) : "x".repeat(199 + random.nextInt(3)) ;
        };
    }

    /** A long mixed string, up to about 20 000 characters. */
    static String longText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = 300 + random.nextInt(20_000);
        while (text.length() < length) {
            text.append(switch (random.nextInt(5)) {
                case 0 -> "Kap. 740 ";
                case 1 -> "'\"<>&;%";
                case 2 -> "🙂æøå\u0301";
                case 3 -> pick(random, ODD_UNICODE);
                default -> Integer.toString(random.nextInt());
            });
        }
        return text.toString();
    }

    /**
     * A value of the right kind, so that requests also reach the code behind validation: one the
     * test knows to exist, else the OpenAPI example, an enumerated value, or one of the schema's type.
     */
    static String plausible(Random random, JsonNode schema, String example, List<String> known) {
        if (!known.isEmpty()) {
            return pick(random, known);
        }
        if (example != null) {
            return example;
        }
        JsonNode values = schema.path("enum");
        if (values.isArray() && !values.isEmpty()) {
            return values.get(random.nextInt(values.size())).asText();
        }
        return switch (schema.path("type").asText()) {
            case "integer", "number" -> Integer.toString(1 + random.nextInt(100));
            case "boolean" -> "true";
            default -> "date".equals(schema.path("format").asText()) ? "2025-06-20" : "x";
        };
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
