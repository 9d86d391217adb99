package no.styringsdata.gateway;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import no.styringsdata.testing.documents.SeedTexts;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Every service's seed documents imported, once per test run (importing one again changes nothing): budget the
 * four, assignments the two letters, indicators the letter and the report. Sent to each service itself, not
 * through the gateway, whose write timeout in its tests (3 s) is shorter than the import of Prop. 1 S.
 */
final class AllSeeds {

    private static final Logger LOG = Logger.getLogger(AllSeeds.class);
    private static final Map<String, List<String>> SEEDS = Map.of(
            "budget", List.of(SeedTexts.PROP1S, SeedTexts.ALLOCATION_LETTER, SeedTexts.SUPPLEMENTARY_LETTER,
                    SeedTexts.ANNUAL_REPORT),
            "assignments", List.of(SeedTexts.ALLOCATION_LETTER, SeedTexts.SUPPLEMENTARY_LETTER),
            "indicators", List.of(SeedTexts.ALLOCATION_LETTER, SeedTexts.ANNUAL_REPORT));
    private static boolean imported;

    private AllSeeds() {
    }

    static synchronized void imported() {
        if (imported) {
            return;
        }
        String editor = ConfigProvider.getConfig().getValue(Backends.EDITOR_TOKEN, String.class);
        SEEDS.forEach((route, seeds) -> {
            int port = ConfigProvider.getConfig().getValue("gateway.routes." + route + ".port", Integer.class);
            for (String seed : seeds) {
                long started = System.nanoTime();
                given().port(port).auth().oauth2(editor).contentType("text/plain; charset=UTF-8")
                        .body(SeedTexts.read(seed)).post("/api/" + route + "/imports").then().statusCode(200);
                LOG.infof("%s imported %s in %d ms", route, seed, (System.nanoTime() - started) / 1_000_000);
            }
        });
        imported = true;
    }
}
