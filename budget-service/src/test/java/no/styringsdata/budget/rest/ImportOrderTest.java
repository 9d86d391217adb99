package no.styringsdata.budget.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import no.styringsdata.localpg.PostgresTestResource;
import no.styringsdata.localpg.testing.ConcurrentImports;
import no.styringsdata.localpg.testing.ImportOrders;
import no.styringsdata.testsupport.ContentChecksum;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Imports do not depend on the order of arrival: the four seeds imported in all 24 orders, each into an
 * emptied database, end in one and the same state; and fifty imports of one document at once end as one
 * import does. A database of its own, emptied between orders.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "budget_imports"))
class ImportOrderTest {

    private static final Logger LOG = Logger.getLogger(ImportOrderTest.class);
    private static final List<String> SEEDS = List.of(SeedDocuments.PROP1S, SeedDocuments.ALLOCATION_LETTER,
            SeedDocuments.SUPPLEMENTARY_LETTER, SeedDocuments.ANNUAL_REPORT);
    private static final int CLIENTS = 50;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyOrderOfTheSeedsEndsInTheSameState() {
        Map<String, List<List<String>>> states = ImportOrders.run(SEEDS, this::emptyDatabase, ImportOrderTest::importSeed,
                () -> checksum().current());
        assertEquals(1, states.size(), () -> "end states by order: " + states);
    }

    @Test
    void concurrentImportsOfOneDocumentEndAsOneImport() {
        String letter = SeedDocuments.text(SeedDocuments.ALLOCATION_LETTER);
        emptyDatabase();
        importSeed(SeedDocuments.ALLOCATION_LETTER);
        String once = checksum().current();
        emptyDatabase();
        ConcurrentImports.race("budget allocation letter", CLIENTS, "/api/budget/imports", Tokens.EDITOR, letter);
        String concurrently = checksum().current();
        LOG.infof("content checksum after one import %s, after %d at once %s", once, CLIENTS, concurrently);
        assertEquals(once, concurrently);
    }

    private static final Map<String, long[]> TIMES = new java.util.concurrent.ConcurrentHashMap<>();

    private static void importSeed(String seed) {
        long started = System.nanoTime();
        int parseMillis = given().auth().oauth2(Tokens.EDITOR).contentType("text/plain; charset=UTF-8")
                .body(SeedDocuments.text(seed)).queryParams(SeedDocuments.dateOf(seed))
                .when().post("/api/budget/imports")
                .then().statusCode(200).extract().path("parseMillis");
        long[] t = TIMES.computeIfAbsent(seed, s -> new long[3]);
        t[0]++;
        t[1] += parseMillis;
        t[2] += (System.nanoTime() - started) / 1_000_000;
    }

    @org.junit.jupiter.api.AfterAll
    static void logTimes() {
        TIMES.forEach((seed, t) -> LOG.infof("%s: %d imports, parse %d ms, request %d ms on average", seed, t[0],
                t[1] / t[0], t[2] / t[0]));
    }

    private void emptyDatabase() {
        ContentChecksum.truncateAll(dataSource, "data_version");
    }

    /**
     * The content by natural keys: rows refer to documents by checksum and to posts by kap./post, not by id.
     * Left out: ids, the optimistic-lock {@code version} columns (how many times a row was written, not what it
     * says), {@code imported_at}, the audit log and {@code data_version} (both count writes).
     */
    private ContentChecksum checksum() {
        return new ContentChecksum(dataSource)
                .skip("audit_log", "data_version")
                .table("source_document", "SELECT to_jsonb(d) - 'id' - 'imported_at' FROM source_document d")
                .table("program_area", named("program_area", "t"))
                .table("program_category", named("program_category", "t"))
                .table("chapter", named("chapter", "t"))
                .table("post", "SELECT to_jsonb(t) - 'id' - 'version' - 'named_by' || jsonb_build_object('named_by', "
                        + "n.sha256) FROM post t LEFT JOIN source_document n ON n.id = t.named_by")
                .table("amount", "SELECT to_jsonb(a) - 'id' - 'version' - 'post_id' - 'document_id' || jsonb_build_object("
                        + "'chapter', p.chapter_number, 'post', p.number, 'document', d.sha256) FROM amount a "
                        + "JOIN post p ON p.id = a.post_id LEFT JOIN source_document d ON d.id = a.document_id")
                .table("allocation", "SELECT to_jsonb(a) - 'id' - 'post_id' - 'document_id' || jsonb_build_object("
                        + "'chapter', p.chapter_number, 'post', p.number, 'document', d.sha256) FROM allocation a "
                        + "JOIN post p ON p.id = a.post_id JOIN source_document d ON d.id = a.document_id")
                .table("allocation_event", "SELECT to_jsonb(e) - 'id' - 'allocation_id' - 'document_id' || "
                        + "jsonb_build_object('chapter', p.chapter_number, 'post', p.number, 'row', ad.sha256 || ':' "
                        + "|| a.source_line, 'document', d.sha256) FROM allocation_event e "
                        + "JOIN allocation a ON a.id = e.allocation_id JOIN post p ON p.id = a.post_id "
                        + "JOIN source_document ad ON ad.id = a.document_id JOIN source_document d ON d.id = e.document_id");
    }

    /** A named table's rows, the document a name stands from by its checksum. */
    private static String named(String table, String alias) {
        return "SELECT to_jsonb(" + alias + ") - 'version' - 'named_by' || jsonb_build_object('named_by', n.sha256) "
                + "FROM " + table + " " + alias + " LEFT JOIN source_document n ON n.id = " + alias + ".named_by";
    }
}
