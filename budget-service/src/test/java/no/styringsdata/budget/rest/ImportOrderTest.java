package no.styringsdata.budget.rest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import no.styringsdata.testing.postgres.PostgresTestResource;
import no.styringsdata.testing.ContentChecksum;

/** The four seeds in all 24 orders, and fifty imports of one letter at once: see {@link no.styringsdata.testing.ImportOrderTest}. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "budget_imports"))
class ImportOrderTest extends no.styringsdata.testing.ImportOrderTest {

    @Override
    protected List<String> documents() {
        return List.of(SeedDocuments.PROP1S, SeedDocuments.ALLOCATION_LETTER, SeedDocuments.SUPPLEMENTARY_LETTER,
                SeedDocuments.ANNUAL_REPORT);
    }

    @Override
    protected String[] keptTables() {
        return new String[] {"data_version"};
    }

    @Override
    protected Map<String, String> importParameters(String seed) {
        return SeedDocuments.dateOf(seed);
    }

    /**
     * The content by natural keys: rows refer to documents by checksum and to posts by kap./post, not by id.
     * Left out: ids, the optimistic-lock {@code version} columns (how many times a row was written, not what it
     * says), {@code imported_at}, the audit log and {@code data_version} (both count writes).
     */
    @Override
    protected ContentChecksum checksum(DataSource dataSource) {
        return new ContentChecksum(dataSource)
                .skip("audit_log", "data_version")
                .table("source_document", "SELECT to_jsonb(d) - 'id' - 'imported_at' FROM source_document d")
                .table("amount_sum", "SELECT to_jsonb(s) - 'id' FROM amount_sum s")
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
