package no.styringsdata.budget.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import javax.sql.DataSource;
import no.styringsdata.localpg.PostgresTestResource;
import no.styringsdata.testsupport.DatabaseChecksum;
import no.styringsdata.testsupport.HostileInput;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class HostileInputTest {

    private static final Logger LOG = Logger.getLogger(HostileInputTest.class);

    @TestHTTPResource("/")
    URI base;

    @Inject
    DataSource dataSource;

    @Test
    void tenThousandHostileRequestsGiveNo5xxNoLeaksAndNoHalfWrites() throws Exception {
        SeedDocuments.importAll();
        HostileInput hostile = new HostileInput(URI.create(base.toString().replaceAll("/$", "")), Tokens.EDITOR,
                () -> DatabaseChecksum.of(dataSource),
                List.of(SeedDocuments.text(SeedDocuments.SUPPLEMENTARY_LETTER),
                        SeedDocuments.text(SeedDocuments.ALLOCATION_LETTER)));
        HostileInput.Report report = hostile.run("/api/budget/openapi", 10_000, 20261125L);
        LOG.info("budget-service: " + report);
        assertEquals(List.of(), report.violations(), report.toString());
        assertEquals(0, report.serverErrors());
    }
}
