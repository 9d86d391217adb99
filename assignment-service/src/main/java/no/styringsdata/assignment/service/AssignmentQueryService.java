package no.styringsdata.assignment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.styringsdata.assignment.domain.AssignmentStatus;
import no.styringsdata.assignment.dto.AssignmentDetail;
import no.styringsdata.assignment.dto.AssignmentRow;
import no.styringsdata.assignment.dto.Summary;
import no.styringsdata.assignment.entity.Assignment;
import no.styringsdata.assignment.entity.Deadline;
import no.styringsdata.assignment.entity.StatusChange;
import no.styringsdata.platform.query.Where;
import no.styringsdata.platform.rest.ListQuery;
import no.styringsdata.platform.scope.MinistryEntity;

/** Reads assignments: the filtered, searchable list, one assignment in full, and a year's summary. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AssignmentQueryService {

    /** The orders the list can be sorted in; {@code -} before a key reverses it. */
    public static final String SORT = "-?(id|deadline|title|status|relevance)";

    @Inject
    CrossServiceLinks links;

    /**
     * One page of assignments. Full-text search ({@code q}) uses PostgreSQL's Norwegian configuration
     * on title and text ({@code websearch_to_tsquery}: words, "phrases", -not, or) and, unless
     * another sort is asked for, ranks the best matches first.
     */
    public ListQuery<Long, AssignmentRow> list(AssignmentFilter filter, String sort) {
        Where where = Where.start(" from assignment a where true")
                .and("a.ministry_code = :ministry", "ministry", filter.scope().ministryCode())
                .and("a.agency_id = :agency", "agency", filter.scope().agencyId())
                .and("a.year = :year", "year", filter.year())
                .and("upper(:department) = any (a.departments)", "department", filter.department())
                .and("a.goal_number = :goal", "goal", filter.goal())
                .and("a.status = :status", "status", filter.status() == null ? null : filter.status().wireName());
        if (filter.dueFrom() != null || filter.dueTo() != null) {
            where.append(" and exists (select 1 from deadline d where d.assignment_pk = a.pk and d.due_date is not null")
                    .and("d.due_date >= :dueFrom", "dueFrom", filter.dueFrom())
                    .and("d.due_date <= :dueTo", "dueTo", filter.dueTo())
                    .append(")");
        }
        boolean search = filter.q() != null && !filter.q().isBlank();
        if (search) {
            where.and("a.search_vector @@ websearch_to_tsquery('norwegian', :q)", "q", filter.q());
        }
        return ListQuery.ofNative("a.pk", where, orderBy(sort, search), this::rows);
    }

    private static String orderBy(String sort, boolean search) {
        String key = sort == null ? (search ? "relevance" : "id") : sort;
        boolean descending = key.startsWith("-");
        String direction = descending ? " desc" : "";
        String expression = switch (descending ? key.substring(1) : key) {
            case "deadline" -> "(select min(d.due_date) from deadline d where d.assignment_pk = a.pk)" + direction + " nulls last";
            case "title" -> "a.title" + direction;
            case "status" -> "a.status" + direction;
            case "relevance" -> search
                    ? "ts_rank(a.search_vector, websearch_to_tsquery('norwegian', :q))" + (descending ? "" : " desc")
                    : "a.year, a.number";
            default -> "a.year" + direction + ", a.number" + direction;
        };
        // the same id of two agencies: in the order of their agencies
        return expression + ", a.id, a.agency_id";
    }

    /** The rows of these assignments, in the order given. */
    private List<AssignmentRow> rows(List<Long> keys) {
        Map<Long, Assignment> byKey = Assignment.<Assignment>list(
                        "select a from Assignment a join fetch a.agency where a.pk in ?1", keys).stream()
                .collect(Collectors.toMap(a -> a.pk, Function.identity()));
        Map<Long, List<LocalDate>> dates = new HashMap<>();
        Deadline.<Deadline>list("assignment.pk in ?1 and dueDate is not null", keys)
                .forEach(d -> dates.computeIfAbsent(d.assignment.pk, k -> new ArrayList<>()).add(d.dueDate));
        return keys.stream().map(byKey::get).map(a -> {
            List<LocalDate> due = dates.getOrDefault(a.pk, List.of());
            return new AssignmentRow(a.id, a.ministryCode, a.agency.id, a.agency.name, a.year, a.number, a.letterKind,
                    String.join(" ", a.departments),
                    a.goalNumber, a.title, a.status,
                    due.stream().min(Comparator.naturalOrder()).orElse(null),
                    due.stream().max(Comparator.naturalOrder()).orElse(null),
                    links.goal(a));
        }).toList();
    }

    /** An assignment in full, and its version for the ETag. */
    public record Versioned(AssignmentDetail detail, long version) {
    }

    static AssignmentDetail detail(Assignment a, List<StatusChange> statusHistory, CrossServiceLinks links) {
        var letter = new AssignmentDetail.Letter(a.letterKind, a.letterYear, a.letterTitle, a.letterDate);
        var goal = a.goalNumber == null ? null : new AssignmentDetail.Goal(a.goalNumber, a.goalTitle, links.goal(a));
        var deadlines = a.deadlines.stream()
                .map(d -> new AssignmentDetail.DeadlineView(d.dueDate, d.label, d.text, d.yearInferred, d.sourceLine))
                .toList();
        var references = new AssignmentDetail.References(List.copyOf(a.assignmentRefs),
                a.postRefs.stream()
                        .map(p -> new AssignmentDetail.PostRefView(p.chapter, p.post, links.budget(p.chapter, p.post)))
                        .toList());
        var history = statusHistory.stream()
                .map(s -> new AssignmentDetail.StatusChangeView(s.status, s.statusDate, s.note, s.source,
                        s.recordedBy, s.recordedAt))
                .toList();
        return new AssignmentDetail(a.id, a.ministryCode, a.agency.id, a.agency.name, a.year, a.number, letter,
                Arrays.asList(a.departments), a.title, a.text,
                goal, a.continued, deadlines, references, a.status, history, a.sourceLine);
    }

    /**
     * A year's assignments within the scope counted per ministry, agency, department, goal and status,
     * and the open ones with a deadline from any time up to {@code withinDays} after {@code asOf}.
     */
    public Summary summary(Scope scope, int year, LocalDate asOf, int withinDays) {
        Where where = Where.start("select a from Assignment a join fetch a.agency where a.year = :year")
                .bind("year", year)
                .and("a.ministryCode = :ministry", "ministry", scope.ministryCode())
                .and("a.agency.id = :agency", "agency", scope.agencyId());
        List<Assignment> assignments = Assignment.list(where + " order by a.number, a.id, a.agency.id",
                where.parameters());
        Map<String, Long> ministries = new TreeMap<>();
        Map<String, Long> agencies = new TreeMap<>();
        Map<String, String> agencyNames = new HashMap<>();
        Map<String, Long> departments = new TreeMap<>();
        Map<Integer, Long> goals = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        Map<Integer, String> goalTitles = new HashMap<>();
        Map<AssignmentStatus, Long> statuses = new LinkedHashMap<>();
        Arrays.stream(AssignmentStatus.values()).forEach(s -> statuses.put(s, 0L));
        for (Assignment a : assignments) {
            ministries.merge(a.ministryCode, 1L, Long::sum);
            agencies.merge(a.agency.id, 1L, Long::sum);
            agencyNames.putIfAbsent(a.agency.id, a.agency.name);
            for (String department : a.departments) {
                departments.merge(department, 1L, Long::sum);
            }
            goals.merge(a.goalNumber, 1L, Long::sum);
            if (a.goalNumber != null) {
                goalTitles.putIfAbsent(a.goalNumber, a.goalTitle);
            }
            statuses.merge(a.status, 1L, Long::sum);
        }
        Map<String, String> ministryNames = ministries.isEmpty() ? Map.of()
                : MinistryEntity.<MinistryEntity>list("code in ?1", ministries.keySet()).stream()
                .collect(Collectors.toMap(m -> m.code, m -> m.name));
        LocalDate until = asOf.plusDays(withinDays);
        List<Summary.Due> due = assignments.isEmpty() ? List.of()
                : Deadline.<Deadline>list("assignment in ?1 and dueDate <= ?2 order by dueDate, assignment.id, "
                        + "assignment.agency.id, position", assignments, until).stream()
                .filter(d -> d.assignment.status.isOpen())
                .map(d -> new Summary.Due(d.assignment.id, d.assignment.ministryCode, d.assignment.agency.id,
                        d.assignment.agency.name, d.assignment.title, d.assignment.status, d.dueDate, d.text,
                        d.dueDate.isBefore(asOf)))
                .toList();
        return new Summary(year, asOf, withinDays, assignments.size(),
                counts(ministries, ministryNames::get),
                counts(agencies, agencyNames::get),
                counts(departments, k -> null),
                goals.entrySet().stream().map(e -> new Summary.Count(e.getKey() == null ? "none" : e.getKey().toString(),
                        goalTitles.get(e.getKey()), e.getValue())).toList(),
                statuses.entrySet().stream().map(e -> new Summary.Count(e.getKey().wireName(), null, e.getValue()))
                        .toList(),
                due);
    }

    private static List<Summary.Count> counts(Map<String, Long> counts, Function<String, String> name) {
        return counts.entrySet().stream().map(e -> new Summary.Count(e.getKey(), name.apply(e.getKey()), e.getValue()))
                .toList();
    }
}
