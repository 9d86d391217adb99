package no.styringsdata.indicator.dto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import no.styringsdata.indicator.importer.IndicatorKind;
import org.junit.jupiter.api.Test;

/** The kinds the OpenAPI document declares are the kinds the service stores, in the same order. */
class IndicatorKindDocsTest {

    @Test
    void theDocumentedKindsAreTheWireNamesOfIndicatorKind() {
        assertEquals(Arrays.stream(IndicatorKind.values()).map(IndicatorKind::wireName).toList(),
                List.of(KindDocs.STEERING_PARAMETER, KindDocs.KEY_FIGURE, KindDocs.RESULT_REQUIREMENT));
    }
}
