package no.styringsdata.budget.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import no.styringsdata.testing.postgres.PostgresTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class QueryResourceTest {

    @BeforeEach
    void seeded() {
        SeedDocuments.importAll();
    }

    @Test
    void chapter740HasItsCategoryPairAndPostsWithAmounts() {
        given().when().get("/api/budget/chapters/740")
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("number", is(740))
                .body("name", is("Helsedirektoratet"))
                .body("kind", is("expenditure"))
                .body("pairedChapter", is(3740))
                .body("category.code", is("10.40"))
                .body("category.areaCode", is("10"))
                .body("posts.find { it.number == '01' }.kind", is("operating"))
                .body("posts.find { it.number == '01' }.amounts.find { it.year == 2026 && it.stage == 'forslag' }.amountNok",
                        is(1_556_792_000))
                .body("posts.find { it.number == '21' }.stikkord.transferable", is(true));
    }

    @Test
    void theAnnualReportsStatementIsImportedWholeWithTheSettlementRowsAndTheirSection() {
        for (var stageAndCount : List.of(List.of("regnskap", "102"), List.of("tildeling", "87"))) {
            given().queryParam("agency", "helsedirektoratet").queryParam("year", 2024)
                    .queryParam("stage", stageAndCount.get(0)).queryParam("size", 1)
                    .when().get("/api/budget/amounts")
                    .then().statusCode(200).header("X-Total-Count", stageAndCount.get(1));
        }
        for (String post : List.of("60", "61", "70", "71", "72", "73")) {
            given().queryParam("agency", "helsedirektoratet")
                    .when().get("/api/budget/chapters/740/posts/" + post + "/amounts/2024/regnskap")
                    .then().statusCode(200)
                    .body("source.documentKind", is("arsrapport"))
                    .body("source.section", is("Oppgjørsvirksomhet"));
        }
        given().queryParam("agency", "helsedirektoratet")
                .when().get("/api/budget/chapters/740/posts/61/amounts/2024/regnskap")
                .then().statusCode(200).body("amountNok", is(-7_495_325));
        given().queryParam("agency", "helsedirektoratet")
                .when().get("/api/budget/chapters/740/posts/01/amounts/2024/tildeling")
                .then().statusCode(200).body("amountNok", is(1_546_737_000)).body("source.section", is("Utgiftskapittel"));
        given().queryParam("agency", "helsedirektoratet")
                .when().get("/api/budget/chapters/3740/posts/05/amounts/2024/regnskap")
                .then().statusCode(200).body("source.section", is("Inntektskapitler"));
        given().when().get("/api/budget/chapters/740/posts/01/amounts/2026/forslag")
                .then().statusCode(200).body("source.section", is((Object) null));
    }

    @Test
    void revenueChapterPairsBack() {
        given().when().get("/api/budget/chapters/3740")
                .then().statusCode(200).body("kind", is("revenue")).body("pairedChapter", is(740));
    }

    @Test
    void unknownChapterIsA404Problem() {
        given().when().get("/api/budget/chapters/999")
                .then().statusCode(404).contentType("application/problem+json").body("detail", is("No kap. 999"));
    }

    @Test
    void listsChaptersOfAYearAndStageWithTotalsAndPaging() {
        given().when().get("/api/budget/chapters?year=2026&stage=forslag&kind=expenditure&size=5&page=2")
                .then().statusCode(200)
                .header("X-Total-Count", Integer::parseInt, greaterThan(5))
                .header("Link", containsString("rel=\"next\""))
                .body("size()", is(5))
                .body("kind", everyItem(is("expenditure")))
                .body("totalNok", everyItem(notNullValue()));
        given().when().get("/api/budget/chapters?year=2026&stage=forslag&category=10.40")
                .then().statusCode(200)
                .body("find { it.number == 740 }.totalNok", is(1_672_130_000));
    }

    @Test
    void listsAmountsAsCsvWithAHeaderRow() {
        String csv = given().when().get("/api/budget/amounts?chapter=740&year=2026&format=csv")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        String[] lines = csv.split("\n");
        org.junit.jupiter.api.Assertions.assertEquals(
                "chapter,post,year,stage,ministry,agency,agencyName,amountNok,sourceDocument,sourceLine,sourceText", lines[0]);
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("740,01,2026,forslag,HOD,,,1556792000,"), csv);
        given().accept("text/csv").when().get("/api/budget/chapters?year=2026&stage=forslag")
                .then().statusCode(200).body(startsWith("number,name,kind,ministry,pairedChapter"));
    }

    @Test
    void anEmptyCsvListStillHasItsHeader() {
        given().when().get("/api/budget/amounts?chapter=1&format=csv")
                .then().statusCode(200).body(startsWith("chapter,post,year,stage"));
    }

    @Test
    void aFormatThatIsNeitherJsonNorCsvIsA400NamingTheAllowedOnes() {
        Object violation = given().when().get("/api/budget/categories?format=xml")
                .then().statusCode(400).extract().path("violations[0]");
        assertThat(violation, equalTo(Map.of("field", "format", "in", "query", "message", "must be one of json, csv")));
        given().when().get("/api/budget/aggregations/sums?year=2026&stage=forslag&format=CSV")
                .then().statusCode(200).contentType(startsWith("text/csv"));
    }

    @Test
    void rejectsAnUnknownStageNamingTheParameter() {
        given().when().get("/api/budget/amounts?stage=budsjett")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", is("stage"))
                .body("violations[0].in", is("query"))
                .body("violations[0].message", is("must be one of regnskap, saldert, forslag, revidert, tildeling"))
                .body("instance", is("/api/budget/amounts"));
    }

    @Test
    void rejectsANulCharacterNamingTheParameter() {
        // found by hostile-input testing: PostgreSQL refuses NUL in text, which used to end in a 500
        given().queryParam("agency", "\u0000").when().get("/api/budget/amounts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", is("agency"));
    }

    @Test
    void aParameterOfTheWrongTypeIs400NotJaxRsDefault404() {
        given().when().get("/api/budget/amounts?year=abc")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("\"abc\""));
        given().when().get("/api/budget/chapters/kap740")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void rejectsAnOutOfRangeYear() {
        given().when().get("/api/budget/amounts?year=99999")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", containsString("year"));
    }

    @Test
    void sumsByProgramCategoryMatchTheDocumentsCategoryTotals() {
        // "Sum kategori 10.40 5 120 728 5 050 189 5 063 050" (Prop. 1 S, line 14926)
        given().when().get("/api/budget/aggregations/sums?groupBy=programCategory&year=2026&stage=forslag")
                .then().statusCode(200)
                .body("find { it.key == '10.40' }.amountNok", is(5_063_050_000L))
                .body("find { it.key == '10.40' }.name", is("Sentral helseforvaltning"));
    }

    @Test
    void comparesSaldert2025WithForslag2026() {
        given().when().get("/api/budget/aggregations/comparison?groupBy=programCategory"
                        + "&fromYear=2025&fromStage=saldert&toYear=2026&toStage=forslag")
                .then().statusCode(200)
                .body("find { it.key == '10.40' }.fromNok", is(5_050_189_000L))
                .body("find { it.key == '10.40' }.toNok", is(5_063_050_000L))
                .body("find { it.key == '10.40' }.differenceNok", is(12_861_000))
                .body("find { it.key == '10.40' }.percent", is(0.3f));
    }

    @Test
    void sumsByPostKindAndByChapter() {
        given().when().get("/api/budget/aggregations/sums?groupBy=postKind&year=2026&stage=forslag")
                .then().statusCode(200).body("key", hasItem("operating"));
        given().when().get("/api/budget/aggregations/sums?groupBy=chapter&year=2026&stage=forslag")
                .then().statusCode(200).body("find { it.key == '740' }.amountNok", is(1_672_130_000))
                .body("key", org.hamcrest.Matchers.not(hasItem("3740")));
        given().when().get("/api/budget/aggregations/sums?groupBy=chapter&kind=revenue&year=2026&stage=forslag")
                .then().statusCode(200).body("key", hasItem("3740"));
    }

    @Test
    void everyGroupingSumsTheSameAmounts() {
        long byCategory = total("programCategory");
        assertThat(byCategory, greaterThan(0L));
        assertThat(total("chapter"), is(byCategory));
        assertThat(total("postKind"), is(byCategory));
    }

    private static long total(String groupBy) {
        List<Number> sums = given().when().get("/api/budget/aggregations/sums?groupBy=" + groupBy + "&year=2026&stage=forslag")
                .then().statusCode(200).extract().path("amountNok");
        return sums.stream().mapToLong(Number::longValue).sum();
    }

    @Test
    void allocationsOfTheLetterAddUpAndTheSupplementaryWithdrawalCountsFromItsDate() {
        String before = given().when().get("/api/budget/allocations?year=2025&chapter=701&post=21&asOf=2025-01-31")
                .then().statusCode(200).extract().path("totalNok").toString();
        String after = given().when().get("/api/budget/allocations?year=2025&chapter=701&post=21&asOf=2025-12-31")
                .then().statusCode(200)
                .body("allocations.size()", greaterThan(1))
                .body("totals[0].chapter", is(701))
                .extract().path("totalNok").toString();
        org.junit.jupiter.api.Assertions.assertEquals(2_400_000L, Long.parseLong(before) - Long.parseLong(after));
    }

    @Test
    void allocationsAsCsvGiveOneLinePerRow() {
        given().when().get("/api/budget/allocations?year=2025&format=csv")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .body(startsWith("id,chapter,post,year,ministry,agency,agencyName,purpose,comment,amountNok,eventCount"));
    }

    /** An aggregation needs a year (and a stage); an as-of date is ISO 8601. */
    @ParameterizedTest
    @CsvSource({"/api/budget/aggregations/sums?groupBy=chapter&stage=forslag, year",
            "/api/budget/allocations?asOf=31.12.2025, asOf"})
    void rejectsAMissingOrMalformedParameterNamingIt(String path, String field) {
        given().when().get(path).then().statusCode(400).body("violations[0].field", is(field));
    }

    @Test
    void listsProgramCategories() {
        given().when().get("/api/budget/categories")
                .then().statusCode(200)
                .body("find { it.code == '10.40' }.name", is("Sentral helseforvaltning"))
                .body("size()", lessThan(30));
    }
}
