package no.styringsdata.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import no.styringsdata.budget.domain.ChapterKind;
import no.styringsdata.budget.domain.PostKind;
import no.styringsdata.budget.domain.Stage;
import no.styringsdata.budget.dto.GroupComparison;
import no.styringsdata.budget.dto.GroupSum;

/**
 * Sums of state-budget amounts by programkategori, chapter or post kind, and comparisons of two
 * (year, stage) pairs. The database sums per post; the grouping above posts is done here, since a
 * post's kind follows from its number.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AggregationService {

    @Inject
    EntityManager em;

    /** The sums of one (year, stage) by group, ordered by key. */
    public List<GroupSum> sums(Grouping grouping, ChapterKind kind, int year, Stage stage) {
        Map<String, Long> sums = groupSums(grouping, kind, year, stage);
        Map<String, String> names = names(grouping);
        return sums.entrySet().stream()
                .map(e -> new GroupSum(e.getKey(), names.get(e.getKey()), e.getValue()))
                .toList();
    }

    /** Each group of either pair, with its sums in both, their difference and the change in percent. */
    public List<GroupComparison> compare(Grouping grouping, ChapterKind kind, int fromYear, Stage fromStage, int toYear,
                                         Stage toStage) {
        Map<String, Long> from = groupSums(grouping, kind, fromYear, fromStage);
        Map<String, Long> to = groupSums(grouping, kind, toYear, toStage);
        Set<String> keys = new LinkedHashSet<>(new TreeMap<>(from).keySet());
        keys.addAll(to.keySet());
        Map<String, String> names = names(grouping);
        return keys.stream().sorted().map(key -> {
            long fromNok = from.getOrDefault(key, 0L);
            long toNok = to.getOrDefault(key, 0L);
            BigDecimal percent = fromNok == 0 ? null : BigDecimal.valueOf(toNok - fromNok)
                    .multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(fromNok).abs(), 1, RoundingMode.HALF_UP);
            return new GroupComparison(key, names.get(key), fromNok, toNok, toNok - fromNok, percent);
        }).toList();
    }

    /** Sums of expenditure or of revenue chapters: adding the two together means nothing. */
    private Map<String, Long> groupSums(Grouping grouping, ChapterKind kind, int year, Stage stage) {
        List<Object[]> perPost = em.createQuery("select c.number, p.number, cat.code, sum(a.amountNok) "
                        + "from Amount a join a.post p join p.chapter c left join c.category cat "
                        + "where a.year = :year and a.stage = :stage and a.agency is null "
                        + (kind == ChapterKind.REVENUE ? "and c.number >= :firstRevenue " : "and c.number < :firstRevenue ")
                        + "group by c.number, p.number, cat.code", Object[].class)
                .setParameter("year", year).setParameter("stage", stage)
                .setParameter("firstRevenue", ChapterKind.FIRST_REVENUE_CHAPTER)
                .getResultList();
        Map<String, Long> sums = new TreeMap<>();
        for (Object[] row : perPost) {
            int chapter = (Integer) row[0];
            int post = (Integer) row[1];
            String key = switch (grouping) {
                case CHAPTER -> String.valueOf(chapter);
                case PROGRAM_CATEGORY -> row[2] == null ? "uten kategori" : (String) row[2];
                case POST_KIND -> PostKind.of(ChapterKind.of(chapter), post).wireName();
            };
            sums.merge(key, (Long) row[3], Long::sum);
        }
        return sums;
    }

    /** The names of all groups of a grouping, in one query. */
    private Map<String, String> names(Grouping grouping) {
        String query = switch (grouping) {
            case POST_KIND -> null;
            case CHAPTER -> "select cast(c.number as String), c.name from Chapter c";
            case PROGRAM_CATEGORY -> "select c.code, c.name from ProgramCategory c";
        };
        Map<String, String> names = new HashMap<>();
        if (query != null) {
            em.createQuery(query, Object[].class).getResultList()
                    .forEach(row -> names.put((String) row[0], (String) row[1]));
        }
        return names;
    }
}
