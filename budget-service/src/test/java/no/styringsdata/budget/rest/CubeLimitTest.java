package no.styringsdata.budget.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import no.styringsdata.testing.postgres.PostgresTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A cube or dataset over {@code styringsdata.cube.max-cells} (here a small one) is a 400 naming the parameter. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@TestProfile(CubeLimitTest.SmallCubes.class)
class CubeLimitTest {

    private static final int MAX = 20;

    public static class SmallCubes implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("styringsdata.cube.max-cells", String.valueOf(MAX));
        }
    }

    @BeforeEach
    void seeded() {
        SeedDocuments.importAll();
    }

    @Test
    void amountsAsJsonStatOverTheLimitAreA400NamingFormatWhileTheListPages() {
        given().when().get("/api/budget/amounts?chapter=740&size=1").then().statusCode(200)
                .header("X-Total-Count", org.hamcrest.Matchers.not("0"));
        given().when().get("/api/budget/amounts?chapter=740&format=jsonstat").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", is("format"))
                .body("detail", containsString("more than " + MAX));
    }

    @Test
    void aCubeOfMoreGroupsThanTheLimitIsA400NamingGroupBy() {
        String cube = "/api/budget/aggregations/cube?groupBy=chapter&groupBy=year&groupBy=stage";
        given().when().get(cube).then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", is("groupBy")).body("detail", containsString("more than " + MAX + " groups"));
        // asked again: answered from the cache, the same problem
        given().when().get(cube + "&format=jsonstat").then().statusCode(400).body("violations[0].field", is("groupBy"));
        given().when().get("/api/budget/aggregations/cube?groupBy=stage").then().statusCode(200)
                .body("size()", lessThanOrEqualTo(MAX));
    }
}
