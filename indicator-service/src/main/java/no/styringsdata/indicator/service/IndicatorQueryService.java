package no.styringsdata.indicator.service;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.styringsdata.indicator.domain.Periods;
import no.styringsdata.indicator.dto.GoalView;
import no.styringsdata.indicator.dto.IndicatorDetail;
import no.styringsdata.indicator.dto.IndicatorRow;
import no.styringsdata.indicator.dto.IndicatorSummary;
import no.styringsdata.indicator.dto.ValueRow;
import no.styringsdata.indicator.entity.Goal;
import no.styringsdata.indicator.entity.Indicator;
import no.styringsdata.indicator.entity.IndicatorValue;
import no.styringsdata.indicator.importer.IndicatorKind;
import no.styringsdata.platform.rest.PageRequest;

/** Reads goals, indicators and the value series of an indicator. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IndicatorQueryService {

    public record Page<T>(List<T> rows, long total) {
    }

    /**
     * The goal tree of a year: the allocation letter's goals when the year has a letter, else those
     * the annual report names, each with its steering parameters and key figures in order.
     */
    public List<GoalView> goals(int year) {
        List<Goal> goals = Goal.list("year = ?1 and document = 'tildelingsbrev' order by number", year);
        if (goals.isEmpty()) {
            goals = Goal.list("year = ?1 order by document desc, number", year);
        }
        Map<Long, List<Indicator>> byGoal = goals.isEmpty() ? Map.of()
                : Indicator.<Indicator>list("goal in ?1 order by number", goals).stream()
                        .collect(Collectors.groupingBy(i -> i.goal.id));
        return goals.stream().map(g -> {
            List<Indicator> indicators = byGoal.getOrDefault(g.id, List.of());
            return new GoalView(g.id, g.year, g.number, g.title, g.document, g.sourceLine,
                    summaries(indicators, IndicatorKind.STEERING_PARAMETER), summaries(indicators, IndicatorKind.KEY_FIGURE));
        }).toList();
    }

    private static List<IndicatorSummary> summaries(List<Indicator> indicators, IndicatorKind kind) {
        return indicators.stream().filter(i -> i.kind.equals(kind.wireName()))
                .map(i -> new IndicatorSummary(i.id, i.series.id, i.kind, i.number, i.text)).toList();
    }

    /**
     * One page of indicators. Full-text search ({@code q}) uses PostgreSQL's Norwegian configuration on
     * text and sub-items ({@code websearch_to_tsquery}) and ranks the best matches first.
     */
    public Page<IndicatorRow> list(IndicatorFilter filter, PageRequest paging) {
        StringBuilder where = new StringBuilder(" from indicator i where true");
        Map<String, Object> params = new HashMap<>();
        if (filter.year() != null) {
            where.append(" and i.year = :year");
            params.put("year", filter.year());
        }
        if (filter.goal() != null) {
            where.append(" and i.goal_number = :goal");
            params.put("goal", filter.goal());
        }
        if (filter.kind() != null) {
            where.append(" and i.kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.document() != null) {
            where.append(" and i.document = :document");
            params.put("document", filter.document());
        }
        boolean search = filter.q() != null && !filter.q().isBlank();
        if (search) {
            where.append(" and i.search_vector @@ websearch_to_tsquery('norwegian', :q)");
            params.put("q", filter.q());
        }
        long total = ((Number) bind(Panache.getEntityManager().createNativeQuery("select count(*)" + where), params)
                .getSingleResult()).longValue();
        String order = (search ? "ts_rank(i.search_vector, websearch_to_tsquery('norwegian', :q)) desc, " : "")
                + "i.year desc, i.document desc, i.goal_number nulls last, i.kind desc, i.number, i.id";
        Query idQuery = Panache.getEntityManager().createNativeQuery("select i.id" + where + " order by " + order)
                .setFirstResult(paging.offset())
                .setMaxResults(paging.size);
        @SuppressWarnings("unchecked")
        List<Number> ids = bind(idQuery, params).getResultList();
        return new Page<>(rows(ids.stream().map(Number::longValue).toList()), total);
    }

    private static Query bind(Query query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }

    private static List<IndicatorRow> rows(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Indicator> byId = Indicator.<Indicator>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(i -> i.id, Function.identity()));
        return ids.stream().map(byId::get).map(IndicatorQueryService::row).toList();
    }

    static IndicatorRow row(Indicator i) {
        return new IndicatorRow(i.id, i.series.id, i.year, i.document, i.goalNumber, i.kind, i.number, i.text,
                i.sourceLine);
    }

    public Optional<IndicatorDetail> indicator(long id) {
        return Indicator.<Indicator>findByIdOptional(id).map(i -> {
            var goal = i.goal == null ? null : new IndicatorDetail.GoalRef(i.goal.number, i.goal.title);
            List<IndicatorRow> same = Indicator.<Indicator>list("series = ?1 and id <> ?2 order by year, document, id",
                    i.series, i.id).stream().map(IndicatorQueryService::row).toList();
            return new IndicatorDetail(i.id, i.series.id, i.year, i.document, goal, i.kind, i.number, i.text,
                    Arrays.asList(i.subItems), i.textKey, i.sourceTitle, i.sourceLine, same);
        });
    }

    /** An indicator's whole series: the values of every indicator with its text, oldest period first. */
    public record SeriesValues(Indicator indicator, List<ValueRow> values) {
    }

    public Optional<SeriesValues> values(long id, Integer from, Integer to, String breakdown) {
        Indicator indicator = Indicator.findById(id);
        if (indicator == null) {
            return Optional.empty();
        }
        StringBuilder query = new StringBuilder("indicator.series = :series");
        Map<String, Object> params = new HashMap<>();
        params.put("series", indicator.series);
        if (from != null) {
            query.append(" and periodYear >= :from");
            params.put("from", from);
        }
        if (to != null) {
            query.append(" and periodYear <= :to");
            params.put("to", to);
        }
        if (breakdown != null) {
            query.append(" and breakdown = :breakdown");
            params.put("breakdown", breakdown);
        }
        query.append(" order by periodYear, periodKind desc, periodPart, breakdown nulls first, id");
        List<ValueRow> rows = IndicatorValue.<IndicatorValue>list(query.toString(), params).stream()
                .map(IndicatorQueryService::valueRow).toList();
        return Optional.of(new SeriesValues(indicator, rows));
    }

    public static ValueRow valueRow(IndicatorValue v) {
        String period = Periods.of(v.periodYear, v.periodKind, v.periodPart).label();
        return new ValueRow(v.id, v.indicator.id, period, plain(v.value), v.unit, v.breakdown, v.origin, v.note,
                v.source, v.sourceLine, v.version, v.recordedBy, v.recordedAt);
    }

    /** 9.707E+9 is correct but unreadable: numbers leave as plain decimals. */
    private static BigDecimal plain(BigDecimal value) {
        return value != null && value.scale() < 0 ? value.setScale(0) : value;
    }
}
