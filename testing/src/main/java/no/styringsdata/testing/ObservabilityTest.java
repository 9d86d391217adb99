package no.styringsdata.testing;

import java.util.Map;
import no.styringsdata.testing.documents.SeedTexts;
import org.junit.jupiter.api.Test;

/**
 * Metrics, request ids and trace ids of an import of the allocation letter (the shared checks of docs/deploy.md,
 * {@link Observability}). Each service's test extends it as it is.
 */
public abstract class ObservabilityTest {

    private static Observability.Import letter() {
        return new Observability.Import(ServiceUnderTest.name(), ServiceUnderTest.api() + "/imports", Tokens.EDITOR,
                SeedTexts.read(SeedTexts.ALLOCATION_LETTER), Map.of());
    }

    @Test
    void anImportIsCountedTimedAndLoggedWithItsRequestAndTraceIds() {
        Observability.assertImportObserved(letter());
    }

    @Test
    void aRejectedImportIsCountedAndItsRequestGetsAnId() {
        Observability.assertRejectedImportObserved(letter());
    }
}
