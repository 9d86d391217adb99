package no.styringsdata.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import no.styringsdata.testing.postgres.CountedStatements;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * One SQL statement per detail read: each read a service's test names is sent once to warm up, then once more
 * while PostgreSQL counts what the service sends it ({@code pg_stat_statements}). Run with
 * {@link no.styringsdata.testing.postgres.StatementCountingPostgresTestResource}.
 */
public abstract class StatementsPerReadTest {

    private static final Logger LOG = Logger.getLogger(StatementsPerReadTest.class);

    /** Injected by the test resource. */
    protected CountedStatements statements;

    /** Fills the database so that the reads find what they read (imports the seed documents, say). */
    protected abstract void seed();

    /** The detail reads (paths under the API prefix of RestAssured's base path), each to answer 200 in one statement. */
    protected abstract List<String> detailReads();

    @Test
    void eachDetailReadIsOneStatement() {
        seed();
        for (String read : detailReads()) {
            given().when().get(read).then().statusCode(200);
            statements.reset();
            given().when().get(read).then().statusCode(200);
            List<String> sent = statements.since();
            LOG.infof("GET %s: %d statements%n%s", read, sent.size(), String.join("\n", sent));
            assertEquals(1, sent.size(), "GET " + read + " sent " + sent);
        }
    }

    /**
     * Asked again with its ETag, a read is still one statement: a record's version is never answered 304 (it does
     * not cover the rest of the answer), an answer's representation tag is.
     */
    @Test
    void aConditionalReadIsOneStatementToo() {
        seed();
        for (String read : detailReads()) {
            String etag = given().when().get(read).then().statusCode(200).extract().header("ETag");
            statements.reset();
            int status = given().header("If-None-Match", etag).when().get(read).then()
                    .header("ETag", etag).extract().statusCode();
            assertEquals(etag.matches("\"\\d+\"") ? 200 : 304, status, "GET " + read + " with If-None-Match " + etag);
            List<String> sent = statements.since();
            assertEquals(1, sent.size(), "GET " + read + " with If-None-Match sent " + sent);
        }
    }
}
