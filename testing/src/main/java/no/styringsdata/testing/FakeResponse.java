package no.styringsdata.testing;

import io.restassured.builder.ResponseBuilder;
import io.restassured.filter.Filter;

/** For the tests that prove the validation can fail: a filter that answers in the service's place. */
public final class FakeResponse {

    private FakeResponse() {
    }

    /**
     * Answers every request with this status, content type and body in place of the service's, keeping the
     * service's other headers (those every answer carries, such as a read's ETag and Cache-Control).
     */
    public static Filter of(int status, String contentType, String body) {
        return (request, response, context) -> new ResponseBuilder()
                .clone(context.next(request, response))
                .setStatusCode(status)
                .setContentType(contentType)
                .setBody(body)
                .build();
    }
}
