package no.styringsdata.indicator.rest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import javax.sql.DataSource;
import no.styringsdata.testing.postgres.PostgresTestResource;
import no.styringsdata.testing.ContentChecksum;
import no.styringsdata.testing.documents.SeedTexts;

/** The 2025 letter, the 2024 annual report and the other ministry's template letter in every order, and fifty imports of one letter at once: see {@link no.styringsdata.testing.ImportOrderTest}. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "indicator_imports"))
class ImportOrderTest extends no.styringsdata.testing.ImportOrderTest {

    @Override
    protected List<String> documents() {
        return List.of(SeedDocuments.ALLOCATION_LETTER, SeedDocuments.ANNUAL_REPORT, SeedTexts.OTHER_TEMPLATE_LETTER);
    }

    /**
     * The content by natural keys: an indicator names its series by text key and its goal by number, a value
     * its indicator by document, year, goal, kind and number, not by surrogate keys. Left out: surrogate keys,
     * the optimistic-lock {@code version} (how many times the row was written), {@code recorded_at} of values
     * (when the import ran) and the audit log (what each import changed, which depends on what was there).
     */
    @Override
    protected ContentChecksum checksum(DataSource dataSource) {
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
