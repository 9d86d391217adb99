package no.styringsdata.budget.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import no.styringsdata.testing.Tokens;
import no.styringsdata.testing.postgres.PostgresTestResource;
import no.styringsdata.testing.AuditTrail;
import no.styringsdata.testing.ConcurrencyTest;
import no.styringsdata.testing.ConcurrentWriters;
import no.styringsdata.testing.ConcurrentWriters.Contest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Fifty editors correct the same seeded chapter, post and allocation figure at once, all with the
 * ETag they read: per version exactly one wins, the rest get 412, and the audit log holds exactly
 * the winners' writes. Afterwards the seeds are imported again, so the other tests see them as they were.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ConcurrentWriteTest extends ConcurrencyTest {

    private static final int ROUNDS = 3;
    /** Kap. 781 Forsøk og utvikling mv.: seeded by Prop. 1 S, and no other test reads it. */
    private static final int CHAPTER = 781;

    ConcurrentWriteTest() {
        super("/api/budget/audit", SeedDocuments::importAll);
    }

    @AfterEach
    void restoreSeeds() {
        for (String seed : new String[] {SeedDocuments.PROP1S, SeedDocuments.ANNUAL_REPORT}) {
            given().auth().oauth2(Tokens.EDITOR).contentType("text/plain; charset=UTF-8").body(SeedDocuments.read(seed))
                    .when().post("/api/budget/imports").then().statusCode(200);
        }
    }

    @Test
    void exactlyOneWriterWinsEachVersionOfAChapter() {
        String path = "/api/budget/chapters/" + CHAPTER;
        JsonPath seeded = given().when().get(path).then().statusCode(200).extract().jsonPath();
        String category = seeded.getString("category.code");
        long auditBefore = audit.lastId("chapter", String.valueOf(CHAPTER));

        List<String> written = renames(path, "\"categoryCode\":\"" + category + "\"");
        given().when().get(path).then().statusCode(200)
                .body("name", is(written.get(written.size() - 1)))
                .body("category.code", is(category));
        AuditTrail.assertChain(audit.since(auditBefore, "chapter", String.valueOf(CHAPTER)),
                seeded.getString("name"), written, snapshot -> snapshot.get("name"));
    }

    @Test
    void exactlyOneWriterWinsEachVersionOfAPost() {
        String post = given().when().get("/api/budget/chapters/" + CHAPTER).then().statusCode(200)
                .extract().path("posts[0].number");
        String path = "/api/budget/chapters/" + CHAPTER + "/posts/" + post;
        JsonPath seeded = given().when().get(path).then().statusCode(200).extract().jsonPath();
        String stikkord = "\"transferable\":" + seeded.getBoolean("stikkord.transferable")
                + ",\"estimateAppropriation\":" + seeded.getBoolean("stikkord.estimateAppropriation")
                + ",\"mayBeUsedUnderPosts\":" + seeded.getList("stikkord.mayBeUsedUnderPosts", Integer.class);
        String target = CHAPTER + "." + post;
        long auditBefore = audit.lastId("post", target);

        List<String> written = renames(path, stikkord);
        given().when().get(path).then().statusCode(200)
                .body("name", is(written.get(written.size() - 1)))
                .body("stikkord.transferable", is(seeded.getBoolean("stikkord.transferable")));
        AuditTrail.assertChain(audit.since(auditBefore, "post", target), seeded.getString("name"), written,
                snapshot -> snapshot.get("name"));
    }

    /**
     * An agency's allocation figure (its samlet tildeling, read from its årsrapport) is an amount
     * with the agency and the stage tildeling; it is what an editor corrects. (Allocation rows from
     * the letters are dated events that only imports write.)
     */
    @Test
    void exactlyOneWriterWinsEachVersionOfAnAllocationFigure() {
        Map<String, Object> seeded = given().queryParam("year", 2024).queryParam("stage", "tildeling")
                .queryParam("size", 1000)
                .when().get("/api/budget/amounts").then().statusCode(200)
                .extract().jsonPath().<Map<String, Object>>getList("findAll { it.agency != null && it.chapter != 701 }")
                .get(0);
        String path = "/api/budget/chapters/" + seeded.get("chapter") + "/posts/" + seeded.get("post")
                + "/amounts/2024/tildeling";
        String agency = (String) seeded.get("agency");
        String target = seeded.get("chapter") + "." + seeded.get("post") + "/2024/tildeling/" + agency;
        long auditBefore = audit.lastId("amount", target);

        Contest contest = writers.rounds("PUT " + path, ROUNDS, new ConcurrentWriters.Target() {
            public String currentEtag() {
                return given().queryParam("agency", agency).when().get(path).then().statusCode(200)
                        .extract().header("ETag");
            }

            public HttpRequest write(int round, int writer, String ifMatch) {
                return ConcurrentWriters.json("PUT", path + "?agency=" + encode(agency), Tokens.EDITOR, ifMatch,
                        "{\"amountNok\":" + amount(round, writer) + ",\"note\":\"writer " + writer + "\"}");
            }
        });

        List<Long> written = contest.winners().stream().map(w -> amount(w.round(), w.writer())).toList();
        given().queryParam("agency", agency).when().get(path).then().statusCode(200)
                .body("amountNok", is(written.get(written.size() - 1).intValue()))
                .body("agency", is(agency));
        AuditTrail.assertChain(audit.since(auditBefore, "amount", target), seeded.get("amountNok"), written,
                snapshot -> snapshot.get("amountNok"));
    }

    /**
     * Rounds of editors renaming what the path names at once, each with the ETag it read; the body's other
     * fields as given. The names that won, round by round.
     */
    private List<String> renames(String path, String otherFields) {
        Contest contest = writers.rounds("PUT " + path, ROUNDS, new ConcurrentWriters.Target() {
            public String currentEtag() {
                return given().when().get(path).then().statusCode(200).extract().header("ETag");
            }

            public HttpRequest write(int round, int writer, String ifMatch) {
                return ConcurrentWriters.json("PUT", path, Tokens.EDITOR, ifMatch,
                        "{\"name\":\"" + name(round, writer) + "\"," + otherFields + "}");
            }
        });
        return contest.winners().stream().map(w -> name(w.round(), w.writer())).toList();
    }

    private static String name(int round, int writer) {
        return "Forsøk og utvikling, runde " + round + " skriver " + writer;
    }

    /** A different figure for every writer of every round (whole kroner). */
    private static long amount(int round, int writer) {
        return 100_000_000L * round + 1_000L * writer;
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
