package no.styringsdata.testsupport;

import java.util.List;
import java.util.Random;

/** Values nobody should send: wrong types, out-of-range and huge numbers, odd Unicode, injection-looking text. */
final class HostileValues {

    private static final List<String> VALUES = List.of(
            "", " ", "-1", "0", "1", "01", "2026", "99999", "-2147483649", "2147483648", "9223372036854775808",
            "99999999999999999999999999", "1e309", "NaN", "Infinity", "3.14", "0x1F", "١٢٣", "true", "null",
            "[]", "{}", "'; DROP TABLE chapter; --", "1 OR 1=1", "\" OR \"\"=\"", "<script>alert(1)</script>",
            "../../etc/passwd", "%00", "\u0000", "\u202Eevil", "ZΑ͚̞L̠G̘O", "😀😀😀", "ﷺ", "\uFFFF", "TB2025-43",
            "TB2025-43'--", "regnskap", "forslag", "FORSLAG", "2025-13-45", "2025-02-29", "31.12.2025", "10.40",
            "expenditure", "csv", "jsonstat", "*", "%", "_", "\\", "a".repeat(300), "Ø".repeat(5000));

    private HostileValues() {
    }

    static String any(Random random) {
        return random.nextInt(20) == 0 ? longText(random) : VALUES.get(random.nextInt(VALUES.size()));
    }

    /** A long, mixed string (up to ~20 000 characters). */
    static String longText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = 1000 + random.nextInt(19_000);
        while (text.length() < length) {
            text.append(switch (random.nextInt(4)) {
                case 0 -> "Kap. 740 ";
                case 1 -> "'\"<>&;";
                case 2 -> "🙂æøå";
                default -> Integer.toString(random.nextInt());
            });
        }
        return text.toString();
    }

    /** A JSON body of some wrong shape. */
    static String jsonBody(Random random, List<String> properties) {
        return switch (random.nextInt(8)) {
            case 0 -> "{";
            case 1 -> "[1,2,3]";
            case 2 -> "\"just a string\"";
            case 3 -> "{\"a\":" + "[".repeat(2000) + "]".repeat(2000) + "}";
            case 4 -> "null";
            case 5 -> "{\"" + "k".repeat(100) + "\": " + "9".repeat(400) + "}";
            default -> objectOf(random, properties);
        };
    }

    /** An object with the expected property names but hostile values of random JSON types. */
    private static String objectOf(Random random, List<String> properties) {
        StringBuilder json = new StringBuilder("{");
        for (String property : properties) {
            if (random.nextInt(4) == 0) {
                continue;
            }
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(property).append("\":").append(switch (random.nextInt(6)) {
                case 0 -> "null";
                case 1 -> Long.toString(random.nextLong());
                case 2 -> "1e400";
                case 3 -> "[\"x\"]";
                case 4 -> "{\"nested\":true}";
                default -> quoted(any(random));
            });
        }
        return json.append('}').toString();
    }

    static String quoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    /** A document broken in one of the ways uploads break: cut, shuffled, or binary junk. */
    static byte[] brokenDocument(Random random, List<String> documents) {
        String document = documents.get(random.nextInt(documents.size()));
        return switch (random.nextInt(4)) {
            case 0 -> document.substring(0, random.nextInt(document.length())).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            case 1 -> {
                List<String> lines = new java.util.ArrayList<>(document.lines().toList());
                java.util.Collections.shuffle(lines, random);
                yield String.join("\n", lines).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }
            case 2 -> {
                byte[] junk = new byte[1 + random.nextInt(200_000)];
                random.nextBytes(junk);
                yield junk;
            }
            default -> {
                int from = random.nextInt(document.length());
                yield document.substring(from, Math.min(document.length(), from + random.nextInt(5000)))
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }
        };
    }
}
