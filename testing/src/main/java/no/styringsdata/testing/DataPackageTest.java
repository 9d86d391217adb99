package no.styringsdata.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The whole dataset in one download, {@code GET <api>/datapackage}: a valid Frictionless Data Package (see
 * {@link DataPackage#problems()}) whose every CSV has as many rows as its table and whose every foreign key is found;
 * its ETag is answered 304 and changes with an import. And every list that answers CSV can be taken whole
 * ({@code whole=true}): as many rows as {@code X-Total-Count}, the page's header, the rows of its pages put together.
 * Each service's test extends it with its seeds and lists.
 */
public abstract class DataPackageTest {

    private static final Logger LOG = Logger.getLogger(DataPackageTest.class);
    /** The largest page a list gives. */
    private static final int MAX_SIZE = 1000;

    @Inject
    protected DataSource dataSource;

    /** Makes the database hold the service's seeds (imported through the API). */
    protected abstract void seed();

    /** The lists that answer CSV, e.g. {@code /api/budget/amounts?year=2026}: each, and in another order or filtered. */
    protected abstract List<String> csvLists();

    /** The tables that keep their rows when the data are emptied (rows the schema itself provides). */
    protected String[] keptTables() {
        return new String[0];
    }

    /** The package's profile: a Tabular Data Package, unless the service describes more. */
    protected String profile() {
        return "tabular-data-package";
    }

    protected static String path() {
        return ServiceUnderTest.api() + "/datapackage";
    }

    /** Downloads the package, checking the headers every download has. */
    protected static ExtractableResponse<Response> download() {
        return given().when().get(path()).then().statusCode(200)
                .contentType("application/zip")
                .header("Content-Disposition", matchesPattern("^attachment; filename=\"[a-z0-9-]+\\.zip\"$"))
                .header("ETag", matchesPattern("^\"[A-Za-z0-9_-]{22}\"$"))
                .extract();
    }

    @Test
    void thePackageHoldsEveryTableWholeWithItsKeys() throws SQLException {
        seed();
        long started = System.nanoTime();
        byte[] zip = download().asByteArray();
        long millis = (System.nanoTime() - started) / 1_000_000;
        DataPackage dataPackage = DataPackage.read(zip);

        assertEquals(List.of(), dataPackage.problems());
        assertEquals(profile(), dataPackage.descriptor().path("profile").asText());
        assertEquals("NLOD-2.0", dataPackage.descriptor().path("licenses").get(0).path("name").asText());
        assertTrue(dataPackage.descriptor().path("sources").size() > 0, "the imported documents are the sources");
        long rows = 0;
        for (String resource : dataPackage.resources()) {
            long inTable = count(resource);
            assertEquals(inTable, dataPackage.rows(resource).size() - 1, resource + ": rows");
            rows += inTable;
        }
        assertTrue(rows > 0, "seeded");
        assertTrue(dataPackage.resources().stream().anyMatch(r -> dataPackage.resource(r).path("schema")
                .has("foreignKeys")), "the tables refer to each other");
        assertTrue(dataPackage.resources().stream().allMatch(r -> dataPackage.resource(r).path("schema")
                .path("fields").findValues("description").size() > 0), "described from the columns' comments");
        LOG.infof("data package of %s: %d bytes zipped (%d unzipped), %d tables, %d rows, in %d ms over HTTP",
                ServiceUnderTest.name(), zip.length, dataPackage.files().values().stream().mapToLong(f -> f.length).sum(),
                dataPackage.resources().size(), rows, millis);
    }

    @Test
    void itsETagIsAnswered304AndAnImportChangesIt() {
        seed();
        ExtractableResponse<Response> first = download();
        String etag = first.header("ETag");
        given().header("If-None-Match", etag).when().get(path())
                .then().statusCode(304).header("ETag", etag).body(emptyString());
        ExtractableResponse<Response> again = download();
        assertEquals(etag, again.header("ETag"));
        assertTrue(Arrays.equals(first.asByteArray(), again.asByteArray()), "the same tag, the same bytes");

        ContentChecksum.truncateAll(dataSource, keptTables());
        String emptied = download().header("ETag");
        seed();
        ExtractableResponse<Response> imported = download();
        assertNotEquals(emptied, imported.header("ETag"), "an import changes the ETag");
        assertNotEquals(DataPackage.read(first.asByteArray()).descriptor().path("version"),
                DataPackage.read(imported.asByteArray()).descriptor().path("version"));
        given().header("If-None-Match", etag).when().get(path()).then().statusCode(200);
    }

    @Test
    void everyCsvListCanBeTakenWhole() {
        seed();
        for (String list : csvLists()) {
            String separator = list.contains("?") ? "&" : "?";
            ExtractableResponse<Response> whole = given().when().get(list + separator + "format=csv&whole=true")
                    .then().statusCode(200).contentType(containsString("text/csv")).extract();
            List<List<String>> rows = DataPackage.csv(whole.asString());
            long total = Long.parseLong(whole.header("X-Total-Count"));
            assertEquals(total, rows.size() - 1, list + ": every row");
            assertTrue(total > 1, list + ": a list of more than a page of one");
            List<List<String>> page = DataPackage.csv(given().when().get(list + separator + "format=csv&size=1")
                    .then().statusCode(200).extract().asString());
            assertEquals(page.get(0), rows.get(0), list + ": the page's header");
            assertEquals(page.get(1), rows.get(1), list + ": the first row as the first page's");
            given().when().get(list + separator + "whole=true").then().statusCode(400)
                    .body("violations[0].field", equalTo("whole"));
            LOG.infof("%s whole as CSV: %d rows, %d bytes", list, total, whole.asByteArray().length);
        }
    }

    @Test
    void everyWholeListIsItsPagesPutTogether() {
        seed();
        for (String list : csvLists()) {
            String separator = list.contains("?") ? "&" : "?";
            long started = System.nanoTime();
            ExtractableResponse<Response> whole = given().when().get(list + separator + "format=csv&whole=true")
                    .then().statusCode(200).header("Link", (String) null).extract();
            long millis = (System.nanoTime() - started) / 1_000_000;
            List<List<String>> rows = DataPackage.csv(whole.asString());
            long total = Long.parseLong(whole.header("X-Total-Count"));
            int size = (int) Math.min(MAX_SIZE, Math.max(1, (total + 3) / 4));
            List<List<String>> pages = new ArrayList<>(List.of(rows.get(0)));
            for (int page = 1; (page - 1L) * size < total; page++) {
                ExtractableResponse<Response> answer = given().when()
                        .get(list + separator + "format=csv&size=" + size + "&page=" + page).then().statusCode(200)
                        .header("X-Total-Count", String.valueOf(total)).extract();
                List<List<String>> pageRows = DataPackage.csv(answer.asString());
                assertEquals(rows.get(0), pageRows.get(0), list + ": page " + page + "'s header");
                pages.addAll(pageRows.subList(1, pageRows.size()));
            }
            assertTrue(pages.size() > size + 1, list + ": more than one page");
            assertEquals(pages, rows, list + ": the whole list, row by row, as its pages of " + size);
            LOG.infof("%s whole as CSV: %d rows, %d bytes in %d ms; as pages of %d the same", list, total,
                    whole.asByteArray().length, millis, size);
        }
    }

    private long count(String table) throws SQLException {
        try (Connection db = dataSource.getConnection(); Statement query = db.createStatement();
                ResultSet count = query.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
            count.next();
            return count.getLong(1);
        }
    }
}
