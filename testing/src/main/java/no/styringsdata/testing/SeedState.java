package no.styringsdata.testing;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.styringsdata.testing.documents.SeedTexts;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The state a service's API tests read: its seed documents imported through the API into an otherwise empty
 * database. A test that reads it calls {@link #ensure()} first; whatever other test classes or methods wrote
 * since, in whichever order they ran, is emptied away and the seeds are imported again. So no test depends on
 * which ran before it. Telling whether anything was written is cheap: a {@link DatabaseChecksum} (row counts and
 * newest row versions) against the one taken after the last import into that database.
 */
public final class SeedState {

    /** A seed document (a {@link SeedTexts} name) and the query parameters its import needs. */
    public record Seed(String name, Map<String, String> parameters) {

        public static Seed of(String name) {
            return new Seed(name, Map.of());
        }
    }

    /** The checksum right after the seeds were imported, by JDBC URL (test classes may have databases of their own). */
    private static final Map<String, String> SEEDED = new HashMap<>();

    private final List<Seed> seeds;
    private final String[] keptTables;

    /** The seeds in the order they are imported; the tables kept hold rows the schema itself provides. */
    public SeedState(List<Seed> seeds, String... keptTables) {
        this.seeds = List.copyOf(seeds);
        this.keptTables = keptTables.clone();
    }

    /** Makes the database hold exactly the seeds, unless it already does. */
    public void ensure() {
        synchronized (SEEDED) {
            Config config = ConfigProvider.getConfig();
            String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setUrl(url);
            dataSource.setUser(config.getValue("quarkus.datasource.username", String.class));
            dataSource.setPassword(config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
            DatabaseChecksum checksum = new DatabaseChecksum(dataSource);
            if (checksum.current().equals(SEEDED.get(url))) {
                return;
            }
            ContentChecksum.truncateAll(dataSource, keptTables);
            String imports = ServiceUnderTest.api() + "/imports";
            for (Seed seed : seeds) {
                given().auth().oauth2(Tokens.EDITOR).contentType("text/plain; charset=UTF-8")
                        .body(SeedTexts.read(seed.name())).queryParams(seed.parameters())
                        .when().post(imports)
                        .then().statusCode(200);
            }
            SEEDED.put(url, checksum.current());
        }
    }
}
