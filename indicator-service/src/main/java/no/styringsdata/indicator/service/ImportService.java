package no.styringsdata.indicator.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.styringsdata.indicator.domain.Periods;
import no.styringsdata.indicator.dto.ImportReport;
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
import no.styringsdata.indicator.importer.Period;
import no.styringsdata.platform.audit.AuditLog;
import no.styringsdata.platform.importing.ImportLock;
import no.styringsdata.platform.importing.SectionFinding;
import no.styringsdata.platform.problem.Problems;
import no.styringsdata.platform.scope.AgencyEntity;
import no.styringsdata.platform.scope.ScopeRegistry;
import no.styringsdata.reader.DocumentReader;
import no.styringsdata.reader.ReadDocument;
import no.styringsdata.reader.identity.DocumentIdentity;
import no.styringsdata.reader.identity.ImportHints;
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
    AuditLog audit;

    @Inject
    ScopeRegistry scopes;

    @Inject
    ImportLock importLock;

    static final String IMPORT_USER = "import";
    static final String API_ORIGIN = "api";

    private final AllocationLetterIndicatorParser letters = new AllocationLetterIndicatorParser();
    private final AnnualReportIndicatorParser reports = new AnnualReportIndicatorParser();

    /** The document, whose it is (from the reader) and what the goal parsers read from it. */
    record Reading(ReadDocument document, ParsedIndicatorDocument parsed) {

        DocumentIdentity identity() {
            return document.identity();
        }
    }

    /**
     * Imports the text. Kind, ministry, agency, year and title come from the document reader (completed
     * by the hints); the goals, indicators and values from this service's parsers.
     */
    public ImportReport importDocument(String text, ImportHints hints) {
        if (text == null || text.isBlank()) {
            throw Problems.invalidField("body", "body", "the document text is empty");
        }
        long started = System.nanoTime();
        Reading reading = read(text, hints);
        long parseMillis = (System.nanoTime() - started) / 1_000_000;
        return importLock.serialised(() -> storeDocument(reading, parseMillis));
    }

    /** Stores what {@link #importDocument} read, in one transaction (public only to be intercepted: call that). */
    @Transactional
    public ImportReport storeDocument(Reading reading, long parseMillis) {
        DocumentIdentity identity = reading.identity();
        ParsedIndicatorDocument parsed = reading.parsed();
        // first in the transaction: one import after another, each seeing what the one before committed
        importLock.lockDatabase();
        AgencyEntity agency = AgencyEntity.findById(scopes.register(identity));
        Scope scope = new Scope(identity.ministry().code(), agency, identity.kind().wireName(), identity.year(),
                identity.title());

        List<ImportWarning> warnings = new ArrayList<>();
        if (parsed.year() != identity.year()) {
            warnings.add(new ImportWarning(identity.titleLine(), "The goals were read as those of " + parsed.year()
                    + ", but the document is of " + identity.year() + "; stored as " + identity.year()));
        }
        warnings.addAll(parsed.warnings());
        ChangeCounter goals = new ChangeCounter();
        Map<Integer, Goal> goalsByNumber = new HashMap<>();
        for (ParsedGoal g : parsed.goals()) {
            Goal goal = Goal.find(scope.ministryCode(), agency.id, scope.document(), scope.year(), g.number())
                    .orElse(null);
            if (goal == null) {
                goal = new Goal();
                apply(goal, g, scope);
                goal.persist();
                goals.created();
            } else {
                goals.updatedIf(apply(goal, g, scope));
            }
            goalsByNumber.put(g.number(), goal);
        }

        ChangeCounter indicators = new ChangeCounter();
        Map<IndicatorRef, Indicator> byRef = new HashMap<>();
        Set<Series> touchedSeries = new LinkedHashSet<>();
        int linked = 0;
        for (ParsedIndicator p : parsed.indicators()) {
            Series series = seriesFor(p, scope);
            Indicator indicator = findIndicator(p, scope).orElse(null);
            Goal goal = p.goal() == null ? null : goalsByNumber.get(p.goal());
            if (indicator == null) {
                indicator = new Indicator();
                apply(indicator, p, series, goal, scope);
                indicator.persist();
                indicators.created();
            } else {
                indicators.updatedIf(apply(indicator, p, series, goal, scope));
            }
            byRef.put(p.ref(), indicator);
            touchedSeries.add(series);
            if (Indicator.count("series = ?1 and document <> ?2", series, scope.document()) > 0) {
                linked++;
            }
        }

        touchedSeries.forEach(ImportService::standFromLatest);

        ChangeCounter values = new ChangeCounter();
        Instant now = Instant.now();
        for (ParsedIndicatorValue v : firstPerPeriodAndBreakdown(parsed.values(), warnings)) {
            Indicator indicator = byRef.get(v.indicator());
            if (indicator == null) {
                warnings.add(new ImportWarning(v.source().line(), "Value for an indicator not read, skipped: " + v.indicator()));
                continue;
            }
            IndicatorValue value = findValue(indicator, v.period(), v.breakdown());
            if (value == null) {
                value = new IndicatorValue();
                value.indicator = indicator;
                apply(value, v, scope, now);
                value.persist();
                values.created();
            } else if (API_ORIGIN.equals(value.origin)) {
                values.updatedIf(false);
            } else {
                values.updatedIf(apply(value, v, scope, now));
            }
        }
        Goal.flush();
        var goalCounts = goals.counts();
        var indicatorCounts = indicators.counts();
        var valueCounts = values.counts();
        boolean changed = goalCounts.changed() || indicatorCounts.changed() || valueCounts.changed();
        if (changed) {
            audit.record("import", "document", scope.document() + " " + scope.year() + " " + scope.ministryCode()
                    + "/" + agency.id + ": " + scope.title(), null,
                    Map.of("goals", goalCounts, "indicators", indicatorCounts, "values", valueCounts));
        }
        return new ImportReport(scope.document(), scope.ministryCode(), agency.id, agency.name, scope.year(),
                scope.title(), changed, goalCounts, indicatorCounts, valueCounts, linked,
                SectionFinding.of(reading.document(), found(parsed)), warnings, parseMillis);
    }

    /** Whose the records are and where they come from: the same for every record of one import. */
    private record Scope(String ministryCode, AgencyEntity agency, String document, int year, String title) {

        boolean owns(AgencyEntity other) {
            return other != null && other.id.equals(agency.id);
        }
    }

    /**
     * Reads the identity with the document reader, then the goals with the parser of its kind. Hostile
     * input must give 422, never 500: anything a reader trips over means the text is unreadable.
     */
    private Reading read(String text, ImportHints hints) {
        try {
            ReadDocument document = DocumentReader.read(text, hints);
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
            return new Reading(document, parsed);
        } catch (DocumentFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new DocumentFormatException("The text could not be read as an allocation letter or annual report", 0);
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

    /** The agency's series of the indicator's text; another agency's with the same text is not it. */
    private static Series seriesFor(ParsedIndicator p, Scope scope) {
        return Series.find(scope.agency().id, p.textKey()).orElseGet(() -> {
            Series series = new Series();
            series.ministryCode = scope.ministryCode();
            series.agency = scope.agency();
            series.textKey = p.textKey();
            series.kind = p.kind().wireName();
            series.text = p.text();
            series.persist();
            return series;
        });
    }

    /**
     * A series says what the latest of its indicators says (later year, an annual report after the year's
     * letter, then title, kind, number and text), whichever document was imported first: the wording of two
     * documents may differ where their normalised text, the series' key, does not.
     */
    private static void standFromLatest(Series series) {
        Indicator.<Indicator>list("series", series).stream().max(LATEST).ifPresent(latest -> {
            series.kind = latest.kind;
            series.text = latest.text;
            series.ministryCode = latest.ministryCode;
        });
    }

    private static final Comparator<Indicator> LATEST = Comparator.comparingInt((Indicator i) -> i.year)
            .thenComparing(i -> "arsrapport".equals(i.document))
            .thenComparing(i -> i.sourceTitle, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(i -> i.kind)
            .thenComparingInt(i -> i.number)
            .thenComparing(i -> i.text);

    private static Optional<Indicator> findIndicator(ParsedIndicator p, Scope scope) {
        String sameDocument = "agency.id = ?1 and ministryCode = ?2 and document = ?3 and year = ?4 and kind = ?5 "
                + "and number = ?6";
        if (p.goal() == null) {
            return Indicator.find(sameDocument + " and goalNumber is null", scope.agency().id, scope.ministryCode(),
                    scope.document(), scope.year(), p.kind().wireName(), p.number()).firstResultOptional();
        }
        return Indicator.find(sameDocument + " and goalNumber = ?7", scope.agency().id, scope.ministryCode(),
                scope.document(), scope.year(), p.kind().wireName(), p.number(), p.goal()).firstResultOptional();
    }

    static IndicatorValue findValue(Indicator indicator, Period period, String breakdown) {
        String kind = Periods.kindName(period.kind());
        if (breakdown == null) {
            return IndicatorValue.<IndicatorValue>find("indicator = ?1 and periodYear = ?2 and periodKind = ?3 "
                    + "and periodPart = ?4 and breakdown is null", indicator, period.year(), kind, period.part())
                    .firstResult();
        }
        return IndicatorValue.<IndicatorValue>find("indicator = ?1 and periodYear = ?2 and periodKind = ?3 "
                + "and periodPart = ?4 and breakdown = ?5", indicator, period.year(), kind, period.part(), breakdown)
                .firstResult();
    }

    private static boolean apply(Goal goal, ParsedGoal g, Scope scope) {
        String[] longTermGoals = g.longTermGoals().toArray(String[]::new);
        boolean changed = !scope.owns(goal.agency) || !Objects.equals(goal.ministryCode, scope.ministryCode())
                || goal.year != scope.year() || goal.number != g.number() || !Objects.equals(goal.title, g.title())
                || !Objects.equals(goal.area, g.area()) || !Arrays.equals(goal.longTermGoals, longTermGoals)
                || !Objects.equals(goal.document, scope.document()) || !Objects.equals(goal.sourceTitle, scope.title())
                || goal.sourceLine != g.source().line();
        goal.ministryCode = scope.ministryCode();
        goal.agency = scope.agency();
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
        boolean changed = !scope.owns(i.agency) || !Objects.equals(i.ministryCode, scope.ministryCode())
                || i.series != series || i.goal != goal || !Objects.equals(i.goalNumber, p.goal())
                || i.year != scope.year() || !Objects.equals(i.document, scope.document())
                || !Objects.equals(i.kind, p.kind().wireName()) || i.number != p.number()
                || !Objects.equals(i.text, p.text()) || !Arrays.equals(i.subItems, subItems)
                || !Arrays.equals(i.requirements, requirements)
                || !Objects.equals(i.textKey, p.textKey()) || !Objects.equals(i.sourceTitle, scope.title())
                || i.sourceLine != p.source().line();
        if (!changed) {
            return false;
        }
        i.ministryCode = scope.ministryCode();
        i.agency = scope.agency();
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
