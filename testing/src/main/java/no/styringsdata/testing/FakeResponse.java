package no.styringsdata.testing;

import io.restassured.builder.ResponseBuilder;
import io.restassured.filter.Filter;

/** For the tests that prove the validation can fail: a filter that answers in the service's place. */
public final class FakeResponse {

    private FakeResponse() {
    }

    /** Answers every request with this status, content type and body, without calling the service. */
    public static Filter of(int status, String contentType, String body) {
        return (request, response, context) -> new ResponseBuilder()
                .setStatusCode(status)
                .setContentType(contentType)
                .setBody(body)
                .build();
    }
}
