package no.styringsdata.indicator.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.styringsdata.indicator.dto.IndicatorRow;
import no.styringsdata.indicator.dto.ValueRow;
import no.styringsdata.platform.codelists.Labels;
import no.styringsdata.platform.codelists.Language;
import no.styringsdata.platform.jsonstat.JsonStat;

/**
 * An indicator's series as a JSON-stat 2.0 dataset: dimensions {@code period} and {@code breakdown}
 * ({@code total} for the whole), null where a period has no value for a breakdown. The unit, and whose the
 * indicator is (ministry and agency), sit in {@code extension}. The dimensions and the whole are labelled in the
 * language asked for ({@code Labels_nb/en.properties} here); the text, periods and breakdowns as written.
 */
public final class SeriesJsonStat {

    static final String WHOLE = "total";

    private SeriesJsonStat() {
    }

    public static JsonStat.Dataset dataset(IndicatorQueryService.SeriesValues series, Language language) {
        IndicatorRow indicator = series.indicator();
        List<ValueRow> rows = series.values();
        JsonStat.Dataset dataset = JsonStat.dataset(indicator.text(), series.sourceTitle());
        JsonStat.Dimension period = dataset.dimension("period", label("period", language));
        JsonStat.Dimension breakdown = dataset.dimension("breakdown", label("breakdown", language));
        String whole = label(WHOLE, language);
        rows.forEach(r -> period.category(r.period(), r.period()));
        rows.forEach(r -> breakdown.category(breakdown(r), WHOLE.equals(breakdown(r)) ? whole : breakdown(r)));
        List<String> units = new ArrayList<>(Collections.nCopies(Math.toIntExact(dataset.cellCount()), null));
        for (ValueRow r : rows) {
            int cell = dataset.cell(r.period(), breakdown(r));
            if (!dataset.hasValue(cell)) {
                dataset.value(cell, r.value());
                units.set(cell, r.unit());
            }
        }
        Set<String> distinctUnits = new LinkedHashSet<>(units);
        distinctUnits.remove(null);

        dataset.role("time", "period")
                .extension("indicator", indicator.id())
                .extension("series", indicator.seriesId())
                .extension("kind", indicator.kind())
                .extension("ministry", indicator.ministry())
                .extension("agency", indicator.agency())
                .extension("agencyName", indicator.agencyName())
                .extension("unit", distinctUnits.size() == 1 ? distinctUnits.iterator().next() : null);
        if (distinctUnits.size() > 1) {
            dataset.extension("units", units);
        }
        return dataset;
    }

    private static String label(String key, Language language) {
        return Labels.text(SeriesJsonStat.class, "jsonstat." + key, language);
    }

    private static String breakdown(ValueRow row) {
        return row.breakdown() == null ? WHOLE : row.breakdown();
    }
}
