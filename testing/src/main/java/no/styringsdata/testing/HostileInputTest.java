package no.styringsdata.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import javax.sql.DataSource;
import no.styringsdata.testing.documents.SeedTexts;
import no.styringsdata.testing.hostile.HostileInput;
import no.styringsdata.testing.hostile.HostileReport;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Hostile input against every operation of the service's OpenAPI document ({@link HostileInput}). Each service's
 * test extends it with a database of its own (the writes it gets accepted, odd but valid names, amounts,
 * statuses, would change what other test classes read), the documents it imports, its seeds and the parameter
 * values it knows.
 */
public abstract class HostileInputTest {

    private static final Logger LOG = Logger.getLogger(HostileInputTest.class);

    @TestHTTPResource("/")
    protected URI base;

    @Inject
    protected DataSource dataSource;

    private final List<String> documents;

    /** @param documents the documents (SeedTexts names) the generated imports vary */
    protected HostileInputTest(List<String> documents) {
        this.documents = List.copyOf(documents);
    }

    /** Imports what the known values name. */
    protected abstract void seed();

    /** Adds the parameter values that name something stored ({@link HostileInput#known}). */
    protected abstract HostileInput known(HostileInput input);

    @Test
    void tenThousandHostileRequestsGiveNo5xxNoLeaksAndLeaveTheDatabaseAsItWasWhenRejected() throws Exception {
        seed();
        HostileReport report = known(HostileInput.against(ServiceUnderTest.name(), base, ServiceUnderTest.openApi())
                .tokens(Tokens.EDITOR, Tokens.OTHER_ROLE)
                .database(dataSource)
                .documents(documents.stream().map(SeedTexts::read).toList()))
                .requests(10_000, 20261125L)
                .run();
        LOG.info(report);
        assertEquals(List.of(), report.violations(), report.toString());
        assertEquals(0, report.serverErrors());
        assertTrue(report.rejectedWrites() > 1000, "too few rejected writes to say anything: " + report);
    }
}
