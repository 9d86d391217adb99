package no.styringsdata.indicator.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.styringsdata.indicator.domain.ValueUnit;
import no.styringsdata.indicator.importer.IndicatorDocumentKind;
import no.styringsdata.indicator.importer.IndicatorKind;
import no.styringsdata.platform.wire.WireNamed;
import no.styringsdata.testing.postgres.PostgresTestResource;

/** The indicators' code lists: see {@link no.styringsdata.testing.CodeListTest}. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class CodeListTest extends no.styringsdata.testing.CodeListTest {

    private static final String INDICATORS = "/api/indicators?size=1000";

    CodeListTest() {
        super("/api/indicators", fixed(), List.of(
                new DataCodes("ministries", INDICATORS, "ministry"),
                new DataCodes("agencies", INDICATORS, "agency")));
    }

    private static Map<String, Collection<String>> fixed() {
        Map<String, Collection<String>> fixed = new LinkedHashMap<>();
        fixed.put("indicator-kinds", WireNamed.wireNames(IndicatorKind.class));
        fixed.put("units", WireNamed.wireNames(ValueUnit.class));
        fixed.put("document-kinds", WireNamed.wireNames(IndicatorDocumentKind.class));
        return fixed;
    }

    @Override
    protected void importData() {
        SeedDocuments.importDocuments();
    }
}
