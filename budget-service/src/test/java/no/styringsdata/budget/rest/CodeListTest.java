package no.styringsdata.budget.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.styringsdata.budget.domain.ChapterKind;
import no.styringsdata.budget.domain.PostKind;
import no.styringsdata.budget.domain.Stage;
import no.styringsdata.platform.wire.WireNamed;
import no.styringsdata.reader.DocumentKind;
import no.styringsdata.testing.postgres.PostgresTestResource;

/** The budget's code lists: see {@link no.styringsdata.testing.CodeListTest}. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class CodeListTest extends no.styringsdata.testing.CodeListTest {

    private static final String CHAPTERS = "/api/budget/chapters?size=1000";

    CodeListTest() {
        super("/api/budget", fixed(), List.of(
                new DataCodes("ministries", CHAPTERS, "ministry"),
                new DataCodes("programme-categories", CHAPTERS, "categoryCode"),
                new DataCodes("programme-areas", "/api/budget/categories", "areaCode"),
                new DataCodes("agencies", "/api/budget/allocations?year=2025", "allocations.agency")));
    }

    private static Map<String, Collection<String>> fixed() {
        Map<String, Collection<String>> fixed = new LinkedHashMap<>();
        fixed.put("stages", WireNamed.wireNames(Stage.class));
        fixed.put("chapter-kinds", WireNamed.wireNames(ChapterKind.class));
        fixed.put("post-kinds", WireNamed.wireNames(PostKind.class));
        fixed.put("document-kinds", Arrays.stream(DocumentKind.values()).map(DocumentKind::wireName).toList());
        return fixed;
    }

    @Override
    protected void importData() {
        SeedDocuments.importAll();
    }
}
