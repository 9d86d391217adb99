package no.styringsdata.assignment.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import no.styringsdata.testing.postgres.PostgresTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ServiceContractTest extends no.styringsdata.testing.ServiceContractTest {

    ServiceContractTest() {
        super("Styringsdata assignments API",
                List.of("/api/assignments", "/api/assignments/{id}/status", "/api/assignments/summary"),
                Map.of("paths.'/api/assignments/imports'.post.summary", equalTo("Import an allocation letter"),
                        "paths.'/api/assignments/{id}/status'.post.responses", hasKey("412")));
    }

    @Test
    void documentsMinistryAndAgencyWithExamples() {
        given().accept("application/json").when().get("/api/assignments/openapi")
                .then().statusCode(200)
                .body("paths.'/api/assignments'.get.parameters.find { it.name == 'ministry' }.example", equalTo("HOD"))
                .body("paths.'/api/assignments'.get.parameters.find { it.name == 'agency' }.example",
                        equalTo("helsedirektoratet"))
                .body("paths.'/api/assignments/summary'.get.parameters.name", hasItems("ministry", "agency"))
                .body("paths.'/api/assignments/{id}'.get.parameters.name", hasItems("ministry", "agency"))
                .body("paths.'/api/assignments/{id}'.get.responses", hasKey("409"))
                .body("paths.'/api/assignments/{id}/status'.post.responses", hasKey("409"))
                .body("paths.'/api/assignments/imports'.post.parameters.name", hasItems("kind", "ministry", "agency", "year"))
                .body("components.schemas.AssignmentRow.properties.agency.examples[0]", equalTo("helsedirektoratet"))
                .body("components.schemas.AssignmentDetail.properties.ministry.examples[0]", equalTo("HOD"))
                .body("components.schemas.AmbiguousIdProblem.required", hasItems("candidates"))
                .body("components.schemas.ImportReport.properties.agencyName.description", notNullValue());
    }

    @Override
    protected String unknownPath() {
        return "/api/assignments/TB2025-1/nothing-here";
    }
}
