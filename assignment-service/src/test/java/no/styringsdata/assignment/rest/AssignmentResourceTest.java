package no.styringsdata.assignment.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import no.styringsdata.testing.postgres.PostgresTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class AssignmentResourceTest {

    @BeforeEach
    void letters() {
        SeedDocuments.importLetters();
    }

    @Test
    void answersTB2025_43AsTheLetterGivesIt() {
        // line 1933 "TB2025-43 Avd. HOD SHA Ventetidsløftet", under hovedmål 7
        given().when().get("/api/assignments/TB2025-43")
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("id", is("TB2025-43"))
                .body("ministry", is("HOD"))
                .body("agency", is("helsedirektoratet"))
                .body("agencyName", is("Helsedirektoratet"))
                .body("title", is("Ventetidsløftet"))
                .body("departments", equalTo(List.of("SHA")))
                .body("goal.number", is(7))
                .body("goal.title", notNullValue())
                .body("letter.kind", is("tildelingsbrev"))
                .body("deadlines", hasSize(1))
                .body("deadlines[0].date", nullValue())
                .body("deadlines[0].text", is("Frist: Arbeidet skal være ferdigstilt i løpet av 2025."))
                .body("references.assignments", equalTo(List.of("TTB2024-58")))
                .body("text", containsString("Ventetidsløftet"))
                .body("sourceLine", is(1933))
                .body("statusHistory[0].status", is("not_started"));
    }

    @Test
    void findsAnAssignmentByItsIdAsALetterMayWriteIt() {
        for (String written : new String[] {"TB2025-043", "tb2025-43", "TB2025 - 43"}) {
            given().when().get("/api/assignments/{id}", written)
                    .then().statusCode(200).body("id", is("TB2025-43"));
        }
        given().when().get("/api/assignments/TB2025-0430").then().statusCode(404);
    }

    @Test
    void answersTheDatedDeadlinesOfASupplementaryAssignment() {
        given().when().get("/api/assignments/TB2025-81")
                .then().statusCode(200)
                .body("letter.kind", is("supplerende-tildelingsbrev"))
                .body("deadlines.date", equalTo(List.of("2025-08-01", "2025-12-01")));
    }

    @Test
    void listsTheAgencyAndMinistryOfTheLetters() {
        given().when().get("/api/assignments/agencies").then().statusCode(200)
                .body("id", hasItem("helsedirektoratet"))
                .body("find { it.id == 'helsedirektoratet' }.ministry", is("HOD"));
        given().when().get("/api/assignments/ministries").then().statusCode(200).body("code", hasItem("HOD"));
    }

    @Test
    void unknownAssignmentIsANotFoundProblem() {
        given().when().get("/api/assignments/TB2025-999")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("TB2025-999"));
    }

    @Test
    void searchForVentetidFindsTheWaitingTimeAssignment() {
        given().when().get("/api/assignments?q=ventetid")
                .then().statusCode(200)
                .header("X-Total-Count", notNullValue())
                .body("id", hasItem("TB2025-43"));
        given().when().get("/api/assignments?q=ventetid&size=1000").then().statusCode(200)
                .body("size()", lessThanOrEqualTo(20));
        // the assignment named after it ranks first
        given().when().get("/api/assignments?q=Ventetidsløftet").then().statusCode(200)
                .body("[0].id", is("TB2025-43"));
    }

    @Test
    void filtersByDepartmentGoalAndYear() {
        List<String> departments = given().when().get("/api/assignments?department=FHA&size=1000")
                .then().statusCode(200).extract().jsonPath().getList("departments");
        assertTrue(!departments.isEmpty() && departments.size() < 83);
        assertTrue(departments.stream().allMatch(d -> List.of(d.split(" ")).contains("FHA")), departments.toString());

        given().when().get("/api/assignments?goal=7&size=1000")
                .then().statusCode(200)
                .body("id", hasItem("TB2025-43"))
                .body("goalNumber", everyItem(is(7)));
        given().when().get("/api/assignments?year=2024").then().statusCode(200)
                .header("X-Total-Count", "0").body("", hasSize(0));
    }

    @Test
    void filtersByMinistryAndAgencyByCodeIdOrNameInAnyCase() {
        for (String agency : List.of("helsedirektoratet", "Helsedirektoratet", "HELSEDIREKTORATET")) {
            given().queryParam("agency", agency).when().get("/api/assignments?year=2025&size=1").then().statusCode(200)
                    .header("X-Total-Count", "83")
                    .body("[0].agency", is("helsedirektoratet"))
                    .body("[0].agencyName", is("Helsedirektoratet"))
                    .body("[0].ministry", is("HOD"));
        }
        for (String ministry : List.of("HOD", "hod", "Helse- og omsorgsdepartementet")) {
            given().queryParam("ministry", ministry).when().get("/api/assignments?year=2025&size=1").then().statusCode(200)
                    .header("X-Total-Count", "83");
        }
        given().when().get("/api/assignments?agency=Folkehelseinstituttet").then().statusCode(200)
                .header("X-Total-Count", "0");
        given().when().get("/api/assignments?ministry=KD").then().statusCode(200).header("X-Total-Count", "0");
        given().when().get("/api/assignments/TB2025-43?agency=Folkehelseinstituttet").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("folkehelseinstituttet"));
        given().when().get("/api/assignments/TB2025-43?agency=Helsedirektoratet&ministry=HOD").then().statusCode(200)
                .body("agency", is("helsedirektoratet"));
    }

    @Test
    void filtersByDeadlineDates() {
        // TB2025-12's only deadline is 21 March 2025 (line 709)
        List<String> ids = given().when().get("/api/assignments?dueFrom=2025-03-21&dueTo=2025-03-21")
                .then().statusCode(200).extract().jsonPath().getList("id");
        assertTrue(ids.contains("TB2025-12"), ids.toString());
        assertTrue(!ids.contains("TB2025-1"), ids.toString());
    }

    @Test
    void pagesWithTotalAndLinks() {
        given().when().get("/api/assignments?year=2025&size=10&page=2")
                .then().statusCode(200)
                .header("X-Total-Count", "83")
                .header("Link", containsString("rel=\"next\""))
                .body("", hasSize(10))
                .body("[0].id", is("TB2025-11"));
    }

    @Test
    void sortsByDeadline() {
        List<String> first = given().when().get("/api/assignments?sort=deadline&size=5")
                .then().statusCode(200).extract().jsonPath().getList("firstDeadline");
        assertEquals(first.stream().sorted().toList(), first);
        given().when().get("/api/assignments?sort=colour").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", is("sort"));
    }

    @Test
    void answersCsvWithAHeader() {
        String csv = given().when().get("/api/assignments?format=csv&goal=7")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertEquals("id,ministry,agency,agencyName,year,number,letterKind,departments,goalNumber,title,status,"
                + "firstDeadline,lastDeadline,goalUrl", csv.lines().findFirst().orElseThrow());
        assertTrue(csv.contains("TB2025-43,HOD,helsedirektoratet,Helsedirektoratet,2025,43,tildelingsbrev,SHA,7,Ventetidsløftet,"),
                csv);
        given().accept("text/csv").when().get("/api/assignments?year=2024")
                .then().statusCode(200).body(startsWith("id,ministry,agency,agencyName,year"));
    }

    @Test
    void rejectsAnUnknownStatusFilter() {
        given().when().get("/api/assignments?status=done")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", is("status"));
        given().when().get("/api/assignments?dueFrom=soon")
                .then().statusCode(400).body("violations[0].field", is("dueFrom"));
    }

    @Test
    void summarisesTheYear() {
        given().when().get("/api/assignments/summary?year=2025&asOf=2025-03-01&withinDays=30")
                .then().statusCode(200)
                .body("total", is(83))
                .body("byStatus.count.sum()", is(83))
                .body("byMinistry.key", equalTo(List.of("HOD")))
                .body("byMinistry[0].name", is("Helse- og omsorgsdepartementet"))
                .body("byAgency.key", equalTo(List.of("helsedirektoratet")))
                .body("byAgency[0].count", is(83))
                .body("due.agency", everyItem(is("helsedirektoratet")))
                .body("byDepartment.key", hasItem("SHA"))
                .body("byGoal.find { it.key == '7' }.count", greaterThan(0))
                .body("due.id", hasItem("TB2025-12"))
                .body("due.deadline", everyItem(lessThanOrEqualTo("2025-03-31")))
                .body("due.status", everyItem(not(is("delivered"))));
        given().when().get("/api/assignments/summary?year=2025&agency=folkehelseinstituttet").then().statusCode(200)
                .body("total", is(0)).body("byAgency", hasSize(0));
    }
}
