package no.styringsdata.assignment.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import no.styringsdata.testing.Tokens;
import no.styringsdata.testing.hostile.OversizeRequests;
import no.styringsdata.testing.postgres.PostgresTestResource;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Oversize requests to the imports ({@link no.styringsdata.testing.RequestLimitsTest}), and a chunked import
 * under the limit.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class RequestLimitsTest extends no.styringsdata.testing.RequestLimitsTest {

    private static final Logger LOG = Logger.getLogger(RequestLimitsTest.class);

    @Test
    void importsAChunkedDocumentUnderTheLimit() throws Exception {
        OversizeRequests.Answer answer = OversizeRequests.against(base, "/api/assignments/imports")
                .token(Tokens.EDITOR)
                .postChunked(SeedDocuments.read(SeedDocuments.ALLOCATION_LETTER).getBytes(StandardCharsets.UTF_8));
        LOG.infof("chunked import: %s", answer);
        assertEquals(200, answer.status(), answer.toString());
    }
}
