package no.styringsdata.assignment.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static no.styringsdata.testing.Requests.PROBLEM;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import no.styringsdata.testing.Tokens;
import no.styringsdata.testing.postgres.PostgresTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class StatusResourceTest {

    @BeforeEach
    void letters() {
        SeedDocuments.importLetters();
    }

    @Test
    void recordsAStatusChangeInTheHistoryAndRefusesAStaleVersion() {
        String etag = given().when().get("/api/assignments/TB2025-30").then().statusCode(200)
                .extract().header("ETag");
        int before = historySize("TB2025-30");

        String newEtag = given().auth().oauth2(Tokens.EDITOR).header("If-Match", etag).contentType("application/json")
                .body("{\"status\":\"delivered\",\"date\":\"2025-05-02\",\"note\":\"Levert i brev.\"}")
                .when().post("/api/assignments/TB2025-30/status")
                .then().statusCode(201)
                .header("Location", endsWith("/api/assignments/TB2025-30?agency=helsedirektoratet"))
                .body("status", is("delivered"))
                .body("recordedBy", is("test-editor"))
                .body("source", is("api"))
                .extract().header("ETag");
        assertNotEquals(etag, newEtag);

        given().when().get("/api/assignments/TB2025-30").then().statusCode(200)
                .header("ETag", is(newEtag))
                .body("status", is("delivered"))
                .body("statusHistory", hasSize(before + 1))
                .body("statusHistory[-1].date", is("2025-05-02"))
                .body("statusHistory[-1].note", is("Levert i brev."))
                .body("statusHistory[-1].recordedAt", notNullValue());
        given().when().get("/api/assignments?status=delivered").then().statusCode(200)
                .body("id", hasItem("TB2025-30"));

        given().auth().oauth2(Tokens.EDITOR).header("If-Match", etag).contentType("application/json").body("{\"status\":\"cancelled\"}")
                .when().post("/api/assignments/TB2025-30/status")
                .then().statusCode(412).contentType(PROBLEM);
        assertEquals(before + 1, historySize("TB2025-30"));
    }

    @Test
    void sendingTheLatestEntryAgainRecordsNothing() {
        String body = "{\"status\":\"delayed\",\"date\":\"2025-06-10\",\"note\":\"Venter på data.\"}";
        StatusChanges.post("TB2025-31", body).statusCode(201);
        int after = historySize("TB2025-31");
        StatusChanges.post("TB2025-31", body).statusCode(200).body("recordedBy", is("test-editor"));
        assertEquals(after, historySize("TB2025-31"));
    }

    @Test
    void rejectsAnInvalidStatusAndWritesNothing() {
        int before = historySize("TB2025-32");
        StatusChanges.post("TB2025-32", "{\"status\":\"done\"}").statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", is("status"))
                .body("violations[0].in", is("body"))
                .body("violations[0].message", is("must be one of not_started, in_progress, delivered, delayed, cancelled"));
        StatusChanges.post("TB2025-32", "{\"note\":\"no status\"}").statusCode(400).body("violations[0].field", is("status"));
        StatusChanges.post("TB2025-32", "{\"status\":\"delivered\",\"date\":\"yesterday\"}")
                .statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", is("date"))
                .body("detail", not(containsString("Exception")));
        StatusChanges.post("TB2025-32", "{\"status\":\"delivered\",\"note\":\"" + "x".repeat(2001) + "\"}")
                .statusCode(400).body("violations[0].field", is("note"));
        given().when().get("/api/assignments/TB2025-32").then().statusCode(200)
                .body("status", is("not_started"))
                .body("statusHistory", hasSize(before));
    }

    @Test
    void unknownAssignmentOrMalformedIfMatchIsAProblem() {
        StatusChanges.post("TB2025-999", "{\"status\":\"delivered\"}").statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.EDITOR).header("If-Match", "yesterday").contentType("application/json").body("{\"status\":\"delivered\"}")
                .when().post("/api/assignments/TB2025-33/status")
                .then().statusCode(400).body("violations[0].field", is("If-Match"))
                .body("status", not(is(500)));
    }

    private static int historySize(String id) {
        return given().when().get("/api/assignments/" + id).then().statusCode(200)
                .extract().jsonPath().getList("statusHistory").size();
    }
}
