package no.styringsdata.budget.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.styringsdata.testing.Tokens;
import no.styringsdata.testing.postgres.PostgresTestResource;
import no.styringsdata.testing.postgres.Sql;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The amounts of one chapter, narrowed by year and stage and paged: a chapter of 60 years (1967–2026) with four
 * posts, each with the state budget's four stages and an agency's tildeling every year: 1 200 amounts.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = ChapterAmountsTest.DATABASE))
class ChapterAmountsTest {

    static final String DATABASE = "budget_chapter_amounts";
    private static final Logger LOG = Logger.getLogger(ChapterAmountsTest.class);
    private static final String CHAPTER = "/api/budget/chapters/2990";
    private static final List<String> POSTS = List.of("01", "21", "45", "70");
    private static final int YEARS = 60;
    private static final int AMOUNTS = POSTS.size() * YEARS * 5;

    @BeforeEach
    void sixtyYears() throws SQLException {
        given().auth().oauth2(Tokens.EDITOR).contentType("application/json").body("{\"name\":\"Seksti år\"}")
                .when().put(CHAPTER).then().statusCode(anyWrite());
        for (String post : POSTS) {
            given().auth().oauth2(Tokens.EDITOR).contentType("application/json")
                    .body("{\"name\":\"Post " + post + "\",\"transferable\":true}")
                    .when().put(CHAPTER + "/posts/" + post).then().statusCode(anyWrite());
        }
        try (Connection db = Sql.connect(Sql.database(DATABASE)); Statement sql = db.createStatement()) {
            sql.execute("INSERT INTO ministry (code, name) VALUES ('HOD', 'Helse- og omsorgsdepartementet') "
                    + "ON CONFLICT DO NOTHING");
            sql.execute("INSERT INTO agency (id, name, ministry_code) VALUES ('seksti', 'Sekstiårsetaten', 'HOD') "
                    + "ON CONFLICT DO NOTHING");
            sql.execute("INSERT INTO source_document (kind, year, title, sha256, line_count, imported_at, ministry_code) "
                    + "SELECT 'prop1s', y, 'Prop. 1 S (' || (y - 1) || '–' || y || ')', repeat('a', 64), 20000, now(), 'HOD' "
                    + "FROM generate_series(1967, 2026) y ON CONFLICT DO NOTHING");
            sql.execute("INSERT INTO amount (post_id, year, stage, agency_id, amount_nok, document_id, source_line, source_text) "
                    + "SELECT p.id, y, s, CASE WHEN s = 'tildeling' THEN 'seksti' END, 1000000 * y + p.number, "
                    + "d.id, 15000 + p.number, lpad(p.number::text, 2, '0') || ' Driftsutgifter 1 523 373 1 591 294 1 556 792' "
                    + "FROM post p CROSS JOIN generate_series(1967, 2026) y "
                    + "CROSS JOIN unnest(ARRAY['forslag', 'saldert', 'revidert', 'regnskap', 'tildeling']) s "
                    + "JOIN source_document d ON d.kind = 'prop1s' AND d.year = y WHERE p.chapter_number = 2990 "
                    + "ON CONFLICT DO NOTHING");
        }
    }

    private static org.hamcrest.Matcher<Integer> anyWrite() {
        return org.hamcrest.Matchers.anyOf(is(200), is(201));
    }

    @Test
    void theDefaultPageIsBoundedAndLinksToTheRest() {
        Response first = given().when().get(CHAPTER);
        first.then().statusCode(200)
                .header("X-Total-Count", String.valueOf(AMOUNTS))
                .header("Link", allOf(containsString("rel=\"next\""), containsString("page=2")))
                .body("posts", hasSize(POSTS.size()))
                .body("posts.amounts.flatten()", hasSize(1000))
                .body("posts.amounts.flatten().year", everyItem(org.hamcrest.Matchers.lessThanOrEqualTo(2017)));
        Response second = given().queryParam("page", 2).when().get(CHAPTER);
        second.then().statusCode(200).header("Link", not(containsString("rel=\"next\"")))
                .header("ETag", first.header("ETag"))
                .body("posts", hasSize(POSTS.size()))
                .body("posts.amounts.flatten()", hasSize(AMOUNTS - 1000));
        LOG.infof("A chapter of %d years, %d amounts: the default page %d bytes, the second %d bytes, one year %d bytes",
                YEARS, AMOUNTS, first.asByteArray().length, second.asByteArray().length,
                given().queryParam("year", 2026).when().get(CHAPTER).asByteArray().length);
    }

    @Test
    void thePagesTogetherHoldEveryAmountOfEachPostOnceInItsOrder() {
        List<List<Map<String, Object>>> paged = new ArrayList<>();
        POSTS.forEach(post -> paged.add(new ArrayList<>()));
        for (int page = 1; page <= 12; page++) {
            List<List<Map<String, Object>>> amounts = given().queryParam("size", 100).queryParam("page", page)
                    .when().get(CHAPTER).then().statusCode(200).extract().path("posts.amounts");
            for (int post = 0; post < POSTS.size(); post++) {
                paged.get(post).addAll(amounts.get(post));
            }
        }
        for (int post = 0; post < POSTS.size(); post++) {
            List<Map<String, Object>> whole = given().when().get(CHAPTER + "/posts/" + POSTS.get(post))
                    .then().statusCode(200).extract().path("amounts");
            assertEquals(whole, paged.get(post), "post " + POSTS.get(post));
        }
    }

    @Test
    void yearAndStageKeepTheirAmountsAndEveryPost() {
        given().queryParam("year", 2026).when().get(CHAPTER).then().statusCode(200)
                .header("X-Total-Count", String.valueOf(POSTS.size() * 5))
                .body("posts", hasSize(POSTS.size()))
                .body("posts.amounts.flatten().year", everyItem(is(2026)))
                .body("posts[0].amounts.stage", is(List.of("forslag", "regnskap", "revidert", "saldert", "tildeling")))
                .body("posts[0].amounts[4].agency", is("seksti"))
                .body("posts[0].amounts[4].source.document", is("Prop. 1 S (2025–2026)"));
        given().queryParam("stage", "tildeling").when().get(CHAPTER).then().statusCode(200)
                .header("X-Total-Count", String.valueOf(POSTS.size() * YEARS))
                .body("posts.amounts.flatten().stage", everyItem(is("tildeling")));
        given().queryParam("year", 1990).queryParam("stage", "saldert").when().get(CHAPTER).then().statusCode(200)
                .header("X-Total-Count", String.valueOf(POSTS.size()))
                .body("posts.amounts.flatten().amountNok", is(List.of(1_990_000_001L, 1_990_000_021L, 1_990_000_045L,
                        1_990_000_070L).stream().map(Long::intValue).toList()));
        // a year without amounts, or a page past the last: the chapter and its posts, no amounts
        for (Map<String, Object> query : List.<Map<String, Object>>of(Map.of("year", 1950), Map.of("page", 3))) {
            given().queryParams(query).when().get(CHAPTER).then().statusCode(200)
                    .body("name", is("Seksti år")).body("posts", hasSize(POSTS.size()))
                    .body("posts.amounts.flatten()", hasSize(0));
        }
    }

    @Test
    void aPageInTheMiddleLinksBothWays() {
        given().queryParam("size", 7).queryParam("page", 2).queryParam("stage", "forslag").when().get(CHAPTER)
                .then().statusCode(200)
                .header("Link", allOf(containsString("rel=\"prev\""), containsString("rel=\"next\""),
                        containsString("stage=forslag"), containsString("size=7")))
                .body("posts.amounts.flatten()", hasSize(7));
    }

    @Test
    void badFiltersAndPagesAreProblemsNamingTheParameter() {
        for (Map<String, Object> query : List.<Map<String, Object>>of(Map.of("size", 0), Map.of("size", 1001),
                Map.of("page", 0), Map.of("year", 1800), Map.of("stage", "final"))) {
            given().queryParams(query).when().get(CHAPTER).then().statusCode(400)
                    .body(containsString(query.keySet().iterator().next()));
        }
    }
}
