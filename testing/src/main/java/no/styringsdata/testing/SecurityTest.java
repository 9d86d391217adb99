package no.styringsdata.testing;

import static io.restassured.RestAssured.given;
import static no.styringsdata.testing.Requests.PROBLEM;

import io.restassured.response.ValidatableResponse;
import no.styringsdata.testing.documents.SeedTexts;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * What every service's security promises: a write needs a token (401) with the service's editor role (403),
 * and writes nothing without; an import needs a token; the audit log is for editors only. Each service's
 * {@code SecurityTest} extends it with one of its writes and how to see that it was not carried out; the API
 * prefix comes from the service's configuration.
 */
public abstract class SecurityTest {

    private final String api = ConfigProvider.getConfig().getValue("quarkus.rest.path", String.class);

    /** One of the service's writes, sent with this bearer token (none if null). */
    protected abstract ValidatableResponse write(String bearerToken);

    /** Asserts that {@link #write} was not carried out. */
    protected abstract void assertNotWritten();

    @Test
    void aWriteWithoutATokenIs401AndWritesNothing() {
        write(null).statusCode(401).contentType(PROBLEM);
        assertNotWritten();
    }

    @Test
    void aWriteWithAnotherRoleIs403AndWritesNothing() {
        write(Tokens.OTHER_ROLE).statusCode(403).contentType(PROBLEM);
        assertNotWritten();
    }

    @Test
    void anImportWithoutATokenIs401() {
        given().contentType("text/plain").body(SeedTexts.read(SeedTexts.SUPPLEMENTARY_LETTER))
                .when().post(api + "/imports")
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void theAuditLogIsForEditorsOnly() {
        given().when().get(api + "/audit").then().statusCode(401);
        given().auth().oauth2(Tokens.OTHER_ROLE).when().get(api + "/audit").then().statusCode(403);
    }
}
