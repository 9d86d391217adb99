package no.styringsdata.testing;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/** The requests the services' tests send again and again, written once. */
public final class Requests {

    /** The media type of every error (RFC 9457). */
    public static final String PROBLEM = "application/problem+json";

    private Requests() {
    }

    /** A request with a JSON body and the bearer token (none if null). */
    public static RequestSpecification json(String bearerToken, String body) {
        RequestSpecification request = given();
        if (bearerToken != null) {
            request = request.auth().oauth2(bearerToken);
        }
        return request.contentType("application/json").body(body);
    }

    /** A request with a JSON body and an editor's token. */
    public static RequestSpecification asEditor(String body) {
        return json(Tokens.EDITOR, body);
    }
}
