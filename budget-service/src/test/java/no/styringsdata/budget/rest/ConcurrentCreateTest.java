package no.styringsdata.budget.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import no.styringsdata.testing.Tokens;
import no.styringsdata.testing.postgres.PostgresTestResource;
import no.styringsdata.testing.AuditTrail;
import no.styringsdata.testing.ConcurrentWriters;
import no.styringsdata.testing.ConcurrentWriters.Reply;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fifty editors create the same new chapter, post, state amount and agency amount (stage tildeling)
 * at once, three times per kind of key: all sending the same body, each sending its own, and each
 * sending its own with {@code If-None-Match: *}. Per race: no 5xx, exactly one 201, the others as the
 * OpenAPI document says (200, or 412 for create-only), the record as the last applied write left it,
 * and one audit entry per real change.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ConcurrentCreateTest {

    private static final Logger LOG = Logger.getLogger(ConcurrentCreateTest.class);
    private static final int WRITERS = 50;
    /** Chapters that no seed and no other test has: one per race of chapters, and one for the posts and amounts. */
    private static final int FIRST_CHAPTER = 4950;
    private static final int PARENT = 4949;
    private static final String AGENCY = "helsedirektoratet";

    private final ConcurrentWriters writers = new ConcurrentWriters(WRITERS);
    private final AuditTrail audit = new AuditTrail("/api/budget/audit", Tokens.EDITOR);

    /** One key under test: where it is, how the audit log names it, and how a writer's value is sent and read back. */
    private record Key(String label, String path, String query, String auditType, String auditId, String field,
                       IntFunction<Object> value, Function<Object, String> body) {

        String url() {
            return path + query;
        }
    }

    @BeforeEach
    void seedsAndParent() {
        SeedDocuments.importAll();
        given().auth().oauth2(Tokens.EDITOR).contentType("application/json").body("{\"name\":\"Forelder\"}")
                .when().put("/api/budget/chapters/" + PARENT);
        given().auth().oauth2(Tokens.EDITOR).contentType("application/json").body(postBody("Forelderpost"))
                .when().put("/api/budget/chapters/" + PARENT + "/posts/01");
    }

    @Test
    void oneWriterCreatesAChapter() {
        races(race -> {
            int number = FIRST_CHAPTER + race;
            return new Key("chapter " + number, "/api/budget/chapters/" + number, "", "chapter", String.valueOf(number),
                    "name", writer -> "Nytt kapittel, skriver " + writer, name -> "{\"name\":\"" + name + "\"}");
        });
    }

    @Test
    void oneWriterCreatesAPost() {
        races(race -> {
            String post = "%02d".formatted(10 + race);
            return new Key("post " + PARENT + "." + post, "/api/budget/chapters/" + PARENT + "/posts/" + post, "", "post",
                    PARENT + "." + post, "name", writer -> "Ny post, skriver " + writer, name -> postBody((String) name));
        });
    }

    @Test
    void oneWriterCreatesAStateAmount() {
        races(race -> amount(2030 + race, "forslag", null));
    }

    @Test
    void oneWriterCreatesAnAgencysAllocationFigure() {
        races(race -> amount(2030 + race, "tildeling", AGENCY));
    }

    private static Key amount(int year, String stage, String agency) {
        String path = "/api/budget/chapters/" + PARENT + "/posts/01/amounts/" + year + "/" + stage;
        return new Key("amount " + year + "/" + stage + (agency == null ? "" : "/" + agency), path,
                agency == null ? "" : "?agency=" + agency, "amount",
                PARENT + ".01/" + year + "/" + stage + (agency == null ? "" : "/" + agency), "amountNok",
                writer -> 1_000_000L + 1_000L * writer, amount -> "{\"amountNok\":" + amount + "}");
    }

    /** The three races, each on a key of its own (race 0, 1, 2). */
    private void races(IntFunction<Key> keyOfRace) {
        sameBody(keyOfRace.apply(0));
        ownBodies(keyOfRace.apply(1));
        createOnly(keyOfRace.apply(2));
    }

    /** All send the same: one creates it, the others get 200 with its version, and nothing more is written. */
    private void sameBody(Key key) {
        long auditBefore = assertAbsent(key);
        Object value = key.value().apply(0);
        List<Reply> replies = writers.race("PUT " + key.label() + ", same body",
                writer -> ConcurrentWriters.json("PUT", key.url(), Tokens.EDITOR, Map.of(), key.body().apply(value)));

        Reply creator = ConcurrentWriters.onlyCreator(key.label(), replies, 200);
        replies.forEach(reply -> assertEquals(creator.etag(), reply.etag(), "every writer has the created version: " + reply));
        assertStored(key, value, creator.etag());
        List<Map<String, Object>> entries = audit.since(auditBefore, key.auditType(), key.auditId());
        AuditTrail.assertChain(entries, null, List.of(value), snapshot -> snapshot.get(key.field()));
        LOG.infof("%s, same body: %s, audit entries %d", key.label(), ConcurrentWriters.tally(replies), entries.size());
    }

    /**
     * Each sends its own: one creates it, and each other one's PUT is applied after it as an update
     * (200, a version of its own): the record ends as the last applied write, the audit log has all in that order.
     */
    private void ownBodies(Key key) {
        long auditBefore = assertAbsent(key);
        List<Reply> replies = writers.race("PUT " + key.label() + ", own bodies",
                writer -> ConcurrentWriters.json("PUT", key.url(), Tokens.EDITOR, Map.of(),
                        key.body().apply(key.value().apply(writer))));

        Reply creator = ConcurrentWriters.onlyCreator(key.label(), replies, 200);
        List<Reply> applied = replies.stream().sorted(Comparator.comparingLong(Reply::version)).toList();
        assertEquals(creator, applied.get(0), "the creator's version is the first");
        assertEquals(WRITERS, applied.stream().map(Reply::etag).distinct().count(), "each write is a version of its own");
        List<Object> written = applied.stream().map(reply -> key.value().apply(reply.writer())).toList();
        assertStored(key, written.get(WRITERS - 1), applied.get(WRITERS - 1).etag());
        List<Map<String, Object>> entries = audit.since(auditBefore, key.auditType(), key.auditId());
        AuditTrail.assertChain(entries, null, written, snapshot -> snapshot.get(key.field()));
        assertEquals(List.of("create"), entries.stream().limit(1).map(e -> e.get("action")).toList());
        LOG.infof("%s, own bodies: %s, audit entries %d", key.label(), ConcurrentWriters.tally(replies), entries.size());
    }

    /** Each sends its own with If-None-Match: *: one creates it, the others get 412 and write nothing. */
    private void createOnly(Key key) {
        long auditBefore = assertAbsent(key);
        List<Reply> replies = writers.race("PUT " + key.label() + ", If-None-Match: *",
                writer -> ConcurrentWriters.json("PUT", key.url(), Tokens.EDITOR, Map.of("If-None-Match", "*"),
                        key.body().apply(key.value().apply(writer))));

        Reply creator = ConcurrentWriters.onlyCreator(key.label(), replies, 412);
        Object value = key.value().apply(creator.writer());
        assertStored(key, value, creator.etag());
        List<Map<String, Object>> entries = audit.since(auditBefore, key.auditType(), key.auditId());
        AuditTrail.assertChain(entries, null, List.of(value), snapshot -> snapshot.get(key.field()));
        LOG.infof("%s, If-None-Match: *: %s, audit entries %d", key.label(), ConcurrentWriters.tally(replies), entries.size());
    }

    /** Checks that the key is new, and returns the audit log's newest entry id before the race. */
    private long assertAbsent(Key key) {
        given().when().get(key.url()).then().statusCode(404);
        long before = audit.lastId(key.auditType(), key.auditId());
        assertEquals(0, before, "no audit entry of " + key.label() + " yet");
        return before;
    }

    private static void assertStored(Key key, Object value, String etag) {
        var stored = given().when().get(key.url()).then().statusCode(200).extract();
        assertEquals(etag, stored.header("ETag"), key.label() + ": the version the last writer got");
        assertEquals(String.valueOf(value), String.valueOf((Object) stored.path(key.field())), key.label());
        if (key.query().isEmpty() && key.auditType().equals("amount")) {
            assertNull(stored.path("agency"), "a state amount");
        }
    }

    private static String postBody(String name) {
        return "{\"name\":\"" + name + "\",\"transferable\":false,\"estimateAppropriation\":false,\"mayBeUsedUnderPosts\":[]}";
    }
}
