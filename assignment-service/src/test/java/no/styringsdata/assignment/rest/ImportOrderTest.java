package no.styringsdata.assignment.rest;

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
 * Imports do not depend on the order of arrival: the letters this service reads (the 2025 letter and its
 * supplementary letter, and the other ministry's template letter) imported in every order, each into an emptied
 * database, end in one and the same state; and fifty imports of one letter at once end as one import does. A
 * database of its own, emptied between orders.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "assignment_imports"))
class ImportOrderTest {

    private static final Logger LOG = Logger.getLogger(ImportOrderTest.class);
    private static final List<String> LETTERS = List.of(SeedDocuments.ALLOCATION_LETTER,
            SeedDocuments.SUPPLEMENTARY_LETTER, SeedTexts.OTHER_TEMPLATE_LETTER);
    private static final int CLIENTS = 50;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyOrderOfTheLettersEndsInTheSameState() {
        Map<String, List<List<String>>> states = ImportOrders.run(LETTERS, this::emptyDatabase,
                ImportOrderTest::importLetter, () -> checksum().current());
        assertEquals(1, states.size(), () -> "end states by order: " + states);
    }

    @Test
    void concurrentImportsOfOneLetterEndAsOneImport() {
        emptyDatabase();
        importLetter(SeedDocuments.ALLOCATION_LETTER);
        String once = checksum().current();
        emptyDatabase();
        ConcurrentImports.race("assignment allocation letter", CLIENTS, "/api/assignments/imports", Tokens.EDITOR,
                SeedDocuments.text(SeedDocuments.ALLOCATION_LETTER));
        String concurrently = checksum().current();
        LOG.infof("content checksum after one import %s, after %d at once %s", once, CLIENTS, concurrently);
        assertEquals(once, concurrently);
    }

    private static void importLetter(String letter) {
        given().auth().oauth2(Tokens.EDITOR).contentType("text/plain; charset=UTF-8").body(SeedTexts.read(letter))
                .when().post("/api/assignments/imports")
                .then().statusCode(200);
    }

    private void emptyDatabase() {
        ContentChecksum.truncateAll(dataSource);
    }

    /**
     * The content by natural keys: rows of an assignment name it by agency and id, not by its surrogate key.
     * Left out: surrogate keys, the optimistic-lock {@code version} (how many times the row was written),
     * {@code recorded_at} of the status history (when the import ran) and the audit log (what each import
     * changed, which depends on what was there before it).
     */
    private ContentChecksum checksum() {
        return new ContentChecksum(dataSource)
                .skip("audit_log")
                .table("assignment", "SELECT to_jsonb(a) - 'pk' - 'version' FROM assignment a")
                .table("deadline", ofAssignment("deadline", "'id'"))
                .table("assignment_reference", ofAssignment("assignment_reference", "'assignment_pk'"))
                .table("post_reference", ofAssignment("post_reference", "'assignment_pk'"))
                .table("status_change", ofAssignment("status_change", "'id' - 'recorded_at'"));
    }

    private static String ofAssignment(String table, String without) {
        return "SELECT to_jsonb(t) - 'assignment_pk' - " + without + " || jsonb_build_object('agency', a.agency_id, "
                + "'assignment', a.id) FROM " + table + " t JOIN assignment a ON a.pk = t.assignment_pk";
    }
}
