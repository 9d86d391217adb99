package no.styringsdata.assignment.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.styringsdata.assignment.domain.AssignmentStatus;
import no.styringsdata.assignment.domain.LetterKind;
import no.styringsdata.platform.wire.WireNamed;
import no.styringsdata.testing.postgres.PostgresTestResource;

/** The assignments' code lists: see {@link no.styringsdata.testing.CodeListTest}. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class CodeListTest extends no.styringsdata.testing.CodeListTest {

    private static final String ASSIGNMENTS = "/api/assignments?size=1000";

    CodeListTest() {
        super("/api/assignments", fixed(), List.of(
                new DataCodes("departments", ASSIGNMENTS, "departments"),
                new DataCodes("ministries", ASSIGNMENTS, "ministry"),
                new DataCodes("agencies", ASSIGNMENTS, "agency")));
    }

    private static Map<String, Collection<String>> fixed() {
        Map<String, Collection<String>> fixed = new LinkedHashMap<>();
        fixed.put("statuses", WireNamed.wireNames(AssignmentStatus.class));
        fixed.put("letter-kinds", Arrays.stream(LetterKind.values()).map(LetterKind::wireName).toList());
        return fixed;
    }

    @Override
    protected void importData() {
        SeedDocuments.importLetters();
    }
}
