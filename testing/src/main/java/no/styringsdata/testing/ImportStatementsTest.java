package no.styringsdata.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import no.styringsdata.localpg.DevTokens;
import no.styringsdata.testing.documents.SeedTexts;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * An import reads what is stored in a few queries, not one or more per row (N+1): a document cut to about half its
 * rows (or fewer, where its rows are not spread evenly) and the whole document (of the same identity, so the second import adds the other half) take as many reads,
 * and so do their re-imports, which change nothing. Reads are the SQL statements Hibernate prepares for queries and
 * for entity and collection fetches, from its statistics on {@code /q/metrics} (the service's test profile sets
 * {@code quarkus.hibernate-orm.metrics.enabled}). Each service's test extends it with its documents.
 */
public abstract class ImportStatementsTest {

    private static final Logger LOG = Logger.getLogger(ImportStatementsTest.class);
    /** Reads an import may take beyond the other's: lookups of distinct documents and agencies, not of rows. */
    private static final double SLACK = 3;
    /** Rows the whole has beyond the half at least: a query per row would be ten times the slack. */
    private static final int MORE_ROWS = 30;

    /** A document, cut to about half its rows: before the middle one of the lines {@code row} matches, and whole. */
    record Halves(String label, String half, String whole) {

        static Halves of(String seed, Pattern row) {
            String text = SeedTexts.read(seed);
            List<Integer> rows = Pattern.compile("(?m)^(?=" + row.pattern() + ")").matcher(text).results()
                    .map(MatchResult::start).toList();
            if (rows.size() < 4) {
                throw new IllegalArgumentException(seed + ": too few lines match " + row + ": " + rows.size());
            }
            return new Halves(seed, text.substring(0, rows.get(rows.size() / 2)), text);
        }
    }

    private final Map<String, Pattern> rowsBySeed;

    /** Each seed (a {@link SeedTexts} name) with the pattern of the lines that begin its rows, in document order. */
    protected ImportStatementsTest(Map<String, String> rowsBySeed) {
        this.rowsBySeed = new TreeMap<>();
        rowsBySeed.forEach((seed, row) -> this.rowsBySeed.put(seed, Pattern.compile(row)));
    }

    private final Config config = ConfigProvider.getConfig();
    private final String imports = config.getValue("quarkus.rest.path", String.class) + "/imports";
    private final String token = DevTokens.fromClasspath().token("import-statements-test", Duration.ofHours(1),
            Set.of(config.getValue("mp.jwt.verify.audiences", String.class)),
            config.getValue("styringsdata.editor-role", String.class));

    @Test
    void theReadsOfAnImportDoNotGrowWithItsRows() {
        for (Map.Entry<String, Pattern> seed : rowsBySeed.entrySet()) {
            Halves document = Halves.of(seed.getKey(), seed.getValue());
            Measured half = importMeasured(document.half());
            Measured halfAgain = importMeasured(document.half());
            Measured whole = importMeasured(document.whole());
            Measured wholeAgain = importMeasured(document.whole());
            LOG.infof("%s: half %s; again %s; whole %s; again %s", document.label(), half, halfAgain, whole,
                    wholeAgain);
            assertTrue(half.reads() > 0 && half.statements() > 0, () -> "Hibernate's statistics count: " + half);
            assertTrue(whole.rows() - half.rows() >= MORE_ROWS, () -> document.label() + ": the whole has at least "
                    + MORE_ROWS + " rows more than the half: " + half + " / " + whole);
            assertTrue(whole.reads() <= half.reads() + SLACK, () -> document.label() + ": importing twice the rows "
                    + "takes no more reads: " + half + " / " + whole);
            assertTrue(wholeAgain.reads() <= halfAgain.reads() + SLACK, () -> document.label() + ": re-importing "
                    + "twice the rows takes no more reads: " + halfAgain + " / " + wholeAgain);
            assertTrue(wholeAgain.statements() <= halfAgain.statements() + SLACK, () -> document.label()
                    + ": a re-import, which writes nothing, takes no more statements for twice the rows: "
                    + halfAgain + " / " + wholeAgain);
        }
    }

    /** What one import read and how many statements it took. */
    private record Measured(long rows, long reads, long statements, boolean changed) {

        @Override
        public String toString() {
            return String.format("%d rows, %d reads, %d statements%s", rows, reads, statements,
                    changed ? "" : " (unchanged)");
        }
    }

    private Measured importMeasured(String text) {
        long[] before = counts();
        JsonPath report = given().auth().oauth2(token).contentType("text/plain; charset=UTF-8").body(text).when().post(imports).then().statusCode(200).extract().jsonPath();
        long[] after = counts();
        long rows = report.<Map<String, Integer>>getList("sections.found").stream()
                .flatMap(found -> found.entrySet().stream()).filter(found -> !found.getKey().equals("tables"))
                .mapToLong(Map.Entry::getValue).sum();
        return new Measured(rows, after[0] - before[0], after[1] - before[1], report.getBoolean("changed"));
    }

    /**
     * Reads and statements so far, from the statistics of the service's Hibernate (this JVM's), by name: this module
     * does not depend on Hibernate.
     */
    private static long[] counts() {
        try {
            Class<?> statistics = Class.forName("org.hibernate.stat.Statistics");
            Object sessionFactory = CDI.current().select(Class.forName("org.hibernate.SessionFactory")).get();
            Object stats = sessionFactory.getClass().getMethod("getStatistics").invoke(sessionFactory);
            long reads = 0;
            for (String count : List.of("getQueryExecutionCount", "getEntityFetchCount", "getCollectionFetchCount")) {
                reads += (long) statistics.getMethod(count).invoke(stats);
            }
            return new long[] {reads, (long) statistics.getMethod("getPrepareStatementCount").invoke(stats)};
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Hibernate's statistics cannot be read", e);
        }
    }
}
