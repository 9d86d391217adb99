package no.styringsdata.indicator.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.styringsdata.indicator.domain.Periods;
import no.styringsdata.indicator.dto.ImportReport;
import no.styringsdata.indicator.entity.Goal;
import no.styringsdata.indicator.entity.Indicator;
import no.styringsdata.indicator.entity.IndicatorValue;
import no.styringsdata.indicator.entity.Series;
import no.styringsdata.indicator.importer.IndicatorDocumentParser;
import no.styringsdata.indicator.importer.IndicatorRef;
import no.styringsdata.indicator.importer.ParsedGoal;
import no.styringsdata.indicator.importer.ParsedIndicator;
import no.styringsdata.indicator.importer.ParsedIndicatorDocument;
import no.styringsdata.indicator.importer.ParsedIndicatorValue;
import no.styringsdata.indicator.importer.Period;
import no.styringsdata.reader.text.DocumentFormatException;
import no.styringsdata.reader.text.ImportWarning;
import no.styringsdata.platform.audit.AuditLog;
import no.styringsdata.platform.problem.Problems;

/**
 * Imports an allocation letter (goals, steering parameters, key figures) or an annual report (its
 * results and their values, and the key-figure table): parse (pure), then store in one transaction,
 * matched by document, year, goal, kind and number, so that importing the same document twice changes
 * nothing. Indicators with the same normalised text share one series, across documents and years.
 * Values entered or corrected through the API are never overwritten by an import.
 */
@ApplicationScoped
public class ImportService {

    @Inject
    AuditLog audit;

    static final String IMPORT_USER = "import";
    static final String API_ORIGIN = "api";

    private final IndicatorDocumentParser parser = new IndicatorDocumentParser();

    @Transactional
    public ImportReport importDocument(String text) {
        if (text == null || text.isBlank()) {
            throw Problems.invalidField("body", "body", "the document text is empty");
        }
        long started = System.nanoTime();
        ParsedIndicatorDocument parsed = parse(text);
        long parseMillis = (System.nanoTime() - started) / 1_000_000;

        String document = parsed.kind().wireName();
        List<ImportWarning> warnings = new ArrayList<>(parsed.warnings());
        ChangeCounter goals = new ChangeCounter();
        Map<Integer, Goal> goalsByNumber = new HashMap<>();
        for (ParsedGoal g : parsed.goals()) {
            Goal goal = Goal.find(document, parsed.year(), g.number()).orElse(null);
            if (goal == null) {
                goal = new Goal();
                apply(goal, g, parsed);
                goal.persist();
                goals.created();
            } else {
                goals.updatedIf(apply(goal, g, parsed));
            }
            goalsByNumber.put(g.number(), goal);
        }

        ChangeCounter indicators = new ChangeCounter();
        Map<IndicatorRef, Indicator> byRef = new HashMap<>();
        int linked = 0;
        for (ParsedIndicator p : parsed.indicators()) {
            Series series = seriesFor(p);
            Indicator indicator = findIndicator(document, p).orElse(null);
            Goal goal = p.goal() == null ? null : goalsByNumber.get(p.goal());
            if (indicator == null) {
                indicator = new Indicator();
                apply(indicator, p, series, goal, parsed);
                indicator.persist();
                indicators.created();
            } else {
                indicators.updatedIf(apply(indicator, p, series, goal, parsed));
            }
            byRef.put(p.ref(), indicator);
            if (Indicator.count("series = ?1 and document <> ?2", series, document) > 0) {
                linked++;
            }
        }

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
                apply(value, v, parsed, now);
                value.persist();
                values.created();
            } else if (API_ORIGIN.equals(value.origin)) {
                values.updatedIf(false);
            } else {
                values.updatedIf(apply(value, v, parsed, now));
            }
        }
        Goal.flush();
        var goalCounts = goals.counts();
        var indicatorCounts = indicators.counts();
        var valueCounts = values.counts();
        boolean changed = goalCounts.changed() || indicatorCounts.changed() || valueCounts.changed();
        if (changed) {
            audit.record("import", "document", parsed.kind().wireName() + " " + parsed.year()
                    + (parsed.title() == null ? "" : ": " + parsed.title()), null,
                    java.util.Map.of("goals", goalCounts, "indicators", indicatorCounts, "values", valueCounts));
        }
        return new ImportReport(document, parsed.year(), parsed.title(), changed, goalCounts, indicatorCounts,
                valueCounts, linked, warnings, parseMillis);
    }

    /** Hostile input must give 422, never 500: anything the parser trips over means the text is unreadable. */
    private ParsedIndicatorDocument parse(String text) {
        try {
            return parser.parse(text);
        } catch (DocumentFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new DocumentFormatException("The text could not be read as an allocation letter or annual report", 0);
        }
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

    private static Series seriesFor(ParsedIndicator p) {
        return Series.findByTextKey(p.textKey()).orElseGet(() -> {
            Series series = new Series();
            series.textKey = p.textKey();
            series.kind = p.kind().wireName();
            series.text = p.text();
            series.persist();
            return series;
        });
    }

    private static java.util.Optional<Indicator> findIndicator(String document, ParsedIndicator p) {
        if (p.goal() == null) {
            return Indicator.find("document = ?1 and year = ?2 and kind = ?3 and number = ?4 and goalNumber is null",
                    document, p.year(), p.kind().wireName(), p.number()).firstResultOptional();
        }
        return Indicator.find("document = ?1 and year = ?2 and kind = ?3 and number = ?4 and goalNumber = ?5",
                document, p.year(), p.kind().wireName(), p.number(), p.goal()).firstResultOptional();
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

    private static boolean apply(Goal goal, ParsedGoal g, ParsedIndicatorDocument doc) {
        String document = doc.kind().wireName();
        boolean changed = goal.year != doc.year() || goal.number != g.number() || !Objects.equals(goal.title, g.title())
                || !Objects.equals(goal.document, document) || !Objects.equals(goal.sourceTitle, doc.title())
                || goal.sourceLine != g.source().line();
        goal.year = doc.year();
        goal.number = g.number();
        goal.title = g.title();
        goal.document = document;
        goal.sourceTitle = doc.title();
        goal.sourceLine = g.source().line();
        return changed;
    }

    private static boolean apply(Indicator i, ParsedIndicator p, Series series, Goal goal, ParsedIndicatorDocument doc) {
        String document = doc.kind().wireName();
        String[] subItems = p.subItems().toArray(String[]::new);
        boolean changed = i.series != series || i.goal != goal || !Objects.equals(i.goalNumber, p.goal())
                || i.year != p.year() || !Objects.equals(i.document, document)
                || !Objects.equals(i.kind, p.kind().wireName()) || i.number != p.number()
                || !Objects.equals(i.text, p.text()) || !Arrays.equals(i.subItems, subItems)
                || !Objects.equals(i.textKey, p.textKey()) || !Objects.equals(i.sourceTitle, doc.title())
                || i.sourceLine != p.source().line();
        if (!changed) {
            return false;
        }
        i.series = series;
        i.goal = goal;
        i.goalNumber = p.goal();
        i.year = p.year();
        i.document = document;
        i.kind = p.kind().wireName();
        i.number = p.number();
        i.text = p.text();
        i.subItems = subItems;
        i.searchText = String.join(" ", p.text(), String.join(" ", p.subItems())).strip();
        i.textKey = p.textKey();
        i.sourceTitle = doc.title();
        i.sourceLine = p.source().line();
        return true;
    }

    private static boolean apply(IndicatorValue value, ParsedIndicatorValue v, ParsedIndicatorDocument doc, Instant now) {
        String unit = v.unit() == null ? null : v.unit().wireName();
        String source = doc.title() != null ? doc.title() : doc.kind().wireName() + " " + doc.year();
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
