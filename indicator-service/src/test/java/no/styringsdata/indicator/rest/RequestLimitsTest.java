package no.styringsdata.indicator.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import javax.sql.DataSource;
import no.styringsdata.testing.postgres.PostgresTestResource;
import no.styringsdata.testing.hostile.OversizeRequests;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/** A body, URI or header fields over the limits: a problem+json 413, 414 or 431 every client can read, nothing written. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class RequestLimitsTest {

    private static final Logger LOG = Logger.getLogger(RequestLimitsTest.class);

    @TestHTTPResource("/")
    URI base;

    @Inject
    DataSource dataSource;

    @Test
    void refusesOversizeRequestsWithProblemsEveryClientCanRead() throws Exception {
        String figures = OversizeRequests.against(base, "/api/indicators/imports")
                .token(Tokens.EDITOR)
                .bodyLimit(20 * OversizeRequests.MB)
                .database(dataSource)
                .check(8 * OversizeRequests.KB, 128 * OversizeRequests.KB);
        LOG.infof("indicator-service: %s", figures);
    }
}
