package no.styringsdata.budget.service;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import no.styringsdata.budget.domain.ChapterKind;
import no.styringsdata.budget.domain.Stage;
import no.styringsdata.budget.dto.CubeRow;
import no.styringsdata.budget.dto.GroupComparison;
import no.styringsdata.budget.dto.GroupSum;
import no.styringsdata.platform.caching.QueriedReadVersion;
import no.styringsdata.platform.caching.ReadVersion;
import no.styringsdata.platform.caching.VersionInQuery;
import no.styringsdata.platform.codelists.Language;
import no.styringsdata.platform.jsonstat.JsonStat;

/**
 * Sums of state-budget amounts by programkategori, chapter or post kind, comparisons of two (year, stage)
 * pairs, and cubes of sums by several dimensions at once ({@link CubeSums}: one GROUP BY per request). The
 * database sums per group and names it; only post kinds, which follow from a post's number, are summed here
 * from the database's sums per post number. A group is named as the documents write it, or where it is a code of
 * the API's own (a post kind, a stage, the group of none) by its label in the language asked for.
 *
 * <p>Results are cached by (data version, parameters). The version is a row that triggers bump in every
 * transaction writing the tables read here (V3__data_version.sql), so a cached result is never served after
 * a write has committed, whichever replica or write path made it; an in-process cache alone would go stale
 * on the other replica. The version is read before the sums, so an entry holds data at least as new as its
 * version (a write committing in between only lands in an entry no later request asks for).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AggregationService {

    @Inject
    EntityManager em;

    @Inject
    @CacheName("aggregations")
    Cache cache;

    @Inject
    QueriedReadVersion readVersion;

    /**
     * Whose figures are summed. Without an agency (and not grouped by agency) the state budget's own
     * figures; with one, or grouped by agency, the agencies' own figures (their annual reports' samlet
     * tildeling and regnskap), which adding to the state's would count twice.
     *
     * @param ministry the code of the ministry that owns the chapters, or null for all
     * @param agency   an agency's id, or null
     */
    public record Scope(String ministry, String agency) {

        public static final Scope ALL = new Scope(null, null);
    }

    private record CubeKey(long version, CubeQuery query, long limit, Language language) {
    }

    private record SumsKey(long version, Grouping grouping, ChapterKind kind, int year, Stage stage, Scope scope,
                           Language language) {
    }

    private record ComparisonKey(long version, Grouping grouping, ChapterKind kind, int fromYear, Stage fromStage,
                                 int toYear, Stage toStage, Scope scope, Language language) {
    }

    /** The sums of one (year, stage) by group, ordered by key, the groups named in {@code language} where coded. */
    public List<GroupSum> sums(Grouping grouping, ChapterKind kind, int year, Stage stage, Scope scope,
                               Language language) {
        return cache.get(new SumsKey(versions(), grouping, kind, year, stage, scope, language),
                key -> List.copyOf(groupSums(grouping, kind, year, stage, scope, language).values()))
                .await().indefinitely();
    }

    /** Each group of either pair, with its sums in both, their difference and the change in percent. */
    public List<GroupComparison> compare(Grouping grouping, ChapterKind kind, int fromYear, Stage fromStage, int toYear,
                                         Stage toStage, Scope scope, Language language) {
        return cache.get(new ComparisonKey(versions(), grouping, kind, fromYear, fromStage, toYear, toStage, scope,
                        language),
                key -> computeComparison(grouping, kind, fromYear, fromStage, toYear, toStage, scope, language))
                .await().indefinitely();
    }

    /**
     * The sums of a cube: one row per combination of its dimensions' values that has amounts, ordered by the
     * dimensions in order. More than {@code limit} groups is {@link JsonStat.TooLarge}, computed or cached.
     */
    public List<CubeRow> cube(CubeQuery query, JsonStat.Limit limit, Language language) {
        int max = Math.toIntExact(limit.maxCells());
        Optional<List<CubeRow>> rows = cache.get(new CubeKey(versions(), query, max, language), key -> {
            try {
                return Optional.of(CubeSums.compute(em, query, max, language).stream().map(CubeSums::row).toList());
            } catch (CubeSums.TooManyGroups tooMany) {
                return Optional.<List<CubeRow>>empty(); // too large is remembered too: asked again, no query
            }
        }).await().indefinitely();
        return rows.orElseThrow(() -> limit.exceeded("the cube would have more than " + max + " groups"));
    }

    /** The cube as a JSON-stat dataset of at most {@code limit} cells, else {@link JsonStat.TooLarge}. */
    public JsonStat.Dataset cubeDataset(CubeQuery query, JsonStat.Limit limit, Language language) {
        return AmountDatasets.cube(query, cube(query, limit, language), limit, language);
    }

    /** The version of the data the aggregations read; changes with every committed write to it. */
    public long dataVersion() {
        return ((Number) em.createNativeQuery("select version from data_version").getSingleResult()).longValue();
    }

    /**
     * {@link #dataVersion()}, and in the same statement the read version, handed to the answer's ETag
     * ({@link VersionInQuery} on the aggregations' GETs): one statement per request instead of two.
     */
    private long versions() {
        Object[] row = (Object[]) em.createNativeQuery("select version, " + ReadVersion.SQL + " from data_version")
                .getSingleResult();
        readVersion.set((String) row[1]);
        return ((Number) row[0]).longValue();
    }

    private List<GroupComparison> computeComparison(Grouping grouping, ChapterKind kind, int fromYear, Stage fromStage,
                                                    int toYear, Stage toStage, Scope scope, Language language) {
        Map<String, GroupSum> from = groupSums(grouping, kind, fromYear, fromStage, scope, language);
        Map<String, GroupSum> to = groupSums(grouping, kind, toYear, toStage, scope, language);
        Map<String, String> names = new TreeMap<>();
        from.values().forEach(sum -> names.put(sum.key(), sum.name()));
        to.values().forEach(sum -> names.putIfAbsent(sum.key(), sum.name()));
        return names.entrySet().stream().map(group -> {
            String key = group.getKey();
            long fromNok = from.containsKey(key) ? from.get(key).amountNok() : 0L;
            long toNok = to.containsKey(key) ? to.get(key).amountNok() : 0L;
            BigDecimal percent = fromNok == 0 ? null : BigDecimal.valueOf(toNok - fromNok)
                    .multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(fromNok).abs(), 1, RoundingMode.HALF_UP);
            return new GroupComparison(key, group.getValue(), fromNok, toNok, toNok - fromNok, percent);
        }).toList();
    }

    /**
     * Sums of expenditure or of revenue chapters (adding the two together means nothing), by key: the cube of
     * the one dimension, filtered by year, stage and scope.
     */
    private Map<String, GroupSum> groupSums(Grouping grouping, ChapterKind kind, int year, Stage stage, Scope scope,
                                            Language language) {
        CubeDimension dimension = CubeDimension.of(grouping);
        var query = new CubeQuery(List.of(dimension), kind, null, null, null, null, scope.ministry(), scope.agency(),
                year, stage);
        Map<String, GroupSum> sums = new TreeMap<>();
        for (CubeSums.Sum sum : CubeSums.compute(em, query, Integer.MAX_VALUE, language)) {
            CubeSums.Cell cell = sum.cells().get(dimension);
            sums.put(cell.key(), new GroupSum(cell.key(), cell.name(), sum.amountNok()));
        }
        return sums;
    }
}
