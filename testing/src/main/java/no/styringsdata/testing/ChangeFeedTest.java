package no.styringsdata.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The change feed, {@code GET <api>/changes}: a client that synced everything and then reads the feed learns
 * exactly what an import changed; a cursor is kept by an empty page; a malformed or unknown cursor is a 400
 * naming {@code since}; an update that changes nothing logs nothing; a removed resource is listed with a URL that
 * answers 404; and no entry is missed when writers commit in another order than they wrote. Each service's test
 * extends it with its seeds, an import and writes of its tables.
 */
public abstract class ChangeFeedTest {

    private static final Logger LOG = Logger.getLogger(ChangeFeedTest.class);

    @Inject
    protected DataSource dataSource;

    /** A resource as the feed names it: {@code chapter 740}. */
    protected static String resource(String type, String id) {
        return type + " " + id;
    }

    /** Makes the database hold the service's seeds but the one {@link #importChanges()} imports. */
    protected abstract void seedBeforeImport();

    /** Imports a document (through the API) that changes the resources {@link #changedByImport()} names. */
    protected abstract void importChanges();

    /** The resources {@link #importChanges()} changes, derived from its document: {@link #resource} each. */
    protected abstract Set<String> changedByImport();

    /** An SQL write that creates (writer 0, 1) or changes a resource of the seeds, and the resource it is. */
    public record Write(String sql, String resource) {
    }

    /**
     * An SQL write that creates a resource with a URL of its own (and, if need be, what it refers to: the
     * ministry and agency of an assignment).
     */
    protected abstract Write creation();

    /** An SQL write that removes what {@link #creation()} created. */
    protected abstract String removal();

    /** What a client that follows the feed learnt, and the cursor it keeps. */
    public record Sync(List<Map<String, Object>> changes, String cursor, int pages) {

        public Set<String> resources() {
            return changes.stream().map(c -> resource((String) c.get("type"), (String) c.get("id")))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }
    }

    /** Reads the feed from {@code since} to its end, {@code limit} per page, following {@code next}. */
    protected static Sync sync(String since, int limit) {
        List<Map<String, Object>> changes = new ArrayList<>();
        String cursor = since;
        int pages = 0;
        while (true) {
            var request = given().queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("since", cursor);
            }
            ExtractableResponse<Response> page = request.get(ServiceUnderTest.api() + "/changes")
                    .then().statusCode(200).extract();
            pages++;
            changes.addAll(page.jsonPath().getList("changes"));
            boolean more = page.jsonPath().getBoolean("more");
            String next = page.jsonPath().getString("next");
            assertEquals(more, page.header("Link") != null, "a Link rel=next exactly when more follows");
            if (more) {
                assertTrue(page.header("Link").contains("since=" + next) && page.header("Link").contains("rel=\"next\""),
                        page.header("Link"));
            }
            cursor = next;
            if (!more) {
                return new Sync(changes, cursor, pages);
            }
        }
    }

    /** The median time of 20 reads of one page of 100 after {@code since}. */
    private static long medianMicros(String since) {
        long[] micros = new long[20];
        for (int i = 0; i < micros.length; i++) {
            long started = System.nanoTime();
            given().queryParam("since", since == null ? "0" : since).get(ServiceUnderTest.api() + "/changes")
                    .then().statusCode(200);
            micros[i] = (System.nanoTime() - started) / 1000;
        }
        Arrays.sort(micros);
        return micros[micros.length / 2];
    }

    private static int status(Object url) {
        URI uri = URI.create((String) url);
        return given().urlEncodingEnabled(false)
                .get(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())).statusCode();
    }

    @Test
    void afterAFullSyncTheFeedListsExactlyWhatAnImportChanged() {
        seedBeforeImport();
        Sync everything = sync(null, 1000);
        assertEquals(everything.changes().size(), everything.resources().size(), "each resource once");
        assertTrue(everything.changes().stream().noneMatch(c -> "removed".equals(c.get("action"))),
                "seeds imported into an empty database remove nothing");
        Sync paged = sync(null, 37);
        assertEquals(everything.changes(), paged.changes(), "pages of 37 give what one page gives");
        assertEquals(everything.cursor(), paged.cursor());

        Sync nothing = sync(everything.cursor(), 100);
        assertEquals(List.of(), nothing.changes(), "nothing changed since");
        assertEquals(everything.cursor(), nothing.cursor(), "an empty page keeps the cursor");

        importChanges();
        Sync afterImport = sync(everything.cursor(), 100);
        LOG.infof("change feed of %s: a full sync %d resources in %d pages of 37 (%d of 1000); a page of 100 from the "
                        + "start %d µs, an empty page %d µs (medians of 20 over HTTP); the import changed %s",
                ServiceUnderTest.name(), everything.changes().size(), paged.pages(), everything.pages(),
                medianMicros(null), medianMicros(afterImport.cursor()), afterImport.changes());
        assertEquals(changedByImport(), afterImport.resources());
        assertTrue(afterImport.changes().stream().allMatch(c -> "changed".equals(c.get("action"))
                || "created".equals(c.get("action"))), afterImport.changes()::toString);
        afterImport.changes().forEach(c -> assertEquals(200, status(c.get("url")), c::toString));

        importChanges();
        assertEquals(List.of(), sync(afterImport.cursor(), 100).changes(), "importing the same document again changes nothing");
    }

    @Test
    void aRemovedResourceIsListedWithAUrlThatAnswers404() throws SQLException {
        String start = sync(null, 1000).cursor();
        Write created = creation();
        execute(created.sql());
        Sync creation = sync(start, 100);
        Map<String, Object> entry = creation.changes().stream()
                .filter(c -> created.resource().equals(resource((String) c.get("type"), (String) c.get("id"))))
                .findFirst().orElseThrow(() -> new AssertionError("not listed: " + created.resource()));
        assertEquals("created", entry.get("action"));
        assertEquals(200, status(entry.get("url")));

        execute(removal());
        Sync removal = sync(creation.cursor(), 100);
        assertEquals(Set.of(created.resource()), removal.resources());
        assertEquals("removed", removal.changes().get(0).get("action"));
        assertEquals(404, status(removal.changes().get(0).get("url")));

        execute(created.sql(), removal());
        assertEquals(List.of(), sync(removal.cursor(), 100).changes(), "created and removed in one transaction: nothing");
    }

    /**
     * Positions taken at insert would follow the order of the writes: writer A writes first and commits last, and
     * a reader that read between the commits has passed A's position before A's entry was visible. The feed's
     * positions are given at commit, so the reader still gets A's.
     */
    @Test
    void noEntryIsMissedWhenWritersCommitInAnotherOrder() throws SQLException {
        String start = sync(null, 1000).cursor();
        // ministries: a platform table every service has, whose writers do not wait for each other
        Write first = new Write("INSERT INTO ministry (code, name) VALUES ('FEEDA', 'Endringsstrøm A')", resource("ministry", "FEEDA"));
        Write second = new Write("INSERT INTO ministry (code, name) VALUES ('FEEDB', 'Endringsstrøm B')", resource("ministry", "FEEDB"));
        try (Connection a = dataSource.getConnection(); Connection b = dataSource.getConnection()) {
            a.setAutoCommit(false);
            b.setAutoCommit(false);
            try (Statement writeA = a.createStatement(); Statement writeB = b.createStatement()) {
                writeA.execute(first.sql());
                writeB.execute(second.sql());
            }
            b.commit();
            Sync betweenCommits = sync(start, 100);
            assertEquals(Set.of(second.resource()), betweenCommits.resources());
            a.commit();
            Sync afterCommits = sync(betweenCommits.cursor(), 100);
            assertEquals(Set.of(first.resource()), afterCommits.resources(), "the writer that committed last");
        } finally {
            execute("DELETE FROM ministry WHERE code IN ('FEEDA', 'FEEDB')");
        }
    }

    @Test
    void aMalformedOrUnknownCursorIsAProblemNamingSince() {
        String cursor = sync(null, 1000).cursor();
        long position = cursor.equals("0") ? 1 : Long.parseLong(cursor.substring(0, cursor.indexOf('.')));
        for (String since : List.of("abc", "12", "-1", position + ".zzzzzzzz",
                (position + 1000) + ".0123abcd", position + "." + (cursor.endsWith("00000000") ? "00000001" : "00000000"))) {
            given().queryParam("since", since).get(ServiceUnderTest.api() + "/changes")
                    .then().statusCode(400).contentType(startsWith("application/problem+json"))
                    .body("violations[0].field", equalTo("since"));
        }
        given().queryParam("limit", 1001).get(ServiceUnderTest.api() + "/changes").then().statusCode(400)
                .body("violations[0].field", equalTo("limit"));
    }

    /** The statements in one transaction. */
    private void execute(String... sql) throws SQLException {
        try (Connection db = dataSource.getConnection(); Statement statement = db.createStatement()) {
            db.setAutoCommit(false);
            for (String one : sql) {
                statement.execute(one);
            }
            db.commit();
        }
    }
}
