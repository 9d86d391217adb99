package no.styringsdata.budget.rest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import no.styringsdata.testing.hostile.HostileInput;
import no.styringsdata.testing.postgres.PostgresTestResource;

/** Hostile input against every operation: see {@link no.styringsdata.testing.HostileInputTest}. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "budget_hostile"))
class HostileInputTest extends no.styringsdata.testing.HostileInputTest {

    HostileInputTest() {
        super(List.of(SeedDocuments.ALLOCATION_LETTER, SeedDocuments.SUPPLEMENTARY_LETTER, SeedDocuments.ANNUAL_REPORT));
    }

    @Override
    protected void seed() {
        SeedDocuments.importAll();
    }

    @Override
    protected HostileInput known(HostileInput input) {
        return input.known("chapter", "740", "701", "1")
                .known("post", "01", "21", "70")
                .known("year", "2025", "2026")
                .known("stage", "forslag", "saldert", "regnskap", "revidert", "tildeling")
                .known("agency", "Helsedirektoratet")
                .known("kind", "prop1s", "tildelingsbrev", "expenditure", "revenue");
    }
}
