package no.styringsdata.budget.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import javax.sql.DataSource;
import no.styringsdata.testing.postgres.PostgresTestResource;
import no.styringsdata.testing.hostile.HostileInput;
import no.styringsdata.testing.hostile.HostileReport;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Hostile input against every operation. The test has a database of its own: the writes it gets
 * accepted (odd but valid names, amounts, statuses) would change what the other test classes read.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "budget_hostile"))
class HostileInputTest {

    private static final Logger LOG = Logger.getLogger(HostileInputTest.class);

    @TestHTTPResource("/")
    URI base;

    @Inject
    DataSource dataSource;

    @Test
    void tenThousandHostileRequestsGiveNo5xxNoLeaksAndLeaveTheDatabaseAsItWasWhenRejected() throws Exception {
        SeedDocuments.importAllAgain();
        HostileReport report = HostileInput.against("budget-service", base, "/api/budget/openapi")
                .tokens(Tokens.EDITOR, Tokens.OTHER_ROLE)
                .database(dataSource)
                .documents(List.of(SeedDocuments.text(SeedDocuments.ALLOCATION_LETTER),
                        SeedDocuments.text(SeedDocuments.SUPPLEMENTARY_LETTER),
                        SeedDocuments.text(SeedDocuments.ANNUAL_REPORT)))
                .known("chapter", "740", "701", "1")
                .known("post", "01", "21", "70")
                .known("year", "2025", "2026")
                .known("stage", "forslag", "saldert", "regnskap", "revidert", "tildeling")
                .known("agency", "Helsedirektoratet")
                .known("kind", "prop1s", "tildelingsbrev", "expenditure", "income")
                .requests(10_000, 20261125L)
                .run();
        LOG.info(report);
        assertEquals(List.of(), report.violations(), report.toString());
        assertEquals(0, report.serverErrors());
        assertTrue(report.rejectedWrites() > 1000, "too few rejected writes to say anything: " + report);
    }
}
