package no.styringsdata.indicator.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.styringsdata.indicator.dto.IndicatorRow;
import no.styringsdata.indicator.dto.ValueRow;

/**
 * An indicator's series as a JSON-stat 2.0 dataset (https://json-stat.org/format/): dimensions
 * {@code period} and {@code breakdown} ({@code total} for the whole), values in row-major order,
 * null where a period has no value for a breakdown. The unit, and whose the indicator is (ministry and
 * agency), sit in {@code extension}.
 */
public final class JsonStat {

    public static final String MEDIA_TYPE = "application/json+stat";
    static final String WHOLE = "total";

    private JsonStat() {
    }

    public static Map<String, Object> dataset(IndicatorQueryService.SeriesValues series) {
        IndicatorRow indicator = series.indicator();
        List<ValueRow> rows = series.values();
        Set<String> periods = new LinkedHashSet<>();
        Set<String> breakdowns = new LinkedHashSet<>();
        rows.forEach(r -> {
            periods.add(r.period());
            breakdowns.add(r.breakdown() == null ? WHOLE : r.breakdown());
        });
        List<String> periodIds = List.copyOf(periods);
        List<String> breakdownIds = List.copyOf(breakdowns);
        List<Object> values = new ArrayList<>();
        List<String> units = new ArrayList<>();
        for (int i = 0; i < periodIds.size() * breakdownIds.size(); i++) {
            values.add(null);
            units.add(null);
        }
        for (ValueRow r : rows) {
            int cell = periodIds.indexOf(r.period()) * breakdownIds.size()
                    + breakdownIds.indexOf(r.breakdown() == null ? WHOLE : r.breakdown());
            if (values.get(cell) == null) {
                values.set(cell, r.value());
                units.set(cell, r.unit());
            }
        }
        Set<String> distinctUnits = new LinkedHashSet<>(units);
        distinctUnits.remove(null);

        Map<String, Object> dimension = new LinkedHashMap<>();
        dimension.put("period", dimension("Periode", periodIds, Map.of()));
        Map<String, String> breakdownLabels = Map.of(WHOLE, "Totalt");
        dimension.put("breakdown", dimension("Fordeling", breakdownIds, breakdownLabels));

        Map<String, Object> extension = new LinkedHashMap<>();
        extension.put("indicator", indicator.id());
        extension.put("series", indicator.seriesId());
        extension.put("kind", indicator.kind());
        extension.put("ministry", indicator.ministry());
        extension.put("agency", indicator.agency());
        extension.put("agencyName", indicator.agencyName());
        extension.put("unit", distinctUnits.size() == 1 ? distinctUnits.iterator().next() : null);
        if (distinctUnits.size() > 1) {
            extension.put("units", units);
        }

        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("version", "2.0");
        dataset.put("class", "dataset");
        dataset.put("label", indicator.text());
        dataset.put("source", series.sourceTitle());
        dataset.put("id", List.of("period", "breakdown"));
        dataset.put("size", List.of(periodIds.size(), breakdownIds.size()));
        dataset.put("dimension", dimension);
        dataset.put("value", values);
        dataset.put("role", Map.of("time", List.of("period")));
        dataset.put("extension", extension);
        return dataset;
    }

    private static Map<String, Object> dimension(String label, List<String> ids, Map<String, String> labels) {
        Map<String, Integer> index = new LinkedHashMap<>();
        Map<String, String> categoryLabels = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
            categoryLabels.put(ids.get(i), labels.getOrDefault(ids.get(i), ids.get(i)));
        }
        return Map.of("label", label, "category", Map.of("index", index, "label", categoryLabels));
    }
}
