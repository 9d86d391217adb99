package no.styringsdata.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.net.URI;
import no.styringsdata.testing.hostile.OversizeRequests;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Oversize requests through the gateway: those it can tell from the request head (an announced body,
 * the URI, the header fields) it refuses itself with problem+json, without forwarding; a chunked body
 * goes to the service, whose 413 problem comes back. Every client can read the answer.
 */
@QuarkusTest
@WithTestResource(Backends.class)
class RequestLimitsTest {

    private static final Logger LOG = Logger.getLogger(RequestLimitsTest.class);

    @TestHTTPResource("/")
    URI base;

    private static String editorToken() {
        return ConfigProvider.getConfig().getValue(Backends.EDITOR_TOKEN, String.class);
    }

    @Test
    void refusesOversizeRequestsWithProblemsEveryClientCanRead() throws Exception {
        String figures = OversizeRequests.against(base, "/api/budget/imports")
                .token(editorToken())
                .bodyLimit(20 * OversizeRequests.MB)
                .check(8 * OversizeRequests.KB, 128 * OversizeRequests.KB);
        LOG.infof("gateway: %s", figures);
    }

    @Test
    void refusesAnAnnouncedOversizeBodyWithoutForwardingIt() throws Exception {
        // The echo stub has no limit: had the gateway forwarded the body, the stub would answer 200.
        OversizeRequests.Answer answer = OversizeRequests.against(base, "/api/echo/body").post(OversizeRequests.BODY);
        assertNull(answer.notProblem(413, 20 * OversizeRequests.MB));
    }

    @Test
    void streamsAChunkedDocumentUnderTheLimitToTheService() throws Exception {
        byte[] letter;
        try (InputStream in = getClass().getResourceAsStream("/seeds/004_cc102a77bccaaff9.txt")) {
            letter = in.readAllBytes();
        }
        OversizeRequests.Answer answer = OversizeRequests.against(base, "/api/assignments/imports")
                .token(editorToken())
                .postChunked(letter);
        LOG.infof("chunked import through the gateway: %s", answer);
        assertEquals(200, answer.status(), answer.toString());
    }
}
