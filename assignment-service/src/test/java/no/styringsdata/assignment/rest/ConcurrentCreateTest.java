package no.styringsdata.assignment.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import no.styringsdata.testing.Tokens;
import no.styringsdata.testing.postgres.PostgresTestResource;
import no.styringsdata.testing.AuditTrail;
import no.styringsdata.testing.ConcurrencyTest;
import no.styringsdata.testing.ConcurrentWriters;
import no.styringsdata.testing.ConcurrentWriters.Reply;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Fifty editors record a status change of the same assignment at once. The same entry: without
 * {@code If-Match} exactly one records it (201) and the others get 200 with it; with the
 * {@code If-Match} they all read, one records it and the others get 412. Each its own entry without
 * {@code If-Match}: all are recorded one after the other (each 201). Per race: no 5xx, the history
 * and the audit log gain exactly the recorded entries, in the order of the versions the writers got.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ConcurrentCreateTest extends ConcurrencyTest {

    private static final Logger LOG = Logger.getLogger(ConcurrentCreateTest.class);
    private static final String AGENCY = "helsedirektoratet";

    ConcurrentCreateTest() {
        super("/api/assignments/audit", SeedDocuments::importLetters);
    }

    /** Assignments of the 2025 letter that no other test reads or writes. */
    @Test
    void oneWriterRecordsTheSameEntryWithoutIfMatch() {
        Before before = before("TB2025-51");
        List<Reply> replies = race(before, "same entry", Map.of(), writer -> "Samme notat");

        Reply creator = ConcurrentWriters.onlyCreator("same entry", replies, 200);
        replies.forEach(reply -> {
            assertEquals(creator.etag(), reply.etag(), reply.toString());
            assertEquals("Samme notat", JsonPath.from(reply.body()).getString("note"), reply.toString());
        });
        assertRecorded(before, List.of("Samme notat"), creator.etag());
    }

    @Test
    void oneWriterRecordsTheSameEntryWithTheIfMatchAllRead() {
        Before before = before("TB2025-52");
        List<Reply> replies = race(before, "same entry, If-Match", Map.of("If-Match", before.etag()),
                writer -> "Samme notat med If-Match");

        Reply creator = ConcurrentWriters.onlyCreator("same entry, If-Match", replies, 412);
        assertRecorded(before, List.of("Samme notat med If-Match"), creator.etag());
    }

    @Test
    void everyWriterRecordsItsOwnEntryInTurnWithoutIfMatch() {
        Before before = before("TB2025-55");
        List<Reply> replies = race(before, "own entries", Map.of(), ConcurrentCreateTest::note);

        assertEquals(WRITERS, ConcurrentWriters.tally(replies).count(201), "each entry recorded");
        List<Reply> applied = replies.stream().sorted(Comparator.comparingLong(Reply::version)).toList();
        assertEquals(WRITERS, applied.stream().map(Reply::etag).distinct().count(), "each a version of its own");
        assertRecorded(before, applied.stream().map(reply -> note(reply.writer())).toList(),
                applied.get(WRITERS - 1).etag());
    }

    /** Every writer posts a status change of the assignment at once, with these headers and its note. */
    private List<Reply> race(Before before, String what, Map<String, String> headers, IntFunction<String> note) {
        String id = before.id();
        List<Reply> replies = writers.race("POST " + id + "/status, " + what, writer -> ConcurrentWriters.json("POST",
                path(id) + "/status", Tokens.EDITOR, headers, body(note.apply(writer))));
        LOG.infof("status change, %s: %s", what, ConcurrentWriters.tally(replies));
        return replies;
    }

    private record Before(String id, String etag, int history, String lastNote, long auditId) {
    }

    private Before before(String id) {
        var read = given().when().get(path(id)).then().statusCode(200).extract();
        JsonPath json = read.jsonPath();
        return new Before(id, read.header("ETag"), json.getList("statusHistory").size(),
                json.getString("statusHistory[-1].note"), audit.lastId("assignment", AGENCY + "/" + id));
    }

    /** The history and the audit log gained exactly these notes, in order, and the assignment has the last writer's version. */
    private void assertRecorded(Before before, List<String> notes, String etag) {
        String id = before.id();
        var read = given().when().get(path(id)).then().statusCode(200).extract();
        assertEquals(etag, read.header("ETag"), "the version the last writer got");
        List<String> history = read.jsonPath().getList("statusHistory.note", String.class);
        assertEquals(notes, history.subList(before.history(), history.size()), "the history gained exactly these");
        AuditTrail.assertChain(audit.since(before.auditId(), "assignment", AGENCY + "/" + id), before.lastNote(), notes,
                entry -> entry.get("note"));
    }

    private static String path(String id) {
        return "/api/assignments/" + id;
    }

    private static String body(String note) {
        return "{\"status\":\"delayed\",\"note\":\"" + note + "\"}";
    }

    private static String note(int writer) {
        return "Skriver " + writer;
    }
}
