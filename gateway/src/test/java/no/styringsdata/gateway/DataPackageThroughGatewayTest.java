package no.styringsdata.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import no.styringsdata.testing.DataPackage;
import no.styringsdata.testing.documents.SeedTexts;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole budget as a data package through the gateway: the zip streams through the proxy whole (every entry's
 * CRC holds, the same bytes as the service gives directly), with its ETag, 304 and attachment header.
 */
@QuarkusTest
@WithTestResource(Backends.class)
@ExtendWith(OwnClientAddress.class)
class DataPackageThroughGatewayTest {

    private static final Logger LOG = Logger.getLogger(DataPackageThroughGatewayTest.class);
    private static final String PACKAGE = "/api/budget/datapackage";

    @Test
    void theBudgetsPackageStreamsWholeThroughTheGateway() {
        given().auth().oauth2(ConfigProvider.getConfig().getValue(Backends.EDITOR_TOKEN, String.class))
                .contentType("text/plain; charset=UTF-8").body(SeedTexts.read(SeedTexts.PROP1S))
                .post("/api/budget/imports").then().statusCode(anyOf(is(200), is(201)));

        long started = System.nanoTime();
        ExtractableResponse<Response> proxied = given().get(PACKAGE).then().statusCode(200)
                .contentType("application/zip")
                .header("Content-Disposition", "attachment; filename=\"styringsdata-budget.zip\"").extract();
        long millis = (System.nanoTime() - started) / 1_000_000;
        byte[] zip = proxied.asByteArray();
        DataPackage dataPackage = DataPackage.read(zip);
        assertEquals(List.of(), dataPackage.problems());
        assertTrue(dataPackage.rows("amount").size() > 1, "the imported amounts");

        int port = ConfigProvider.getConfig().getValue("gateway.routes.budget.port", Integer.class);
        byte[] direct = given().port(port).get(PACKAGE).then().statusCode(200).extract().asByteArray();
        assertArrayEquals(direct, zip, "the same bytes as from the service itself");

        String etag = proxied.header("ETag");
        given().header("If-None-Match", etag).get(PACKAGE).then().statusCode(304).header("ETag", etag)
                .body(emptyString());
        LOG.infof("the budget's data package through the gateway: %d bytes, %d amounts, in %d ms", zip.length,
                dataPackage.rows("amount").size() - 1, millis);
    }
}
