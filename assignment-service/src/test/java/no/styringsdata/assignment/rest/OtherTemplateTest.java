package no.styringsdata.assignment.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import no.styringsdata.testing.postgres.PostgresTestResource;
import no.styringsdata.testing.documents.OtherTemplateLetter;
import org.junit.jupiter.api.Test;

/**
 * A letter on another ministry's template (Kunnskapsdepartementet; parts "Del I–IV", assignments as bullets
 * under "Oppdrag" with no ids): its assignments get ids made from agency, year and position, marked as
 * made, and each is addressable by that id. A database of its own: another ministry's agency.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "assignment_templates"))
class OtherTemplateTest {

    @Test
    void importsAssignmentsWithoutIdsUnderIdsMadeFromAgencyYearAndPosition() {
        JsonPath report = OtherTemplateLetter.importIt();
        assertEquals(2, report.getInt("changes.assignments.created"));

        given().queryParam("agency", OtherTemplateLetter.AGENCY_NAME).when().get("/api/assignments")
                .then().statusCode(200).body("$", hasSize(2)).body("ministry", everyItem(is("KD")));
        given().when().get("/api/assignments/{id}", OtherTemplateLetter.AGENCY + "-2024-001")
                .then().statusCode(200)
                .body("title", is("HK-dir skal utrede en ny ordning for godkjenning av utenlandsk utdanning"))
                .body("deadlines[0].date", is("2024-10-01"))
                .body("agency", is(OtherTemplateLetter.AGENCY));
        given().when().get("/api/assignments/{id}", OtherTemplateLetter.AGENCY + "-2024-002")
                .then().statusCode(200).body("deadlines[0].date", is("2024-03-15"));
    }
}
