package no.styringsdata.indicator.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.styringsdata.indicator.domain.Periods;
import no.styringsdata.indicator.dto.GoalView;
import no.styringsdata.indicator.dto.IndicatorRow;
import no.styringsdata.indicator.dto.IndicatorSummary;
import no.styringsdata.indicator.dto.ValueRow;
import no.styringsdata.indicator.entity.Goal;
import no.styringsdata.indicator.entity.Indicator;
import no.styringsdata.indicator.entity.IndicatorValue;
import no.styringsdata.indicator.importer.IndicatorKind;
import no.styringsdata.platform.query.Where;
import no.styringsdata.platform.rest.ListQuery;
import no.styringsdata.platform.scope.ScopeFilter;
import no.styringsdata.reader.DocumentKind;

/** Reads goals, indicators and the value series of an indicator. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IndicatorQueryService {

    private static final String LETTER = DocumentKind.ALLOCATION_LETTER.wireName();

    /**
     * The goal tree of a year, per agency (by name) and ministry: the allocation letter's goals where
     * there is a letter for the year, else those the annual report names, each with its steering
     * parameters, key figures and result requirements in order; with {@code number}, only the goals of that number
     * of that tree.
     */
    public List<GoalView> goals(int year, Integer number, ScopeFilter scope) {
        Where where = inScope(Where.start("from Goal g join fetch g.agency where g.year = :year").bind("year", year),
                scope, "g.ministryCode", "g.agency.id");
        List<Goal> all = Goal.list(where + " order by g.agency.name, g.agency.id, g.ministryCode, g.document desc, "
                + "g.number", where.parameters());
        Map<List<String>, List<Goal>> byDocumentOwner = all.stream().collect(Collectors.groupingBy(
                g -> List.of(g.agency.id, g.ministryCode), LinkedHashMap::new, Collectors.toList()));
        List<Goal> goals = byDocumentOwner.values().stream().flatMap(owned -> {
            List<Goal> letter = owned.stream().filter(g -> g.document.equals(LETTER)).toList();
            return (letter.isEmpty() ? owned : letter).stream();
        }).filter(g -> number == null || g.number == number).toList();
        Map<Long, List<Indicator>> byGoal = goals.isEmpty() ? Map.of()
                : Indicator.<Indicator>list("goal in ?1 order by number", goals).stream()
                        .collect(Collectors.groupingBy(i -> i.goal.id));
        return goals.stream().map(g -> {
            List<Indicator> indicators = byGoal.getOrDefault(g.id, List.of());
            return new GoalView(g.id, g.year, g.number, g.title, g.area, Arrays.asList(g.longTermGoals), g.document,
                    g.sourceLine, g.ministryCode, g.agency.id, g.agency.name,
                    summaries(indicators, IndicatorKind.STEERING_PARAMETER), summaries(indicators, IndicatorKind.KEY_FIGURE),
                    summaries(indicators, IndicatorKind.RESULT_REQUIREMENT));
        }).toList();
    }

    /** Adds the ministry and agency filters. */
    private static Where inScope(Where where, ScopeFilter scope, String ministryPath, String agencyPath) {
        return where.and(ministryPath + " = :ministry", "ministry", scope.ministryCode().orElse(null))
                .and(agencyPath + " = :agency", "agency", scope.agencyId().orElse(null));
    }

    private static List<IndicatorSummary> summaries(List<Indicator> indicators, IndicatorKind kind) {
        return indicators.stream().filter(i -> i.kind.equals(kind.wireName()))
                .map(i -> new IndicatorSummary(i.id, i.series.id, i.kind, i.number, i.text, Arrays.asList(i.requirements)))
                .toList();
    }

    /**
     * One page of indicators. Full-text search ({@code q}) uses PostgreSQL's Norwegian configuration on
     * text and sub-items ({@code websearch_to_tsquery}) and ranks the best matches first.
     */
    public ListQuery<Long, IndicatorRow> list(IndicatorFilter filter, ScopeFilter scope) {
        Where where = inScope(Where.start(" from indicator i where true"), scope, "i.ministry_code", "i.agency_id")
                .and("i.year = :year", "year", filter.year())
                .and("i.goal_number = :goal", "goal", filter.goal())
                .and("i.kind = :kind", "kind", filter.kind() == null ? null : filter.kind().wireName())
                .and("i.document = :document", "document",
                        filter.document() == null ? null : filter.document().wireName());
        boolean search = filter.q() != null && !filter.q().isBlank();
        if (search) {
            where.and("i.search_vector @@ websearch_to_tsquery('norwegian', :q)", "q", filter.q());
        }
        String order = (search ? "ts_rank(i.search_vector, websearch_to_tsquery('norwegian', :q)) desc, " : "")
                + "i.year desc, i.agency_id, i.ministry_code, i.document desc, i.goal_number nulls last, i.kind desc, "
                + "i.number, i.id";
        return ListQuery.ofNative("i.id", where, order, IndicatorQueryService::rows);
    }

    private static List<IndicatorRow> rows(List<Long> ids) {
        Map<Long, Indicator> byId = Indicator.<Indicator>list("from Indicator i join fetch i.agency where i.id in ?1", ids)
                .stream()
                .collect(Collectors.toMap(i -> i.id, Function.identity()));
        return ids.stream().map(byId::get).map(IndicatorQueryService::row).toList();
    }

    static IndicatorRow row(Indicator i) {
        return new IndicatorRow(i.id, i.series.id, i.year, i.document, i.goalNumber, i.kind, i.number, i.text,
                i.sourceLine, i.ministryCode, i.agency.id, i.agency.name);
    }

    /**
     * An indicator's whole series: the values of every indicator of its agency with its text, oldest
     * period first.
     *
     * @param indicator   the indicator asked for
     * @param sourceTitle the title of the document it was read from
     */
    public record SeriesValues(IndicatorRow indicator, String sourceTitle, List<ValueRow> values) {
    }

    /**
     * The series of the indicator; the scope filters its values (none when the indicator is another
     * ministry's or agency's).
     */
    public Optional<SeriesValues> values(long id, Integer from, Integer to, String breakdown, ScopeFilter scope) {
        Indicator indicator = Indicator.findById(id);
        if (indicator == null) {
            return Optional.empty();
        }
        Where where = inScope(Where.start("from IndicatorValue v join fetch v.indicator i join fetch i.agency "
                + "where i.series = :series").bind("series", indicator.series), scope, "i.ministryCode", "i.agency.id")
                .and("v.periodYear >= :from", "from", from)
                .and("v.periodYear <= :to", "to", to)
                .and("v.breakdown = :breakdown", "breakdown", breakdown);
        String order = " order by v.periodYear, v.periodKind desc, v.periodPart, v.breakdown nulls first, v.id";
        List<ValueRow> rows = IndicatorValue.<IndicatorValue>list(where + order, where.parameters()).stream()
                .map(IndicatorQueryService::valueRow).toList();
        return Optional.of(new SeriesValues(row(indicator), indicator.sourceTitle, rows));
    }

    public static ValueRow valueRow(IndicatorValue v) {
        String period = Periods.of(v.periodYear, v.periodKind, v.periodPart).label();
        Indicator i = v.indicator;
        return new ValueRow(v.id, i.id, period, plain(v.value), v.unit, v.breakdown, v.origin, v.note,
                v.source, v.sourceLine, v.version, v.recordedBy, v.recordedAt, i.ministryCode, i.agency.id,
                i.agency.name);
    }

    /** 9.707E+9 is correct but unreadable: numbers leave as plain decimals. */
    private static BigDecimal plain(BigDecimal value) {
        return value != null && value.scale() < 0 ? value.setScale(0) : value;
    }
}
