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
import java.util.TreeMap;
import no.styringsdata.budget.domain.ChapterKind;
import no.styringsdata.budget.domain.PostKind;
import no.styringsdata.budget.domain.Stage;
import no.styringsdata.budget.dto.GroupComparison;
import no.styringsdata.budget.dto.GroupSum;

/**
 * Sums of state-budget amounts by programkategori, chapter or post kind, and comparisons of two
 * (year, stage) pairs. The database sums per group and names it; only post kinds, which follow from
 * a post's number, are summed here from the database's sums per post number.
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

    private static final String NO_CATEGORY = "uten kategori";
    private static final String NO_MINISTRY = "uten departement";

    @Inject
    EntityManager em;

    @Inject
    @CacheName("aggregations")
    Cache cache;

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

        boolean agencies(Grouping grouping) {
            return agency != null || grouping == Grouping.AGENCY;
        }
    }

    private record SumsKey(long version, Grouping grouping, ChapterKind kind, int year, Stage stage, Scope scope) {
    }

    private record ComparisonKey(long version, Grouping grouping, ChapterKind kind, int fromYear, Stage fromStage,
                                 int toYear, Stage toStage, Scope scope) {
    }

    /** The sums of one (year, stage) by group, ordered by key. */
    public List<GroupSum> sums(Grouping grouping, ChapterKind kind, int year, Stage stage, Scope scope) {
        return cache.get(new SumsKey(dataVersion(), grouping, kind, year, stage, scope),
                key -> List.copyOf(groupSums(grouping, kind, year, stage, scope).values())).await().indefinitely();
    }

    /** Each group of either pair, with its sums in both, their difference and the change in percent. */
    public List<GroupComparison> compare(Grouping grouping, ChapterKind kind, int fromYear, Stage fromStage, int toYear,
                                         Stage toStage, Scope scope) {
        return cache.get(new ComparisonKey(dataVersion(), grouping, kind, fromYear, fromStage, toYear, toStage, scope),
                key -> computeComparison(grouping, kind, fromYear, fromStage, toYear, toStage, scope))
                .await().indefinitely();
    }

    /** The version of the data the aggregations read; changes with every committed write to it. */
    public long dataVersion() {
        return ((Number) em.createNativeQuery("select version from data_version").getSingleResult()).longValue();
    }

    private List<GroupComparison> computeComparison(Grouping grouping, ChapterKind kind, int fromYear, Stage fromStage,
                                                    int toYear, Stage toStage, Scope scope) {
        Map<String, GroupSum> from = groupSums(grouping, kind, fromYear, fromStage, scope);
        Map<String, GroupSum> to = groupSums(grouping, kind, toYear, toStage, scope);
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
     * Sums of expenditure or of revenue chapters (adding the two together means nothing), by key. One
     * query returning a row per group: the state budget's figures of a (year, stage) are read from the
     * index amount_state_year_stage alone.
     */
    private Map<String, GroupSum> groupSums(Grouping grouping, ChapterKind kind, int year, Stage stage, Scope scope) {
        String columns = switch (grouping) {
            case PROGRAM_CATEGORY -> "cat.code, cat.name";
            case CHAPTER -> "c.number, c.name";
            // the chapter kind is fixed by the query, so a post's number tells its kind
            case POST_KIND -> "p.number";
            case AGENCY -> "ag.id, ag.name";
            case MINISTRY -> "c.ministryCode, m.name";
        };
        StringBuilder where = new StringBuilder(" where a.year = :year and a.stage = :stage")
                .append(scope.agencies(grouping) ? " and a.agency is not null" : " and a.agency is null")
                .append(kind == ChapterKind.REVENUE ? " and c.number >= :firstRevenue" : " and c.number < :firstRevenue");
        if (scope.ministry() != null) {
            where.append(" and c.ministryCode = :ministry");
        }
        if (scope.agency() != null) {
            where.append(" and ag.id = :agency");
        }
        // joined only where read, so that the state budget's sums stay an index-only scan
        String joins = (grouping == Grouping.AGENCY || scope.agency() != null ? " join a.agency ag" : "")
                + (grouping == Grouping.MINISTRY ? " left join MinistryEntity m on m.code = c.ministryCode" : "");
        var query = em.createQuery("select " + columns + ", sum(a.amountNok) "
                        + "from Amount a join a.post p join p.chapter c left join c.category cat" + joins + where
                        + " group by " + columns, Object[].class)
                .setParameter("year", year).setParameter("stage", stage)
                .setParameter("firstRevenue", ChapterKind.FIRST_REVENUE_CHAPTER);
        if (scope.ministry() != null) {
            query.setParameter("ministry", scope.ministry());
        }
        if (scope.agency() != null) {
            query.setParameter("agency", scope.agency());
        }
        List<Object[]> rows = query.getResultList();
        Map<String, GroupSum> sums = new TreeMap<>();
        for (Object[] row : rows) {
            long nok = (Long) row[row.length - 1];
            GroupSum sum = switch (grouping) {
                case PROGRAM_CATEGORY -> row[0] == null ? new GroupSum(NO_CATEGORY, null, nok)
                        : new GroupSum((String) row[0], (String) row[1], nok);
                case CHAPTER -> new GroupSum(String.valueOf(row[0]), (String) row[1], nok);
                case POST_KIND -> new GroupSum(PostKind.of(kind, (Integer) row[0]).wireName(), null, nok);
                case AGENCY -> new GroupSum((String) row[0], (String) row[1], nok);
                case MINISTRY -> row[0] == null ? new GroupSum(NO_MINISTRY, null, nok)
                        : new GroupSum((String) row[0], (String) row[1], nok);
            };
            sums.merge(sum.key(), sum, (a, b) -> new GroupSum(a.key(), a.name(), a.amountNok() + b.amountNok()));
        }
        return sums;
    }
}
