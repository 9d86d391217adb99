package no.styringsdata.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import no.styringsdata.testing.Tokens;
import no.styringsdata.testing.postgres.PostgresTestResource;
import no.styringsdata.testing.AuditTrail;
import no.styringsdata.testing.ConcurrencyTest;
import no.styringsdata.testing.ConcurrentWriters;
import no.styringsdata.testing.ConcurrentWriters.Contest;
import org.junit.jupiter.api.Test;

/**
 * Fifty editors correct the same seeded value at once, all with the ETag they read: per version
 * exactly one wins, the rest get 412, and the audit log holds exactly the winners' corrections.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ConcurrentWriteTest extends ConcurrencyTest {

    private static final int ROUNDS = 3;
    private static final JsonPathConfig DECIMALS = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    ConcurrentWriteTest() {
        super("/api/indicators/audit", SeedDocuments::importDocuments);
    }

    @Test
    void exactlyOneWriterWinsEachVersionOfAValue() {
        // The report's 2024 "Sum driftsutgifter" (Tabell 2-4): seeded, and no other test reads it.
        long indicator = SeedDocuments.tableKeyFigureStartingWith("Sum driftsutgifter");
        String values = "/api/indicators/" + indicator + "/values";
        Map<String, Object> seeded = given().queryParam("from", 2024).queryParam("to", 2024)
                .when().get(values).then().statusCode(200).extract().jsonPath(DECIMALS).getMap("[0]");
        String path = values + "/" + seeded.get("id");
        long auditBefore = audit.lastId("value", String.valueOf(seeded.get("id")));

        Contest contest = writers.rounds("PUT " + path, ROUNDS, new ConcurrentWriters.Target() {
            public String currentEtag() {
                return "\"" + current(values, seeded.get("id")).get("version") + "\"";
            }

            public HttpRequest write(int round, int writer, String ifMatch) {
                return ConcurrentWriters.json("PUT", path, Tokens.EDITOR, ifMatch,
                        "{\"period\":\"" + seeded.get("period") + "\",\"value\":" + value(round, writer)
                                + ",\"unit\":\"" + seeded.get("unit") + "\",\"note\":\"skriver " + writer + "\""
                                + (seeded.get("breakdown") == null ? "" : ",\"breakdown\":\"" + seeded.get("breakdown") + "\"")
                                + "}");
            }
        });

        List<String> written = contest.winners().stream().map(w -> value(w.round(), w.writer())).toList();
        Map<String, Object> now = current(values, seeded.get("id"));
        assertEquals(written.get(ROUNDS - 1), number(now.get("value")));
        assertEquals("api", now.get("origin"));
        assertEquals(seeded.get("breakdown"), now.get("breakdown"), "corrected, not moved to another breakdown");
        AuditTrail.assertChain(audit.since(auditBefore, "value", String.valueOf(seeded.get("id"))),
                number(seeded.get("value")), written, snapshot -> number(snapshot.get("value")));
    }

    /** The value's row as the series lists it now. */
    private static Map<String, Object> current(String values, Object id) {
        return given().queryParam("from", 2024).queryParam("to", 2024)
                .when().get(values).then().statusCode(200).extract().jsonPath(DECIMALS).getMap("find { it.id == " + id + " }");
    }

    /** A different value for every writer of every round, with a decimal so that none is rounded away. */
    private static String value(int round, int writer) {
        return round * 1000 + writer + ".5";
    }

    /** A number as the API may write it (2045, 2045.0), in one spelling. */
    private static String number(Object value) {
        return value == null ? null : new BigDecimal(String.valueOf(value)).stripTrailingZeros().toPlainString();
    }
}
