package no.styringsdata.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.config.JsonPathConfig;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A service's audit log as its editors read it ({@code GET /api/<service>/audit}), newest entries last. */
public final class AuditTrail {

    private final String path;
    private final String editorToken;

    public AuditTrail(String path, String editorToken) {
        this.path = path;
        this.editorToken = editorToken;
    }

    /** The id of the newest entry about the record, or 0 if there is none. */
    public long lastId(String targetType, String targetId) {
        List<Map<String, Object>> newest = page(targetType, targetId, 1);
        return newest.isEmpty() ? 0 : ((Number) newest.get(0).get("id")).longValue();
    }

    /** The entries about the record written after entry {@code afterId}, oldest first. */
    public List<Map<String, Object>> since(long afterId, String targetType, String targetId) {
        List<Map<String, Object>> entries = new ArrayList<>(page(targetType, targetId, 1000).stream()
                .filter(e -> ((Number) e.get("id")).longValue() > afterId).toList());
        Collections.reverse(entries);
        return entries;
    }

    /**
     * Checks that the entries are exactly the given writes in order, nothing lost and nothing extra:
     * one entry per write, whose {@code after} holds that write's value and whose {@code before}
     * holds the previous write's (the first one's: {@code original}). {@code field} reads the value
     * from a record as the audit log keeps it.
     */
    public static void assertChain(List<Map<String, Object>> entries, Object original, List<?> written,
                                   Function<Map<String, Object>, Object> field) {
        assertEquals(written.size(), entries.size(), () -> "one audit entry per successful write: " + entries);
        Object previous = original;
        for (int i = 0; i < written.size(); i++) {
            Map<String, Object> entry = entries.get(i);
            assertEquals(String.valueOf(previous), String.valueOf(field.apply(snapshot(entry, "before"))),
                    "audit entry " + (i + 1) + ": before");
            assertEquals(String.valueOf(written.get(i)), String.valueOf(field.apply(snapshot(entry, "after"))),
                    "audit entry " + (i + 1) + ": after");
            previous = written.get(i);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> snapshot(Map<String, Object> entry, String which) {
        return entry.get(which) == null ? Map.of() : (Map<String, Object>) entry.get(which);
    }

    private List<Map<String, Object>> page(String targetType, String targetId, int size) {
        return given().auth().oauth2(editorToken)
                .queryParam("targetType", targetType).queryParam("targetId", targetId).queryParam("size", size)
                .when().get(path)
                .then().statusCode(200)
                .extract().jsonPath(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL)).getList("");
    }
}
