package no.styringsdata.budget.rest;

import static io.restassured.RestAssured.given;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import no.styringsdata.testing.ApiAnswers;
import no.styringsdata.testing.Tokens;
import no.styringsdata.testing.postgres.BackupPostgresTestResource;
import no.styringsdata.testing.postgres.EnabledIfPgDump;

/** Backup and restore of the budget database: see {@link no.styringsdata.testing.BackupRestoreTest}. */
@QuarkusTest
@EnabledIfPgDump
@WithTestResource(value = BackupPostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "budget"))
class BackupRestoreTest extends no.styringsdata.testing.BackupRestoreTest {

    @Inject
    @CacheName("aggregations")
    Cache aggregations;

    @Override
    protected void seed() {
        SeedDocuments.importAll();
    }

    /**
     * The aggregation cache is keyed by the data version, which the restore puts back as it was: empty it, as
     * restarting the service after a restore does, so that the answers come from the restored database.
     */
    @Override
    protected void afterRestore() {
        aggregations.invalidateAll().await().indefinitely();
    }

    @Override
    protected void writeAfterRestore() {
        given().auth().oauth2(Tokens.EDITOR).contentType("application/json").body("{\"name\":\"Etter gjenoppretting\"}")
                .put("/api/budget/chapters/2983").then().statusCode(201);
    }

    /** Every list page, details, aggregations, CSV, the audit log. */
    @Override
    protected List<String> reads() {
        return ApiAnswers.everyPageAnd("/api/budget/audit", List.of("/api/budget/chapters", "/api/budget/amounts"),
                "/api/budget/chapters?year=2026&stage=forslag", "/api/budget/chapters/740",
                "/api/budget/chapters/740/posts/01", "/api/budget/chapters/740/posts/01/amounts/2026/forslag",
                "/api/budget/amounts?chapter=740&post=01&year=2026&stage=forslag",
                "/api/budget/amounts?year=2026&stage=forslag&size=1000&format=csv", "/api/budget/allocations",
                "/api/budget/allocations?year=2025&format=csv", "/api/budget/categories",
                "/api/budget/aggregations/sums?groupBy=chapter&year=2026&stage=forslag",
                "/api/budget/aggregations/sums?groupBy=programCategory&year=2025&stage=saldert",
                "/api/budget/aggregations/comparison?groupBy=chapter&fromYear=2025&fromStage=saldert"
                        + "&toYear=2026&toStage=forslag",
                "/api/budget/ministries", "/api/budget/agencies");
    }
}
