package no.styringsdata.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import no.styringsdata.testing.postgres.PostgresTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class IndicatorResourceTest {

    @BeforeEach
    void documents() {
        SeedDocuments.importDocuments();
    }

    @Test
    void theGoalTreeNamesEachGoalWithItsIndicators() {
        given().when().get("/api/indicators/goals?year=2025").then().statusCode(200)
                .body("[0].number", is(1))
                .body("[0].title", is("Folkehelsearbeidet er kunnskapsbasert og tverrsektorielt"))
                .body("[0].document", is("tildelingsbrev"))
                .body("[3].keyFigures[0].kind", is("key_figure"))
                .body("[3].keyFigures[0].text", is("Andel av listeinnbyggere uten lege"))
                .body("[3].steeringParameters.kind", everyItem(is("steering_parameter")));
        given().when().get("/api/indicators/goals?year=2024").then().statusCode(200)
                .body("", hasSize(14)).body("document", everyItem(is("arsrapport")));
        given().when().get("/api/indicators/goals?year=1999").then().statusCode(200).body("", hasSize(0));
        given().when().get("/api/indicators/goals").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void filtersIndicatorsByGoalKindAndYear() {
        given().when().get("/api/indicators?year=2025&goal=5&kind=key_figure").then().statusCode(200)
                .header("X-Total-Count", "11")
                .body("goal", everyItem(is(5)))
                .body("kind", everyItem(is("key_figure")))
                .body("number", contains(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11));
        given().when().get("/api/indicators?year=2024&document=arsrapport&size=100").then().statusCode(200)
                .header("X-Total-Count", "71");
        given().when().get("/api/indicators?kind=nothing").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", is("kind"));
    }

    @Test
    void searchesTheTextInNorwegian() {
        // stemmed: "fastleger" finds "fastlege", also in a steering parameter's sub-items
        given().when().get("/api/indicators?q=fastleger&year=2025").then().statusCode(200)
                .header("X-Total-Count", "3")
                .body("text", hasItems("Varighet på relasjon mellom fastlege og listeinnbygger",
                        "Kvalitetsindikator: pasienterfaringer med fastlege og fastlegekontor"));
        given().when().get("/api/indicators?q=fastleger%20-kvalitetsindikator&year=2025").then().statusCode(200)
                .body("text", not(hasItem(containsStringIgnoringCase("kvalitetsindikator"))));
    }

    @Test
    void listsIndicatorsAsCsv() {
        assertCsv(given().when().get("/api/indicators?year=2025&goal=1&format=csv").then(),
                "id,seriesId,year,document,goal,kind,number,text,sourceLine,ministry,agency,agencyName\n",
                ",2025,tildelingsbrev,1,key_figure,1,", ",HOD,helsedirektoratet,Helsedirektoratet\n");
    }

    @Test
    void oneIndicatorAndA404ForNone() {
        long id = SeedDocuments.tableKeyFigure("Antall ansatte");
        given().when().get("/api/indicators/" + id).then().statusCode(200)
                .body("text", is("Antall ansatte"))
                .body("goal", nullValue())
                .body("kind", is("key_figure"))
                .body("year", is(2024))
                .body("sourceTitle", is("Årsrapport 2024 Helsedirektoratet"))
                .body("ministry", is("HOD"))
                .body("agency", is("helsedirektoratet"))
                .body("agencyName", is("Helsedirektoratet"));
        given().when().get("/api/indicators/999999").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theKeyFigureTableGivesSeriesFor2021To2024() {
        long employees = SeedDocuments.tableKeyFigure("Antall ansatte");
        // Tabell 2-4, lines 1183–1223 of the report: 672, 699, 676, 842 employees in the directorate, 2021–2024
        given().when().get("/api/indicators/" + employees + "/values?breakdown=Helsedirektoratet").then().statusCode(200)
                .body("period", contains("2021", "2022", "2023", "2024"))
                .body("value", contains(672, 699, 676, 842))
                .body("unit", everyItem(is("count")))
                .body("origin", everyItem(is("table")))
                .body("recordedBy", everyItem(is("import")));
        long allocation = SeedDocuments.tableKeyFigure("Samlet tildeling post 1-99");
        given().when().get("/api/indicators/" + allocation + "/values?from=2023&to=2024").then().statusCode(200)
                .body("period", contains("2023", "2024"))
                .body("value", contains(8_882_000_000L, 9_707_000_000L))
                .body("unit", everyItem(is("nok")));
        given().when().get("/api/indicators/" + allocation + "/values?from=2024&to=2021").then().statusCode(400);
    }

    @Test
    void seriesAsCsv() {
        long employees = SeedDocuments.tableKeyFigure("Antall ansatte");
        assertCsv(given().accept("text/csv").when().get("/api/indicators/" + employees + "/values?breakdown=POBO").then(),
                "id,indicatorId,period,value,unit,breakdown,origin,note,source,sourceLine,version,",
                ",2021,70,count,POBO,table,", ",2024,69,count,POBO,table,");
    }

    /** A CSV answer with this header line and lines that contain these. */
    private static void assertCsv(ValidatableResponse answer, String header, String... contained) {
        answer.statusCode(200).contentType(startsWith("text/csv")).body(startsWith(header));
        for (String text : contained) {
            answer.body(containsString(text));
        }
    }

    @Test
    void seriesAsJsonStat() {
        long employees = SeedDocuments.tableKeyFigure("Antall ansatte");
        String body = given().accept("application/json+stat").when().get("/api/indicators/" + employees + "/values")
                .then().statusCode(200).contentType(startsWith("application/json+stat")).extract().asString();
        JsonPath dataset = JsonPath.from(body);
        assertEquals("2.0", dataset.getString("version"));
        assertEquals("dataset", dataset.getString("class"));
        assertEquals("Antall ansatte", dataset.getString("label"));
        assertEquals(List.of("period", "breakdown"), dataset.getList("id"));
        assertEquals(List.of(4, 3), dataset.getList("size"));
        assertEquals(0, dataset.getInt("dimension.period.category.index.'2021'"));
        assertEquals(3, dataset.getInt("dimension.period.category.index.'2024'"));
        assertEquals(0, dataset.getInt("dimension.breakdown.category.index.Helsedirektoratet"));
        assertEquals(1, dataset.getInt("dimension.breakdown.category.index.POBO"));
        assertEquals(2, dataset.getInt("dimension.breakdown.category.index.Totalt"));
        // row-major: period 2021 (directorate, POBO, total), then 2022 ...
        assertEquals(List.of(672, 70, 742, 699, 65, 764, 676, 68, 744, 842, 69, 911), dataset.getList("value"));
        assertEquals("count", dataset.getString("extension.unit"));

        String lastYear = given().when().get("/api/indicators/" + employees + "/values?format=jsonstat&from=2024")
                .then().statusCode(200).contentType(startsWith("application/json+stat")).extract().asString();
        assertEquals(List.of(1, 3), JsonPath.from(lastYear).getList("size"));
    }
}
