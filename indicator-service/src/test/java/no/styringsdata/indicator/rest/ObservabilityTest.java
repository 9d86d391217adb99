package no.styringsdata.indicator.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import no.styringsdata.testing.Tokens;
import no.styringsdata.testing.postgres.PostgresTestResource;
import no.styringsdata.testing.Observability;
import org.junit.jupiter.api.Test;

/** Metrics, request ids and trace ids of an import (the shared checks of docs/deploy.md). */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ObservabilityTest {

    private static final Observability.Import LETTER = new Observability.Import("indicator-service", "/api/indicators/imports",
            Tokens.EDITOR, SeedDocuments.text(SeedDocuments.ALLOCATION_LETTER), Map.of());

    @Test
    void anImportIsCountedTimedAndLoggedWithItsRequestAndTraceIds() {
        Observability.assertImportObserved(LETTER);
    }

    @Test
    void aRejectedImportIsCountedAndItsRequestGetsAnId() {
        Observability.assertRejectedImportObserved(LETTER);
    }
}
