package no.styringsdata.budget.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import no.styringsdata.budget.domain.ChapterKind;
import no.styringsdata.budget.domain.PostKind;
import no.styringsdata.testing.postgres.PostgresTestResource;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The budget as a cube: sums by several dimensions at once, and amounts and cubes as JSON-stat datasets. Every
 * expected figure is summed here from the {@code /amounts} list (all its pages), never written down.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class CubeTest {

    private static final Logger LOG = Logger.getLogger(CubeTest.class);
    private static final String CUBE = "/api/budget/aggregations/cube";

    @BeforeEach
    void seeded() {
        SeedDocuments.importAll();
    }

    /** Each dimension the sums have: a cube of it alone is the sums, key by key. */
    @ParameterizedTest
    @CsvSource({"programCategory, expenditure, 2026, forslag", "chapter, expenditure, 2026, forslag",
            "chapter, revenue, 2025, saldert", "postKind, expenditure, 2026, forslag",
            "postKind, revenue, 2026, forslag", "ministry, expenditure, 2024, regnskap",
            "agency, expenditure, 2024, regnskap"})
    void aCubeOfOneDimensionIsTheSums(String dimension, String kind, int year, String stage) {
        Map<String, Object> params = Map.of("groupBy", dimension, "kind", kind, "year", year, "stage", stage);
        List<Map<String, Object>> sums = given().queryParams(params).when().get("/api/budget/aggregations/sums")
                .then().statusCode(200).extract().path("");
        Map<String, Long> expected = new TreeMap<>();
        sums.forEach(sum -> expected.put(String.valueOf(sum.get("key")), nok(sum.get("amountNok"))));
        assertFalse(expected.isEmpty(), "the sums of " + params);
        assertEquals(expected, cube(params, dimension), "by " + dimension);
    }

    /** Several dimensions at once: each cell is the sum of the state budget's amounts that fall in it. */
    @Test
    void theCellsOfACubeAreTheSumsOfTheAmounts() {
        List<Map<String, Object>> state = amounts(Map.of("agency", "state"));
        assertThat(state.size(), greaterThan(100));
        Predicate<Map<String, Object>> expenditure = a -> ChapterKind.of(chapter(a)) == ChapterKind.EXPENDITURE;
        assertEquals(expected(state, expenditure, a -> chapter(a) + "|" + a.get("year") + "|" + a.get("stage")),
                cube(Map.of("groupBy", List.of("chapter", "year", "stage")), "chapter", "year", "stage"));
        Predicate<Map<String, Object>> revenue2026 = a -> ChapterKind.of(chapter(a)) == ChapterKind.REVENUE
                && year(a) == 2026;
        assertEquals(expected(state, revenue2026, a -> a.get("ministry") + "|" + postKind(a) + "|" + a.get("stage")),
                cube(Map.of("groupBy", List.of("ministry", "postKind", "stage"), "kind", "revenue", "year", 2026),
                        "ministry", "postKind", "stage"));
    }

    /** A cube of two dimensions, summed over either, is the cube of the other. */
    @Test
    void twoDimensionsAddUpToEachOne() {
        Map<String, Long> yearAndStage = cube(Map.of("groupBy", List.of("year", "stage")), "year", "stage");
        Map<String, Long> byYear = new TreeMap<>();
        Map<String, Long> byStage = new TreeMap<>();
        yearAndStage.forEach((key, nok) -> {
            byYear.merge(key.split("\\|")[0], nok, Long::sum);
            byStage.merge(key.split("\\|")[1], nok, Long::sum);
        });
        assertThat(byYear.size(), greaterThan(1));
        assertEquals(byYear, cube(Map.of("groupBy", "year"), "year"));
        assertEquals(byStage, cube(Map.of("groupBy", "stage"), "stage"));

        Map<String, Long> categoryAndChapter = cube(Map.of("groupBy", List.of("programCategory", "chapter"), "year", 2026,
                "stage", "forslag"), "programCategory", "chapter");
        Map<String, Long> byCategory = new TreeMap<>();
        categoryAndChapter.forEach((key, nok) -> byCategory.merge(key.split("\\|")[0], nok, Long::sum));
        assertEquals(byCategory, cube(Map.of("groupBy", "programCategory", "year", 2026, "stage", "forslag"),
                "programCategory"));
    }

    /** Each filter keeps exactly the amounts it names. */
    @Test
    void eachFilterNarrowsToItsAmounts() {
        List<Map<String, Object>> state = amounts(Map.of("agency", "state"));
        Map<Integer, String> categories = new HashMap<>();
        List<Map<String, Object>> chapters = given().queryParam("size", 1000).when().get("/api/budget/chapters")
                .then().statusCode(200).extract().path("");
        chapters.forEach(c -> categories.put((Integer) c.get("number"), (String) c.get("categoryCode")));
        Map<String, String> areas = new HashMap<>();
        List<Map<String, Object>> categoryList = given().when().get("/api/budget/categories").then().statusCode(200)
                .extract().path("");
        categoryList.forEach(c -> areas.put((String) c.get("code"), (String) c.get("areaCode")));
        Function<Map<String, Object>, String> yearStage = a -> a.get("year") + "|" + a.get("stage");
        Predicate<Map<String, Object>> expenditure = a -> ChapterKind.of(chapter(a)) == ChapterKind.EXPENDITURE;

        assertFiltered(Map.of("chapter", 740), state, a -> chapter(a) == 740, yearStage);
        assertFiltered(Map.of("programCategory", "10.40"), state,
                expenditure.and(a -> "10.40".equals(categories.get(chapter(a)))), yearStage);
        assertFiltered(Map.of("programArea", "10"), state,
                expenditure.and(a -> "10".equals(areas.get(categories.get(chapter(a))))), yearStage);
        assertFiltered(Map.of("postKind", "operating"), state,
                expenditure.and(a -> postKind(a).equals("operating")), yearStage);
        assertFiltered(Map.of("year", 2025, "stage", "saldert"), state,
                expenditure.and(a -> year(a) == 2025 && "saldert".equals(a.get("stage"))), yearStage);
        assertFiltered(Map.of("ministry", "HOD"), state, expenditure.and(a -> "HOD".equals(a.get("ministry"))),
                yearStage);
    }

    /**
     * Without an agency the state budget's own figures; with one, or by agency, the agencies' own figures alone,
     * never added to the state's.
     */
    @Test
    void theScopeIsTheSumsScope() {
        List<Map<String, Object>> all = amounts(Map.of());
        Predicate<Map<String, Object>> expenditure = a -> ChapterKind.of(chapter(a)) == ChapterKind.EXPENDITURE;
        Predicate<Map<String, Object>> ofAgency = a -> a.get("agency") != null;
        assertTrue(all.stream().anyMatch(ofAgency), "the annual report gives the agency's own figures");
        Function<Map<String, Object>, String> yearStage = a -> a.get("year") + "|" + a.get("stage");

        assertEquals(expected(all, expenditure.and(ofAgency.negate()), yearStage),
                cube(Map.of("groupBy", List.of("year", "stage")), "year", "stage"));
        assertEquals(expected(all, expenditure.and(a -> "helsedirektoratet".equals(a.get("agency"))), yearStage),
                cube(Map.of("groupBy", List.of("year", "stage"), "agency", "Helsedirektoratet"), "year", "stage"));
        assertEquals(expected(all, expenditure.and(ofAgency), a -> a.get("agency") + "|" + a.get("year")),
                cube(Map.of("groupBy", List.of("agency", "year")), "agency", "year"));
        assertEquals(Map.of(), cube(Map.of("groupBy", "chapter", "ministry", "KD"), "chapter"),
                "no chapter of the seeds is KD's");
    }

    /** All the amounts the filters select, as JSON-stat: a valid dataset, each amount in its cell. */
    @ParameterizedTest
    @CsvSource({"chapter, 740", "year, 2026", "agency, helsedirektoratet", "ministry, HOD"})
    void amountsAsJsonStatAreTheList(String parameter, String value) {
        Map<String, Object> filter = Map.of(parameter, value);
        List<Map<String, Object>> rows = amounts(filter);
        String body = given().queryParams(filter).accept("application/json+stat").when().get("/api/budget/amounts")
                .then().statusCode(200).contentType(startsWith("application/json+stat")).extract().asString();
        assertEquals(body, given().queryParams(filter).queryParam("format", "jsonstat").when().get("/api/budget/amounts")
                .then().statusCode(200).contentType(startsWith("application/json+stat")).extract().asString());
        JsonPath dataset = JsonPath.from(body);
        Dataset cube = Dataset.valid(dataset);
        assertEquals(List.of("chapter", "post", "year", "stage", "agency", "measure"), cube.ids);
        assertEquals(List.of("year"), dataset.getList("role.time"));
        assertEquals(List.of("measure"), dataset.getList("role.metric"));
        assertEquals("NOK", dataset.getString("dimension.measure.category.unit.amountNok.label"));
        assertEquals(0, dataset.getInt("dimension.measure.category.unit.amountNok.decimals"));
        if (rows.stream().anyMatch(row -> chapter(row) == 740 && "01".equals(row.get("post")))) {
            assertEquals("Helsedirektoratet", dataset.getString("dimension.chapter.category.label.'740'"));
            assertEquals("Driftsutgifter", dataset.getString("extension.postNames.'740.01'"));
        }
        assertThat(dataset.getList("extension.sources").size(), greaterThan(0));
        for (Map<String, Object> row : rows) {
            String agency = row.get("agency") == null ? "state" : (String) row.get("agency");
            assertEquals(nok(row.get("amountNok")), cube.value(String.valueOf(chapter(row)), (String) row.get("post"),
                    String.valueOf(row.get("year")), (String) row.get("stage"), agency, "amountNok"), row.toString());
        }
        assertEquals(rows.size(), cube.valueCount(), "no cell but the amounts' has a value");
        LOG.infof("Amounts of %s as JSON-stat: %d amounts in %d cells, %d bytes", filter, rows.size(),
                cube.values.size(), body.length());
    }

    /** A cube as JSON-stat: one dimension per groupBy, each JSON row in its cell. */
    @Test
    void aCubeAsJsonStatHoldsItsRows() {
        Map<String, Object> params = Map.of("groupBy", List.of("chapter", "stage"), "year", 2025);
        List<Map<String, Object>> rows = given().queryParams(params).when().get(CUBE).then().statusCode(200)
                .extract().path("");
        JsonPath dataset = JsonPath.from(given().queryParams(params).queryParam("format", "jsonstat").when().get(CUBE)
                .then().statusCode(200).contentType(startsWith("application/json+stat")).extract().asString());
        Dataset cube = Dataset.valid(dataset);
        assertEquals(List.of("chapter", "stage", "measure"), cube.ids);
        for (Map<String, Object> row : rows) {
            assertEquals(nok(row.get("amountNok")), cube.value(String.valueOf(row.get("chapter")),
                    (String) row.get("stage"), "amountNok"), row.toString());
            assertEquals(row.get("chapterName"), dataset.getString("dimension.chapter.category.label.'"
                    + row.get("chapter") + "'"));
        }
        assertEquals(rows.size(), cube.valueCount());
        assertNull(dataset.get("role.time"), "no year dimension");
    }

    @Test
    void aCubeAsCsvHasAColumnPerDimension() {
        Map<String, Object> params = Map.of("groupBy", List.of("year", "stage"));
        int rows = given().queryParams(params).when().get(CUBE).then().statusCode(200).extract().path("size()");
        String csv = given().queryParams(params).queryParam("format", "csv").when().get(CUBE)
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        String[] lines = csv.strip().split("\n");
        assertThat(lines[0], startsWith("programArea,programAreaName,programCategory"));
        assertEquals(rows + 1, lines.length);
    }

    /** A dimension, filter or parameter the cube does not know is a 400 naming it. */
    @ParameterizedTest
    @CsvSource({"groupBy=kapittel, groupBy", "groupBy=chapter&groupBy=chapter, groupBy", "year=2026, groupBy",
            "groupBy=chapter&postKind=drift, postKind", "groupBy=chapter&chpater=740, chpater",
            "groupBy=chapter&programCategory=1040, programCategory", "groupBy=chapter&format=xml, format",
            "groupBy=chapter&stage=vedtatt, stage"})
    void rejectsWhatItDoesNotKnowNamingIt(String query, String field) {
        given().when().get(CUBE + "?" + query).then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", is(field));
    }

    private static void assertFiltered(Map<String, Object> filter, List<Map<String, Object>> amounts,
                                       Predicate<Map<String, Object>> selected,
                                       Function<Map<String, Object>, String> key) {
        Map<String, Object> params = new LinkedHashMap<>(filter);
        params.put("groupBy", List.of("year", "stage"));
        Map<String, Long> expected = expected(amounts, selected, key);
        assertFalse(expected.isEmpty(), "amounts for " + filter);
        assertEquals(expected, cube(params, "year", "stage"), "filtered by " + filter);
    }

    /** The cube's rows as sums by the given dimensions' values, joined by "|". */
    private static Map<String, Long> cube(Map<String, Object> params, String... dimensions) {
        List<Map<String, Object>> rows = given().queryParams(params).when().get(CUBE).then().statusCode(200)
                .extract().path("");
        Map<String, Long> sums = new TreeMap<>();
        for (Map<String, Object> row : rows) {
            List<String> key = new ArrayList<>();
            for (String dimension : dimensions) {
                assertNotNull(row.get(dimension), dimension + " of " + row);
                key.add(String.valueOf(row.get(dimension)));
            }
            assertNull(sums.put(String.join("|", key), nok(row.get("amountNok"))), "one row per group: " + row);
        }
        return sums;
    }

    private static Map<String, Long> expected(List<Map<String, Object>> amounts, Predicate<Map<String, Object>> selected,
                                              Function<Map<String, Object>, String> key) {
        Map<String, Long> sums = new TreeMap<>();
        amounts.stream().filter(selected).forEach(a -> sums.merge(key.apply(a), nok(a.get("amountNok")), Long::sum));
        return sums;
    }

    /** Every page of the amounts list. */
    private static List<Map<String, Object>> amounts(Map<String, Object> filter) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            List<Map<String, Object>> rows = given().queryParams(filter).queryParam("size", 1000).queryParam("page", page)
                    .when().get("/api/budget/amounts").then().statusCode(200).extract().path("");
            all.addAll(rows);
            if (rows.size() < 1000) {
                return all;
            }
        }
    }

    private static int chapter(Map<String, Object> amount) {
        return (Integer) amount.get("chapter");
    }

    private static int year(Map<String, Object> amount) {
        return (Integer) amount.get("year");
    }

    private static String postKind(Map<String, Object> amount) {
        return PostKind.of(ChapterKind.of(chapter(amount)), Integer.parseInt((String) amount.get("post"))).wireName();
    }

    private static long nok(Object amount) {
        return ((Number) amount).longValue();
    }

    /** A JSON-stat dataset checked against the format: sizes, indexes, labels and values agree. */
    private record Dataset(List<String> ids, List<Map<String, Integer>> indexes, List<Object> values) {

        static Dataset valid(JsonPath json) {
            assertEquals("2.0", json.getString("version"));
            assertEquals("dataset", json.getString("class"));
            List<String> ids = json.getList("id", String.class);
            List<Integer> size = json.getList("size", Integer.class);
            assertEquals(ids.size(), size.size(), "a size per dimension");
            List<Map<String, Integer>> indexes = new ArrayList<>();
            long cells = 1;
            for (int d = 0; d < ids.size(); d++) {
                Map<String, Integer> index = json.getMap("dimension." + ids.get(d) + ".category.index");
                Map<String, String> labels = json.getMap("dimension." + ids.get(d) + ".category.label");
                assertEquals(size.get(d), index.size(), "size of " + ids.get(d));
                assertEquals(index.keySet(), labels.keySet(), "a label per category of " + ids.get(d));
                Set<Integer> positions = new HashSet<>(index.values());
                for (int i = 0; i < size.get(d); i++) {
                    assertTrue(positions.contains(i), "index " + i + " of " + ids.get(d));
                }
                indexes.add(index);
                cells *= size.get(d);
            }
            List<Object> values = json.getList("value");
            assertEquals(cells, values.size(), "one value per cell: the product of the sizes");
            return new Dataset(ids, indexes, values);
        }

        long value(String... categories) {
            int cell = 0;
            for (int d = 0; d < categories.length; d++) {
                Integer position = indexes.get(d).get(categories[d]);
                assertNotNull(position, categories[d] + " in " + ids.get(d));
                cell = cell * indexes.get(d).size() + position;
            }
            assertNotNull(values.get(cell), "a value in the cell of " + List.of(categories));
            return ((Number) values.get(cell)).longValue();
        }

        long valueCount() {
            return values.stream().filter(v -> v != null).count();
        }
    }
}
