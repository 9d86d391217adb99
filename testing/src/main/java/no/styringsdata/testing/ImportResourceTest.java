package no.styringsdata.testing;

import static io.restassured.RestAssured.given;
import static no.styringsdata.testing.Requests.PROBLEM;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import no.styringsdata.testing.documents.SeedTexts;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * What every service's import endpoint refuses: a blank body (400 naming the body), and text that is none of
 * its documents (422 unreadable-document, no Java names in the detail, no table changed), nor the other
 * services' documents (422, no table changed). Each service's
 * {@code ImportResourceTest} extends it with text that looks like its documents at a glance and its seeding;
 * the API prefix comes from the service's configuration.
 */
public abstract class ImportResourceTest {

    private final String imports = ConfigProvider.getConfig().getValue("quarkus.rest.path", String.class)
            + "/imports";
    private final String garbage;
    private final Runnable seed;
    private final List<String> othersDocuments;

    @Inject
    protected DataSource dataSource;

    /** Text that looks like the service's documents at a glance; its seeding; seeds that are other services'. */
    protected ImportResourceTest(String garbage, Runnable seed, String... othersDocuments) {
        this.garbage = garbage;
        this.seed = seed;
        this.othersDocuments = List.of(othersDocuments);
    }

    @ParameterizedTest
    @ValueSource(strings = {"   ", "  \n "})
    void rejectsABlankBody(String blank) {
        given().auth().oauth2(Tokens.EDITOR).contentType("text/plain").body(blank).when().post(imports)
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", is("body"));
    }

    @Test
    void rejectsGarbageAndWritesNothing() {
        seed.run();
        Map<String, String> before = content();
        given().auth().oauth2(Tokens.EDITOR).contentType("text/plain").body(garbage).when().post(imports)
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", containsString("unreadable-document"))
                .body("detail", not(containsString("Exception")));
        assertEquals(before, content());
    }

    @Test
    void rejectsTheOtherServicesDocumentsAndWritesNothing() {
        assumeFalse(othersDocuments.isEmpty(), "this service reads every seed document");
        seed.run();
        Map<String, String> before = content();
        for (String document : othersDocuments) {
            importing(SeedTexts.read(document)).statusCode(422).contentType(PROBLEM);
        }
        assertEquals(before, content());
    }

    /** Every table's digest but the audit log's. */
    private Map<String, String> content() {
        return new ContentChecksum(dataSource).skip("audit_log").tables();
    }

    /** Posts the text (UTF-8) with an editor's token and the query parameters given as name, value, name, value, …. */
    protected ValidatableResponse importing(String text, String... parameters) {
        var request = given().auth().oauth2(Tokens.EDITOR).contentType("text/plain; charset=UTF-8").body(text);
        for (int i = 0; i < parameters.length; i += 2) {
            request.queryParam(parameters[i], parameters[i + 1]);
        }
        return request.when().post(imports).then();
    }
}
