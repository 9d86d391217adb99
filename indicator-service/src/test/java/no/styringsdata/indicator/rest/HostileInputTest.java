package no.styringsdata.indicator.rest;

import static io.restassured.RestAssured.given;
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
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "indicator_hostile"))
class HostileInputTest {

    private static final Logger LOG = Logger.getLogger(HostileInputTest.class);

    @TestHTTPResource("/")
    URI base;

    @Inject
    DataSource dataSource;

    @Test
    void tenThousandHostileRequestsGiveNo5xxNoLeaksAndLeaveTheDatabaseAsItWasWhenRejected() throws Exception {
        SeedDocuments.importDocumentsAgain();
        long indicator = SeedDocuments.tableKeyFigure("Utførte årsverk");
        String value = given().when().get("/api/indicators/" + indicator + "/values")
                .then().statusCode(200).extract().jsonPath().getString("[0].id");
        HostileReport report = HostileInput.against("indicator-service", base, "/api/indicators/openapi")
                .tokens(Tokens.EDITOR, Tokens.OTHER_ROLE)
                .database(dataSource)
                .documents(List.of(SeedDocuments.text(SeedDocuments.ALLOCATION_LETTER),
                        SeedDocuments.text(SeedDocuments.ANNUAL_REPORT)))
                .known("id", Long.toString(indicator), "1")
                .known("valueId", value)
                .known("year", "2024", "2025")
                .requests(10_000, 20261125L)
                .run();
        LOG.info(report);
        assertEquals(List.of(), report.violations(), report.toString());
        assertEquals(0, report.serverErrors());
        assertTrue(report.rejectedWrites() > 1000, "too few rejected writes to say anything: " + report);
    }
}
