package no.styringsdata.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import no.styringsdata.testing.Tokens;
import no.styringsdata.testing.postgres.PostgresTestResource;
import no.styringsdata.testing.AuditTrail;
import no.styringsdata.testing.ConcurrencyTest;
import no.styringsdata.testing.ConcurrentWriters;
import no.styringsdata.testing.ConcurrentWriters.Reply;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fifty editors add a value for the same indicator, period and breakdown at once: exactly one adds
 * it (201); the others get 200 with it when they sent the same, 409 naming the key when they sent
 * another; one value is stored, and the audit log has one entry.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ConcurrentCreateTest extends ConcurrencyTest {

    private static final Logger LOG = Logger.getLogger(ConcurrentCreateTest.class);
    /** A breakdown no document has, so that no other test sees these values. */
    private static final String BREAKDOWN = "samtidighetstest";

    private String values;

    ConcurrentCreateTest() {
        super("/api/indicators/audit", SeedDocuments::importDocuments);
    }

    @BeforeEach
    void indicator() {
        long indicator = SeedDocuments.tableKeyFigureStartingWith("Sum driftsutgifter");
        values = "/api/indicators/" + indicator + "/values";
    }

    @Test
    void oneWriterAddsAValueTheOthersSendingTheSameGetIt() {
        String period = "2031";
        assertNoValue(period);
        List<Reply> replies = writers.race("POST " + values + " " + period + ", same body",
                writer -> ConcurrentWriters.json("POST", values, Tokens.EDITOR, Map.of(), body(period, "12.5")));

        Reply creator = ConcurrentWriters.onlyCreator("same body", replies, 200);
        JsonPath created = JsonPath.from(creator.body());
        for (Reply reply : replies) {
            JsonPath got = JsonPath.from(reply.body());
            assertEquals(created.getLong("id"), got.getLong("id"), "every writer has the added value: " + reply);
            assertEquals(creator.etag(), reply.etag(), reply.toString());
        }
        assertStored(period, "12.5", created.getLong("id"));
        LOG.infof("POST value, same body: %s", ConcurrentWriters.tally(replies));
    }

    @Test
    void oneWriterAddsAValueTheOthersSendingAnotherGet409() {
        String period = "2032";
        assertNoValue(period);
        List<Reply> replies = writers.race("POST " + values + " " + period + ", own bodies",
                writer -> ConcurrentWriters.json("POST", values, Tokens.EDITOR, Map.of(), body(period, value(writer))));

        Reply creator = ConcurrentWriters.onlyCreator("own bodies", replies, 409);
        long id = JsonPath.from(creator.body()).getLong("id");
        replies.stream().filter(reply -> reply.status() == 409).forEach(reply -> {
            JsonPath problem = JsonPath.from(reply.body());
            assertEquals(List.of("period", "breakdown"), problem.getList("violations.field"), reply.toString());
            assertTrue(problem.getString("detail").contains("value " + id), reply.toString());
        });
        assertStored(period, value(creator.writer()), id);
        LOG.infof("POST value, own bodies: %s", ConcurrentWriters.tally(replies));
    }

    private void assertNoValue(String period) {
        given().queryParam("from", period).queryParam("to", period).queryParam("breakdown", BREAKDOWN)
                .when().get(values).then().statusCode(200).body("size()", org.hamcrest.Matchers.is(0));
    }

    /** Exactly one value for the period and breakdown, the creator's, with exactly one audit entry. */
    private void assertStored(String period, String value, long id) {
        List<Map<String, Object>> stored = given().queryParam("from", period).queryParam("to", period)
                .queryParam("breakdown", BREAKDOWN)
                .when().get(values).then().statusCode(200)
                .extract().jsonPath(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL)).getList("");
        assertEquals(1, stored.size(), "one value: " + stored);
        assertEquals(id, ((Number) stored.get(0).get("id")).longValue());
        assertEquals(number(value), number(stored.get(0).get("value")));
        List<Map<String, Object>> entries = audit.since(0, "value", String.valueOf(id));
        AuditTrail.assertChain(entries, null, List.of(number(value)), snapshot -> number(snapshot.get("value")));
    }

    private static String body(String period, String value) {
        return "{\"period\":\"" + period + "\",\"value\":" + value + ",\"unit\":\"nok\",\"breakdown\":\"" + BREAKDOWN + "\"}";
    }

    private static String value(int writer) {
        return writer + ".5";
    }

    private static String number(Object value) {
        return value == null ? null : new BigDecimal(String.valueOf(value)).stripTrailingZeros().toPlainString();
    }
}
