package no.styringsdata.indicator.rest;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import no.styringsdata.testing.postgres.StatementCountingPostgresTestResource;

/** The indicator's detail read, one statement with its read version: see the base class. */
@QuarkusTest
@WithTestResource(value = StatementCountingPostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "indicator"))
class StatementsPerReadTest extends no.styringsdata.testing.StatementsPerReadTest {

    @Override
    protected void seed() {
        SeedDocuments.importDocuments();
    }

    @Override
    protected List<String> detailReads() {
        return List.of("", "&document=arsrapport", "&kind=key_figure").stream()
                .map(filter -> "/api/indicators/" + given().when().get("/api/indicators?size=1" + filter)
                        .then().statusCode(200).extract().path("[0].id"))
                .toList();
    }
}
