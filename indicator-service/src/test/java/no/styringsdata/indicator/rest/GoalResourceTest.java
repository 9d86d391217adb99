package no.styringsdata.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import no.styringsdata.testing.postgres.PostgresTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The goal tree narrowed to one goal ({@code number}): the list an assignment's goal links to. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class GoalResourceTest {

    @BeforeEach
    void documents() {
        SeedDocuments.importDocuments();
    }

    @Test
    void theGoalOfANumberIsThatGoalOfTheTreeAsTheTreeGivesIt() {
        List<Map<String, Object>> tree = given().when().get("/api/indicators/goals?year=2025").then().statusCode(200)
                .extract().jsonPath().getList("$");
        for (Map<String, Object> goal : tree) {
            List<Map<String, Object>> narrowed = given().when().get("/api/indicators/goals?year=2025&number=" + goal.get("number")
                            + "&ministry=" + goal.get("ministry") + "&agency=" + goal.get("agency"))
                    .then().statusCode(200).extract().jsonPath().getList("$");
            assertEquals(List.of(goal), narrowed);
        }
        assertEquals(13, tree.size(), "the letter's thirteen hovedmål");
    }

    @Test
    void aNumberTheTreeDoesNotHaveIsAnEmptyListAndABadOneA400() {
        given().when().get("/api/indicators/goals?year=2025&number=14").then().statusCode(200).body("", hasSize(0));
        given().when().get("/api/indicators/goals?year=2024&number=14").then().statusCode(200).body("", hasSize(1))
                .body("[0].document", is("arsrapport"));
        given().when().get("/api/indicators/goals?year=2025&number=-1").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", is("number"));
    }
}
