package no.styringsdata.assignment.rest;

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
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "assignment_hostile"))
class HostileInputTest {

    private static final Logger LOG = Logger.getLogger(HostileInputTest.class);

    @TestHTTPResource("/")
    URI base;

    @Inject
    DataSource dataSource;

    @Test
    void tenThousandHostileRequestsGiveNo5xxNoLeaksAndLeaveTheDatabaseAsItWasWhenRejected() throws Exception {
        SeedDocuments.importLettersAgain();
        HostileReport report = HostileInput.against("assignment-service", base, "/api/assignments/openapi")
                .tokens(Tokens.EDITOR, Tokens.OTHER_ROLE)
                .database(dataSource)
                .documents(List.of(SeedDocuments.text(SeedDocuments.ALLOCATION_LETTER),
                        SeedDocuments.text(SeedDocuments.SUPPLEMENTARY_LETTER)))
                .known("id", "TB2025-43", "TB2025-1", "TB2025-30", "TB2025-88")
                .known("year", "2025")
                .requests(10_000, 20261125L)
                .run();
        LOG.info(report);
        assertEquals(List.of(), report.violations(), report.toString());
        assertEquals(0, report.serverErrors());
        assertTrue(report.rejectedWrites() > 1000, "too few rejected writes to say anything: " + report);
    }
}
