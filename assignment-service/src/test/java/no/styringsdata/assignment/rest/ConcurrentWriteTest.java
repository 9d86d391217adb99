package no.styringsdata.assignment.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.http.HttpRequest;
import java.util.List;
import no.styringsdata.testing.Tokens;
import no.styringsdata.testing.postgres.PostgresTestResource;
import no.styringsdata.testing.AuditTrail;
import no.styringsdata.testing.ConcurrencyTest;
import no.styringsdata.testing.ConcurrentWriters;
import no.styringsdata.testing.ConcurrentWriters.Contest;
import org.junit.jupiter.api.Test;

/**
 * Fifty editors record a status of the same seeded assignment at once, all with the ETag they read:
 * per version exactly one entry is recorded, the rest get 412, and the history and the audit log
 * hold exactly the winners' entries.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ConcurrentWriteTest extends ConcurrencyTest {

    private static final int ROUNDS = 3;
    /** An assignment of the 2025 letter that no other test writes to. */
    private static final String ID = "TB2025-50";
    private static final String PATH = "/api/assignments/" + ID;
    /** How the audit log names it: agency and id. */
    private static final String AUDIT_ID = "helsedirektoratet/" + ID;

    ConcurrentWriteTest() {
        super("/api/assignments/audit", SeedDocuments::importLetters);
    }

    @Test
    void exactlyOneWriterWinsEachVersionOfAnAssignmentsStatus() {
        JsonPath seeded = given().when().get(PATH).then().statusCode(200).extract().jsonPath();
        int historyBefore = seeded.getList("statusHistory").size();
        long auditBefore = audit.lastId("assignment", AUDIT_ID);

        Contest contest = writers.rounds("POST " + PATH + "/status", ROUNDS, new ConcurrentWriters.Target() {
            public String currentEtag() {
                return given().when().get(PATH).then().statusCode(200).extract().header("ETag");
            }

            public HttpRequest write(int round, int writer, String ifMatch) {
                return ConcurrentWriters.json("POST", PATH + "/status", Tokens.EDITOR, ifMatch,
                        "{\"status\":\"" + status(writer) + "\",\"note\":\"" + note(round, writer) + "\"}");
            }
        });

        List<String> notes = contest.winners().stream().map(w -> note(w.round(), w.writer())).toList();
        JsonPath now = given().when().get(PATH).then().statusCode(200).extract().jsonPath();
        assertEquals(status(contest.winners().get(ROUNDS - 1).writer()), now.getString("status"));
        List<String> history = now.getList("statusHistory.note", String.class);
        assertEquals(notes, history.subList(historyBefore, history.size()), "the history gained exactly the winners' entries");
        AuditTrail.assertChain(audit.since(auditBefore, "assignment", AUDIT_ID),
                seeded.getString("statusHistory[-1].note"), notes, entry -> entry.get("note"));
    }

    /** Statuses that keep the assignment out of the delivered ones other tests count. */
    private static String status(int writer) {
        return writer % 2 == 0 ? "in_progress" : "delayed";
    }

    private static String note(int round, int writer) {
        return "Runde " + round + ", skriver " + writer;
    }
}
