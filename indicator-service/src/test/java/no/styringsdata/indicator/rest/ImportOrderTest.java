package no.styringsdata.indicator.rest;

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
import no.styringsdata.testsupport.documents.SeedTexts;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Imports do not depend on the order of arrival: the documents this service reads (the 2025 letter, the 2024
 * annual report, and the other ministry's template letter) imported in every order, each into an emptied
 * database, end in one and the same state; and fifty imports of one document at once end as one import does. A
 * database of its own, emptied between orders.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "indicator_imports"))
class ImportOrderTest {

    private static final Logger LOG = Logger.getLogger(ImportOrderTest.class);
    private static final List<String> DOCUMENTS = List.of(SeedDocuments.ALLOCATION_LETTER,
            SeedDocuments.ANNUAL_REPORT, SeedTexts.OTHER_TEMPLATE_LETTER);
    private static final int CLIENTS = 50;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyOrderOfTheDocumentsEndsInTheSameState() {
        Map<String, List<List<String>>> states = ImportOrders.run(DOCUMENTS, this::emptyDatabase,
                ImportOrderTest::importDocument, () -> checksum().current());
        assertEquals(1, states.size(), () -> "end states by order: " + states);
    }

    @Test
    void concurrentImportsOfOneDocumentEndAsOneImport() {
        emptyDatabase();
        importDocument(SeedDocuments.ALLOCATION_LETTER);
        String once = checksum().current();
        emptyDatabase();
        ConcurrentImports.race("indicator allocation letter", CLIENTS, "/api/indicators/imports", Tokens.EDITOR,
                SeedDocuments.text(SeedDocuments.ALLOCATION_LETTER));
        String concurrently = checksum().current();
        LOG.infof("content checksum after one import %s, after %d at once %s", once, CLIENTS, concurrently);
        assertEquals(once, concurrently);
    }

    private static void importDocument(String document) {
        given().auth().oauth2(Tokens.EDITOR).contentType("text/plain; charset=UTF-8").body(SeedTexts.read(document))
                .when().post("/api/indicators/imports")
                .then().statusCode(200);
    }

    private void emptyDatabase() {
        ContentChecksum.truncateAll(dataSource);
    }

    /**
     * The content by natural keys: an indicator names its series by text key and its goal by number, a value
     * its indicator by document, year, goal, kind and number, not by surrogate keys. Left out: surrogate keys,
     * the optimistic-lock {@code version} (how many times the row was written), {@code recorded_at} of values
     * (when the import ran) and the audit log (what each import changed, which depends on what was there).
     */
    private ContentChecksum checksum() {
        return new ContentChecksum(dataSource)
                .skip("audit_log")
                .table("goal", "SELECT to_jsonb(g) - 'id' FROM goal g")
                .table("series", "SELECT to_jsonb(s) - 'id' FROM series s")
                .table("indicator", "SELECT " + INDICATOR + " FROM indicator i")
                .table("indicator_value", "SELECT to_jsonb(v) - 'id' - 'indicator_id' - 'version' - 'recorded_at' || "
                        + "jsonb_build_object('indicator', " + INDICATOR + ") FROM indicator_value v "
                        + "JOIN indicator i ON i.id = v.indicator_id");
    }

    /** An indicator by content, its series and goal by their natural keys. */
    private static final String INDICATOR = "to_jsonb(i) - 'id' - 'series_id' - 'goal_id' || jsonb_build_object("
            + "'series', (SELECT s.text_key FROM series s WHERE s.id = i.series_id), "
            + "'goal', (SELECT g.document || ' ' || g.year || ' ' || g.number FROM goal g WHERE g.id = i.goal_id))";
}
