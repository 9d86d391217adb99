package no.styringsdata.assignment.rest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import javax.sql.DataSource;
import no.styringsdata.testing.postgres.PostgresTestResource;
import no.styringsdata.testing.ContentChecksum;
import no.styringsdata.testing.documents.SeedTexts;

/** The 2025 letter, its supplementary letter and the other ministry's template letter in every order, and fifty imports of one letter at once: see {@link no.styringsdata.testing.ImportOrderTest}. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "assignment_imports"))
class ImportOrderTest extends no.styringsdata.testing.ImportOrderTest {

    @Override
    protected List<String> documents() {
        return List.of(SeedDocuments.ALLOCATION_LETTER, SeedDocuments.SUPPLEMENTARY_LETTER, SeedTexts.OTHER_TEMPLATE_LETTER);
    }

    /**
     * The content by natural keys: rows of an assignment name it by agency and id, not by its surrogate key.
     * Left out: surrogate keys, the optimistic-lock {@code version} (how many times the row was written),
     * {@code recorded_at} of the status history (when the import ran) and the audit log (what each import
     * changed, which depends on what was there before it).
     */
    @Override
    protected ContentChecksum checksum(DataSource dataSource) {
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
