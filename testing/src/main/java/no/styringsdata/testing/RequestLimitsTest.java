package no.styringsdata.testing;

import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.inject.Inject;
import java.net.URI;
import javax.sql.DataSource;
import no.styringsdata.testing.hostile.OversizeRequests;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * A body, URI or header fields over the limits: a problem+json 413, 414 or 431 every client can read, nothing
 * written. Each service's test extends it as it is (the import path comes from its configuration).
 */
public abstract class RequestLimitsTest {

    private static final Logger LOG = Logger.getLogger(RequestLimitsTest.class);

    @TestHTTPResource("/")
    protected URI base;

    @Inject
    protected DataSource dataSource;

    @Test
    void refusesOversizeRequestsWithProblemsEveryClientCanRead() throws Exception {
        String figures = OversizeRequests.against(base, ServiceUnderTest.api() + "/imports")
                .token(Tokens.EDITOR)
                .bodyLimit(20 * OversizeRequests.MB)
                .database(dataSource)
                .check(8 * OversizeRequests.KB, 128 * OversizeRequests.KB);
        LOG.infof("%s: %s", ServiceUnderTest.name(), figures);
    }
}
