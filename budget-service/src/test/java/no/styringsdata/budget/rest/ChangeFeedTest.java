package no.styringsdata.budget.rest;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.styringsdata.testing.ContentChecksum;
import no.styringsdata.testing.Tokens;
import no.styringsdata.testing.documents.SeedTexts;
import no.styringsdata.testing.postgres.PostgresTestResource;

/** The budget's change feed: see {@link no.styringsdata.testing.ChangeFeedTest}. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ChangeFeedTest extends no.styringsdata.testing.ChangeFeedTest {

    /** A kap./post key the supplementary letter gives money to or takes it from: 701.21, in a heading or a row. */
    private static final Pattern POST_KEY = Pattern.compile("\\b(\\d{3,4})\\.(\\d{2})\\b");

    /** Three of the four seeds: the supplementary letter is what the test imports. */
    @Override
    protected void seedBeforeImport() {
        ContentChecksum.truncateAll(dataSource, "data_version");
        for (String seed : List.of(SeedTexts.PROP1S, SeedTexts.ALLOCATION_LETTER, SeedTexts.ANNUAL_REPORT)) {
            post(seed);
        }
    }

    @Override
    protected void importChanges() {
        post(SeedTexts.SUPPLEMENTARY_LETTER);
    }

    /** The allocations of the letter's year of each kap./post the letter names. */
    @Override
    protected Set<String> changedByImport() {
        int year = LocalDate.parse(SeedDocuments.SUPPLEMENTARY_LETTER_DATE).getYear();
        return POST_KEY.matcher(SeedTexts.read(SeedTexts.SUPPLEMENTARY_LETTER)).results()
                .map(key -> resource("allocations", year + "/" + key.group(1) + "." + key.group(2)))
                .collect(Collectors.toSet());
    }

    @Override
    protected Write creation() {
        return new Write("INSERT INTO chapter (number, name) VALUES (2983, 'Endringsstrøm')", resource("chapter", "2983"));
    }

    @Override
    protected String removal() {
        return "DELETE FROM chapter WHERE number = 2983";
    }

    private static void post(String seed) {
        given().auth().oauth2(Tokens.EDITOR).contentType("text/plain; charset=UTF-8").body(SeedTexts.read(seed))
                .queryParams(SeedDocuments.dateOf(seed)).post("/api/budget/imports").then().statusCode(200);
    }
}
