package no.styringsdata.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import no.styringsdata.localpg.DevTokens;
import no.styringsdata.testing.ContentChecksum;
import no.styringsdata.testing.documents.SeedTexts;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Imports do not depend on the order of arrival: the documents a service reads, imported in every order,
 * each into an emptied database, end in one and the same state (a content checksum by natural keys); and
 * fifty imports of the allocation letter at once end as one import does. Each service's test extends it
 * (a {@code @QuarkusTest} with a database of its own) with its documents and how its tables are compared;
 * the API prefix, editor role and audience come from the service's configuration.
 */
public abstract class ImportOrderTest {

    private static final Logger LOG = Logger.getLogger(ImportOrderTest.class);
    private static final int CLIENTS = 50;

    @Inject
    protected DataSource dataSource;

    private final Config config = ConfigProvider.getConfig();
    private final String imports = config.getValue("quarkus.rest.path", String.class) + "/imports";
    private final String token = DevTokens.fromClasspath().token("import-order-test", Duration.ofHours(2),
            Set.of(config.getValue("mp.jwt.verify.audiences", String.class)),
            config.getValue("styringsdata.editor-role", String.class));

    /** The seeds (SeedTexts names) imported in every order. */
    protected abstract List<String> documents();

    /** The service's tables by content: surrogate keys, versions and moments of writing left out. */
    protected abstract ContentChecksum checksum(DataSource dataSource);

    /** Tables the emptying between orders keeps (rows the schema itself provides). */
    protected String[] keptTables() {
        return new String[0];
    }

    /** Query parameters an import of this seed needs (what its text does not say). */
    protected Map<String, String> importParameters(String seed) {
        return Map.of();
    }

    @Test
    void everyOrderOfTheDocumentsEndsInTheSameState() {
        Map<String, List<List<String>>> states = ImportOrders.run(documents(), this::emptyDatabase, this::importSeed,
                () -> checksum(dataSource).current());
        assertEquals(1, states.size(), () -> "end states by order: " + states);
    }

    @Test
    void concurrentImportsOfOneDocumentEndAsOneImport() {
        emptyDatabase();
        importSeed(SeedTexts.ALLOCATION_LETTER);
        String once = checksum(dataSource).current();
        emptyDatabase();
        ConcurrentImports.race(imports + " allocation letter", CLIENTS, imports, token,
                SeedTexts.read(SeedTexts.ALLOCATION_LETTER));
        String concurrently = checksum(dataSource).current();
        LOG.infof("content checksum after one import %s, after %d at once %s", once, CLIENTS, concurrently);
        assertEquals(once, concurrently);
    }

    private void importSeed(String seed) {
        given().auth().oauth2(token).contentType("text/plain; charset=UTF-8").body(SeedTexts.read(seed))
                .queryParams(importParameters(seed))
                .when().post(imports)
                .then().statusCode(200);
    }

    private void emptyDatabase() {
        ContentChecksum.truncateAll(dataSource, keptTables());
    }
}
