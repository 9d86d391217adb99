package no.styringsdata.budget.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import no.styringsdata.testing.Tokens;
import no.styringsdata.testing.postgres.PostgresTestResource;
import no.styringsdata.testing.postgres.Sql;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * amount_sum, the sums the aggregations read (V21__amount_sums.sql), equals the sums over amount, post and
 * chapter after every kind of write: imports, PUTs of amounts, a chapter moved to another programme category,
 * amounts deleted and updated in bulk (as psql would).
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class AmountSumTest {

    private static final Logger LOG = Logger.getLogger(AmountSumTest.class);

    /** The sums computed from the amounts, by amount_sum's key. */
    static final String COMPUTED = "SELECT a.year, a.stage, a.agency_id, c.category_code, c.ministry_code, "
            + "c.number >= 3000, p.number, sum(a.amount_nok), count(*) FROM amount a JOIN post p ON p.id = a.post_id "
            + "JOIN chapter c ON c.number = p.chapter_number GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7";
    static final String KEPT = "SELECT year, stage, agency_id, category_code, ministry_code, revenue, post_number, "
            + "amount_nok, amounts FROM amount_sum ORDER BY 1, 2, 3, 4, 5, 6, 7";

    @Inject
    DataSource dataSource;

    @Test
    void theKeptSumsAreTheSumsOfTheAmountsAfterEveryWrite() throws SQLException {
        SeedDocuments.importAll();
        assertKeptSumsComputed("the seed documents imported");
        List<String> categories;
        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement()) {
            categories = Sql.rows(sql, "SELECT code FROM program_category ORDER BY code LIMIT 2");
        }
        assertEquals(2, categories.size(), "the seeds' programme categories");

        put("/api/budget/chapters/2983", "{\"name\":\"Summer\",\"categoryCode\":\"" + categories.get(0) + "\"}");
        put("/api/budget/chapters/2983/posts/01", "{\"name\":\"Drift\"}");
        put("/api/budget/chapters/2983/posts/01/amounts/2026/forslag", "{\"amountNok\":700}");
        put("/api/budget/chapters/2983/posts/01/amounts/2026/forslag", "{\"amountNok\":900}");
        put("/api/budget/chapters/2983/posts/01/amounts/2025/saldert", "{\"amountNok\":0}");
        assertKeptSumsComputed("amounts put");

        // the chapter moves to another programme category: its sums move with it
        put("/api/budget/chapters/2983", "{\"name\":\"Summer\",\"categoryCode\":\"" + categories.get(1) + "\"}");
        assertKeptSumsComputed("a chapter moved");

        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement()) {
            sql.executeUpdate("UPDATE amount SET amount_nok = amount_nok * 2 WHERE year = 2026");
            assertKeptSumsComputed("amounts updated in bulk");
            sql.executeUpdate("DELETE FROM amount WHERE post_id IN (SELECT id FROM post WHERE chapter_number = 2983)");
            assertFalse(Sql.rows(sql, KEPT).isEmpty());
            assertKeptSumsComputed("a chapter's amounts deleted");
            sql.executeUpdate("DELETE FROM amount WHERE stage = 'forslag'");
            assertKeptSumsComputed("a stage's amounts deleted");
        }
        // the import puts back what the deletes removed
        SeedDocuments.importAll();
        assertKeptSumsComputed("the seeds imported again");
    }

    private void assertKeptSumsComputed(String after) throws SQLException {
        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement()) {
            assertKeptSumsComputed(sql, after);
        }
    }

    static void assertKeptSumsComputed(Statement sql, String after) throws SQLException {
        List<String> computed = Sql.rows(sql, COMPUTED);
        LOG.infof("%s: %d groups of amounts", after, computed.size());
        assertEquals(computed, Sql.rows(sql, KEPT), after);
        assertNotEquals(List.of(), computed, after);
    }

    private static void put(String path, String json) {
        given().auth().oauth2(Tokens.EDITOR).contentType("application/json").body(json)
                .when().put(path).then().statusCode(anyOf(is(200), is(201)));
    }
}
