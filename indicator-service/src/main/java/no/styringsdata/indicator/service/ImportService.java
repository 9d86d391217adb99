package no.styringsdata.indicator.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import no.styringsdata.indicator.domain.Periods;
import no.styringsdata.indicator.entity.AgencyRecord;
import no.styringsdata.indicator.entity.Goal;
import no.styringsdata.indicator.entity.Indicator;
import no.styringsdata.indicator.entity.IndicatorValue;
import no.styringsdata.indicator.entity.Series;
import no.styringsdata.indicator.importer.AllocationLetterIndicatorParser;
import no.styringsdata.indicator.importer.AnnualReportIndicatorParser;
import no.styringsdata.indicator.importer.IndicatorKind;
import no.styringsdata.indicator.importer.IndicatorRef;
import no.styringsdata.indicator.importer.ParsedGoal;
import no.styringsdata.indicator.importer.ParsedIndicator;
import no.styringsdata.indicator.importer.ParsedIndicatorDocument;
import no.styringsdata.indicator.importer.ParsedIndicatorValue;
import no.styringsdata.indicator.domain.Period;
import no.styringsdata.platform.importing.ChangeCounter;
import no.styringsdata.platform.importing.DocumentImports;
import no.styringsdata.platform.importing.ImportLock;
import no.styringsdata.platform.importing.ImportReport;
import no.styringsdata.platform.importing.SectionFinding;
import no.styringsdata.platform.scope.AgencyEntity;
import no.styringsdata.platform.scope.ImportParams;
import no.styringsdata.reader.ReadDocument;
import no.styringsdata.reader.identity.DocumentIdentity;
import no.styringsdata.reader.text.DocumentFormatException;
import no.styringsdata.reader.text.ImportWarning;

/**
 * Imports an allocation letter (goals with their area and long-term goals, steering parameters with their
 * prestasjonskrav, key figures, result requirements) or an annual report (its
 * results and their values, and the key-figure table): read (pure), then store in one transaction,
 * matched by ministry, agency, document, year, goal, kind and number, so that importing the same
 * document twice changes nothing. An agency's indicators with the same normalised text share one
 * series, across documents and years; another agency's never join it. Values entered or corrected
 * through the API are never overwritten by an import. Imports run one at a time ({@link ImportLock}), and
 * their order does not matter: a series says what its latest document says ({@link #standFromLatest}).
 */
@ApplicationScoped
public class ImportService {

    @Inject
    DocumentImports imports;

    static final String IMPORT_USER = "import";

    private final AllocationLetterIndicatorParser letters = new AllocationLetterIndicatorParser();
    private final AnnualReportIndicatorParser reports = new AnnualReportIndicatorParser();

    /**
     * Imports the text ({@link DocumentImports}). Kind, ministry, agency, year and title come from the document reader
     * (completed by the parameters); the goals, indicators and values from this service's parsers.
     */
    public ImportReport importDocument(ImportParams params, String text) {
        return imports.run(params, text, this::parse, this::storeDocument);
    }

    /** Stores what {@link #importDocument} read, in one transaction (public only to be intercepted: call that). */
    @Transactional
    public ImportReport storeDocument(ReadDocument document, ParsedIndicatorDocument parsed, String text,
                                      long parseMillis) {
        DocumentIdentity identity = document.identity();
        AgencyEntity agency = imports.begin(identity);
        Scope scope = new Scope(identity.ministry().code(), agency, identity.kind().wireName(), identity.year(),
                identity.title());
        Stored stored = Stored.of(scope, parsed);

        List<ImportWarning> warnings = new ArrayList<>();
        if (parsed.year() != identity.year()) {
            warnings.add(new ImportWarning(identity.titleLine(), "The goals were read as those of " + parsed.year()
                    + ", but the document is of " + identity.year() + "; stored as " + identity.year()));
        }
        warnings.addAll(parsed.warnings());
        ChangeCounter goals = new ChangeCounter();
        Map<Integer, Goal> goalsByNumber = new HashMap<>();
        for (ParsedGoal g : parsed.goals()) {
            Goal goal = stored.goals().get(g.number());
            if (goal == null) {
                goal = new Goal();
                apply(goal, g, scope);
                goal.persist();
                stored.goals().put(g.number(), goal);
                goals.created();
            } else {
                goals.touched(apply(goal, g, scope));
            }
            goalsByNumber.put(g.number(), goal);
        }

        ChangeCounter indicators = new ChangeCounter();
        Map<IndicatorRef, Indicator> byRef = new HashMap<>();
        Set<Series> touchedSeries = new LinkedHashSet<>();
        for (ParsedIndicator p : parsed.indicators()) {
            Series series = stored.series().computeIfAbsent(p.textKey(), key -> newSeries(p, scope));
            IndicatorKey key = new IndicatorKey(p.kind().wireName(), p.number(), p.goal());
            Indicator indicator = stored.indicators().get(key);
            Goal goal = p.goal() == null ? null : goalsByNumber.get(p.goal());
            if (indicator == null) {
                indicator = new Indicator();
                apply(indicator, p, series, goal, scope);
                indicator.persist();
                stored.indicators().put(key, indicator);
                indicators.created();
            } else {
                indicators.touched(apply(indicator, p, series, goal, scope));
            }
            byRef.put(p.ref(), indicator);
            touchedSeries.add(series);
        }
        int linked = linkedToOtherDocuments(parsed, stored, scope);
        standFromLatest(touchedSeries);

        ChangeCounter values = new ChangeCounter();
        Map<ValueKey, IndicatorValue> storedValues = storedValues(byRef.values());
        Instant now = Instant.now();
        for (ParsedIndicatorValue v : firstPerPeriodAndBreakdown(parsed.values(), warnings)) {
            Indicator indicator = byRef.get(v.indicator());
            if (indicator == null) {
                warnings.add(new ImportWarning(v.source().line(), "Value for an indicator not read, skipped: " + v.indicator()));
                continue;
            }
            IndicatorValue value = storedValues.get(new ValueKey(indicator.id, v.period().year(),
                    Periods.kindName(v.period().kind()), v.period().part(), v.breakdown()));
            if (value == null) {
                value = new IndicatorValue();
                value.indicator = indicator;
                apply(value, v, scope, now);
                value.persist();
                storedValues.put(new ValueKey(indicator.id, value.periodYear, value.periodKind, value.periodPart,
                        value.breakdown), value);
                values.created();
            } else if (value.enteredThroughApi()) {
                values.touched(false);
            } else {
                values.touched(apply(value, v, scope, now));
            }
        }
        Goal.flush();
        ImportReport report = ImportReport.of(identity, agency)
                .changes("goals", goals).changes("indicators", indicators).changes("values", values)
                .links("indicators", linked)
                .sections(SectionFinding.of(document, found(parsed)))
                .warnings(warnings)
                .build(parseMillis);
        imports.audit(report, "document", scope.document() + " " + scope.year() + " " + scope.ministryCode() + "/"
                + agency.id + ": " + scope.title(), report.changes());
        return report;
    }

    /**
     * What is stored of the document's scope, read in one query each whatever the number of rows: its goals by
     * number, its indicators by kind, number and goal, and the agency's series of the texts read.
     */
    private record Stored(Map<Integer, Goal> goals, Map<IndicatorKey, Indicator> indicators,
                          Map<String, Series> series) {

        static Stored of(Scope scope, ParsedIndicatorDocument parsed) {
            Stored stored = new Stored(new HashMap<>(), new HashMap<>(), new HashMap<>());
            Object[] sameDocument = {scope.agency().id, scope.ministryCode(), scope.document(), scope.year()};
            String where = "agency.id = ?1 and ministryCode = ?2 and document = ?3 and year = ?4";
            Goal.<Goal>list(where, sameDocument).forEach(g -> stored.goals().putIfAbsent(g.number, g));
            Indicator.<Indicator>list(where, sameDocument).forEach(i -> stored.indicators()
                    .putIfAbsent(new IndicatorKey(i.kind, i.number, i.goalNumber), i));
            List<String> textKeys = parsed.indicators().stream().map(ParsedIndicator::textKey).distinct().toList();
            if (!textKeys.isEmpty()) {
                Series.<Series>list("agency.id = ?1 and textKey in ?2", scope.agency().id, textKeys)
                        .forEach(series -> stored.series().putIfAbsent(series.textKey, series));
            }
            return stored;
        }
    }

    private record IndicatorKey(String kind, int number, Integer goal) {
    }

    private record ValueKey(long indicator, int year, String kind, int part, String breakdown) {
    }

    /** Reads the goals with the parser of the document's kind. */
    private ParsedIndicatorDocument parse(ReadDocument document) {
        ParsedIndicatorDocument parsed = switch (document.identity().kind()) {
            case ALLOCATION_LETTER -> letters.parse(document);
            case ANNUAL_REPORT -> reports.parse(document);
            default -> throw new DocumentFormatException("The document is a " + document.identity().kind().label()
                    + ": this service reads the goals of an allocation letter and the results of an annual report", 0);
        };
        if (parsed.goals().isEmpty() && parsed.indicators().isEmpty()) {
            throw new DocumentFormatException("No goals, steering parameters or key figures found in the "
                    + document.identity().kind().label(), 0);
        }
        return parsed;
    }

    /** How many of the indicators read share their series with an indicator of another document: one query. */
    private static int linkedToOtherDocuments(ParsedIndicatorDocument parsed, Stored stored, Scope scope) {
        if (parsed.indicators().isEmpty()) {
            return 0;
        }
        Set<Long> linkedSeries = new HashSet<>(Indicator.getEntityManager().createQuery("select distinct i.series.id "
                        + "from Indicator i where i.series in ?1 and i.document <> ?2", Long.class)
                .setParameter(1, stored.series().values()).setParameter(2, scope.document()).getResultList());
        return (int) parsed.indicators().stream()
                .filter(p -> linkedSeries.contains(stored.series().get(p.textKey()).id)).count();
    }

    private static Map<ValueKey, IndicatorValue> storedValues(java.util.Collection<Indicator> indicators) {
        List<Indicator> stored = indicators.stream().distinct().toList();
        Map<ValueKey, IndicatorValue> values = new HashMap<>();
        if (!stored.isEmpty()) {
            IndicatorValue.<IndicatorValue>list("indicator in ?1", stored).forEach(v -> values.putIfAbsent(
                    new ValueKey(v.indicator.id, v.periodYear, v.periodKind, v.periodPart, v.breakdown), v));
        }
        return values;
    }

    /** Whose the records are and where they come from: the same for every record of one import. */
    private record Scope(String ministryCode, AgencyEntity agency, String document, int year, String title) {

        /** Makes the record the scope's agency's, read from its ministry's document; true when it was not. */
        boolean claim(AgencyRecord record) {
            boolean changed = record.agency == null || !record.agency.id.equals(agency.id)
                    || !Objects.equals(record.ministryCode, ministryCode);
            record.ministryCode = ministryCode;
            record.agency = agency;
            return changed;
        }
    }

    /** The lines of everything read, by the name the import report counts it under. */
    private static Map<String, List<Integer>> found(ParsedIndicatorDocument parsed) {
        Map<String, List<Integer>> lines = new LinkedHashMap<>();
        lines.put("goals", parsed.goals().stream().map(g -> g.source().line()).toList());
        lines.put("steeringParameters", linesOf(parsed, IndicatorKind.STEERING_PARAMETER));
        lines.put("keyFigures", linesOf(parsed, IndicatorKind.KEY_FIGURE));
        lines.put("resultRequirements", linesOf(parsed, IndicatorKind.RESULT_REQUIREMENT));
        lines.put("values", parsed.values().stream().map(v -> v.source().line()).toList());
        return lines;
    }

    private static List<Integer> linesOf(ParsedIndicatorDocument parsed, IndicatorKind kind) {
        return parsed.indicators().stream().filter(i -> i.kind() == kind).map(i -> i.source().line()).toList();
    }

    /**
     * The database keeps one value per indicator, period and breakdown; a report that states the same
     * figure twice (in a sentence and again in a table) keeps the first, and says so.
     */
    private static List<ParsedIndicatorValue> firstPerPeriodAndBreakdown(List<ParsedIndicatorValue> parsed,
                                                                         List<ImportWarning> warnings) {
        record Key(IndicatorRef ref, Period period, String breakdown) {
        }
        Map<Key, ParsedIndicatorValue> first = new LinkedHashMap<>();
        for (ParsedIndicatorValue v : parsed) {
            ParsedIndicatorValue kept = first.putIfAbsent(new Key(v.indicator(), v.period(), v.breakdown()), v);
            if (kept != null) {
                warnings.add(new ImportWarning(v.source().line(), "A second value for " + v.period().label()
                        + (v.breakdown() == null ? "" : " (" + v.breakdown() + ")") + " of the same result; kept the one on line "
                        + kept.source().line()));
            }
        }
        return List.copyOf(first.values());
    }

    /** A new series of the agency for the indicator's text (another agency's with the same text is not it). */
    private static Series newSeries(ParsedIndicator p, Scope scope) {
        Series series = new Series();
        scope.claim(series);
        series.textKey = p.textKey();
        series.kind = p.kind().wireName();
        series.text = p.text();
        series.persist();
        return series;
    }

    /**
     * A series says what the latest of its indicators says (later year, an annual report after the year's
     * letter, then title, kind, number and text), whichever document was imported first: the wording of two
     * documents may differ where their normalised text, the series' key, does not.
     */
    private static void standFromLatest(Set<Series> touched) {
        if (touched.isEmpty()) {
            return;
        }
        Map<Long, List<Indicator>> bySeries = new HashMap<>();
        Indicator.<Indicator>list("series in ?1", touched)
                .forEach(i -> bySeries.computeIfAbsent(i.series.id, k -> new ArrayList<>()).add(i));
        for (Series series : touched) {
            bySeries.getOrDefault(series.id, List.of()).stream().max(LATEST).ifPresent(latest -> {
                series.kind = latest.kind;
                series.text = latest.text;
                series.ministryCode = latest.ministryCode;
            });
        }
    }

    private static final Comparator<Indicator> LATEST = Comparator.comparingInt((Indicator i) -> i.year)
            .thenComparing(i -> "arsrapport".equals(i.document))
            .thenComparing(i -> i.sourceTitle, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(i -> i.kind)
            .thenComparingInt(i -> i.number)
            .thenComparing(i -> i.text);

    private static boolean apply(Goal goal, ParsedGoal g, Scope scope) {
        String[] longTermGoals = g.longTermGoals().toArray(String[]::new);
        boolean changed = scope.claim(goal);
        changed |= goal.year != scope.year() || goal.number != g.number() || !Objects.equals(goal.title, g.title())
                || !Objects.equals(goal.area, g.area()) || !Arrays.equals(goal.longTermGoals, longTermGoals)
                || !Objects.equals(goal.document, scope.document()) || !Objects.equals(goal.sourceTitle, scope.title())
                || goal.sourceLine != g.source().line();
        goal.year = scope.year();
        goal.number = g.number();
        goal.title = g.title();
        goal.area = g.area();
        goal.longTermGoals = longTermGoals;
        goal.document = scope.document();
        goal.sourceTitle = scope.title();
        goal.sourceLine = g.source().line();
        return changed;
    }

    private static boolean apply(Indicator i, ParsedIndicator p, Series series, Goal goal, Scope scope) {
        String[] subItems = p.subItems().toArray(String[]::new);
        String[] requirements = p.requirements().toArray(String[]::new);
        boolean changed = scope.claim(i);
        changed |= i.series != series || i.goal != goal || !Objects.equals(i.goalNumber, p.goal())
                || i.year != scope.year() || !Objects.equals(i.document, scope.document())
                || !Objects.equals(i.kind, p.kind().wireName()) || i.number != p.number()
                || !Objects.equals(i.text, p.text()) || !Arrays.equals(i.subItems, subItems)
                || !Arrays.equals(i.requirements, requirements)
                || !Objects.equals(i.textKey, p.textKey()) || !Objects.equals(i.sourceTitle, scope.title())
                || i.sourceLine != p.source().line();
        if (!changed) {
            return false;
        }
        i.series = series;
        i.goal = goal;
        i.goalNumber = p.goal();
        i.year = scope.year();
        i.document = scope.document();
        i.kind = p.kind().wireName();
        i.number = p.number();
        i.text = p.text();
        i.subItems = subItems;
        i.requirements = requirements;
        i.searchText = String.join(" ", p.text(), String.join(" ", p.subItems()), String.join(" ", p.requirements()))
                .strip();
        i.textKey = p.textKey();
        i.sourceTitle = scope.title();
        i.sourceLine = p.source().line();
        return true;
    }

    private static boolean apply(IndicatorValue value, ParsedIndicatorValue v, Scope scope, Instant now) {
        String unit = v.unit() == null ? null : v.unit().wireName();
        String source = scope.title();
        boolean changed = value.periodYear != v.period().year()
                || !Objects.equals(value.periodKind, Periods.kindName(v.period().kind()))
                || value.periodPart != v.period().part() || !sameNumber(value.value, v.value())
                || !Objects.equals(value.unit, unit) || !Objects.equals(value.breakdown, v.breakdown())
                || !Objects.equals(value.origin, v.origin().wireName()) || !Objects.equals(value.note, v.note())
                || !Objects.equals(value.source, source) || !Objects.equals(value.sourceLine, v.source().line());
        if (!changed) {
            return false;
        }
        value.periodYear = v.period().year();
        value.periodKind = Periods.kindName(v.period().kind());
        value.periodPart = v.period().part();
        value.value = v.value();
        value.unit = unit;
        value.breakdown = v.breakdown();
        value.origin = v.origin().wireName();
        value.note = v.note();
        value.source = source;
        value.sourceLine = v.source().line();
        value.recordedBy = IMPORT_USER;
        value.recordedAt = now;
        return true;
    }

    static boolean sameNumber(java.math.BigDecimal a, java.math.BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
