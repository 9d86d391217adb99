package no.styringsdata.budget.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import no.styringsdata.budget.dto.CubeRow;
import no.styringsdata.budget.entity.Amount;
import no.styringsdata.budget.entity.SourceDocument;
import no.styringsdata.platform.codelists.Labels;
import no.styringsdata.platform.codelists.Language;
import no.styringsdata.platform.jsonstat.JsonStat;

/**
 * Budget amounts and cubes of sums as JSON-stat 2.0 datasets. Values are whole kroner: the one category of the
 * metric dimension {@code measure} says so (unit NOK, 0 decimals). Chapters, posts, programme areas and
 * categories, ministries and agencies are labelled with their names as written in the documents; the dataset, its
 * dimensions, stages and post kinds in the language asked for ({@code Labels_nb/en.properties} here and in
 * {@code domain}).
 */
final class AmountDatasets {

    /** The agency category of the state budget's own figures (as the {@code agency=state} filter says). */
    static final String STATE = AmountFilter.STATE;
    private static final JsonStat.Unit NOK = new JsonStat.Unit("NOK", "kr", 0);

    private AmountDatasets() {
    }

    /**
     * The amounts, dimensions {@code chapter × post × year × stage × agency × measure}. A post's id is its
     * two-digit number within its chapter, as in the list; it is labelled with its name where every chapter
     * of the dataset gives that number the same name, else "post NN", and {@code extension.postNames} names
     * each kap./post. Agency {@code state} holds the state budget's own figures, the others an agency's own
     * (an årsrapport's samlet tildeling and regnskap), which are part of the state's: never add the two.
     */
    static JsonStat.Dataset of(List<Amount> amounts, JsonStat.Limit limit, Language language) {
        Map<Long, SourceDocument> documents = new LinkedHashMap<>();
        amounts.stream().map(a -> a.document).filter(Objects::nonNull).forEach(d -> documents.putIfAbsent(d.id, d));
        JsonStat.Dataset dataset = JsonStat.dataset(text("jsonstat.amounts", language),
                String.join("; ", documents.values().stream().map(d -> d.title).toList()), limit);

        Map<String, String> chapters = categories(amounts, a -> String.valueOf(a.post.chapter.number),
                a -> a.post.chapter.name, CubeSums.order(CubeDimension.CHAPTER));
        Map<String, String> postNames = new LinkedHashMap<>();
        Map<String, List<String>> namesByNumber = new TreeMap<>();
        amounts.forEach(a -> {
            String number = BudgetQueryService.postNumber(a.post.number);
            if (postNames.putIfAbsent(a.post.chapter.number + "." + number, a.post.name) == null) {
                namesByNumber.computeIfAbsent(number, n -> new ArrayList<>()).add(a.post.name);
            }
        });
        JsonStat.Dimension chapter = dimension(dataset, CubeDimension.CHAPTER, language);
        chapters.forEach(chapter::category);
        JsonStat.Dimension post = dataset.dimension("post", text("jsonstat.post", language));
        namesByNumber.forEach((number, names) -> post.category(number,
                names.stream().distinct().count() == 1 && names.get(0) != null ? names.get(0) : "post " + number));
        JsonStat.Dimension year = dimension(dataset, CubeDimension.YEAR, language);
        categories(amounts, a -> String.valueOf(a.year), a -> String.valueOf(a.year), CubeSums.order(CubeDimension.YEAR))
                .forEach(year::category);
        JsonStat.Dimension stage = dimension(dataset, CubeDimension.STAGE, language);
        categories(amounts, a -> a.stage.wireName(), a -> Labels.of(a.stage, language),
                CubeSums.order(CubeDimension.STAGE)).forEach(stage::category);
        JsonStat.Dimension agency = dimension(dataset, CubeDimension.AGENCY, language);
        String state = text("jsonstat.state", language);
        categories(amounts, AmountDatasets::agency, a -> a.agency == null ? state : a.agency.name,
                Comparator.comparing((String id) -> !id.equals(STATE)).thenComparing(Comparator.naturalOrder()))
                .forEach(agency::category);
        measure(dataset, language);

        for (Amount a : amounts) {
            dataset.value(a.amountNok, String.valueOf(a.post.chapter.number), BudgetQueryService.postNumber(a.post.number),
                    String.valueOf(a.year), a.stage.wireName(), agency(a), MEASURE);
        }
        return dataset.role("time", "year").role("metric", "measure")
                .extension("postNames", postNames)
                .extension("sources", documents.values().stream().map(AmountDatasets::source).toList());
    }

    /** A cube of sums, one dimension per {@code groupBy} in order, and {@code measure}. */
    static JsonStat.Dataset cube(CubeQuery query, List<CubeRow> rows, JsonStat.Limit limit, Language language) {
        JsonStat.Dataset dataset = JsonStat.dataset(text(query.agencies() ? "jsonstat.cube.agencies"
                : "jsonstat.cube.state", language), "Styringsdata budget API", limit);
        for (CubeDimension dimension : query.groupBy()) {
            JsonStat.Dimension categories = dimension(dataset, dimension, language);
            categories(rows, row -> key(dimension, row), row -> name(dimension, row), CubeSums.order(dimension))
                    .forEach(categories::category);
        }
        measure(dataset, language);
        for (CubeRow row : rows) {
            List<String> cell = new ArrayList<>(query.groupBy().stream().map(d -> key(d, row)).toList());
            cell.add(MEASURE);
            dataset.value(row.amountNok(), cell.toArray(String[]::new));
        }
        if (query.groupBy().contains(CubeDimension.YEAR)) {
            dataset.role("time", CubeDimension.YEAR.wireName());
        }
        return dataset.role("metric", "measure")
                .extension("kind", query.kind().wireName())
                .extension("figures", query.agencies() ? "agencies" : "state");
    }

    private static final String MEASURE = "amountNok";

    private static void measure(JsonStat.Dataset dataset, Language language) {
        dataset.dimension("measure", text("jsonstat.measure", language))
                .category(MEASURE, text("jsonstat.amountNok", language), NOK);
    }

    private static JsonStat.Dimension dimension(JsonStat.Dataset dataset, CubeDimension dimension, Language language) {
        return dataset.dimension(dimension.wireName(), Labels.of(dimension, language));
    }

    private static String text(String key, Language language) {
        return Labels.text(AmountDatasets.class, key, language);
    }

    /** Distinct categories, ids in the given order, each with the first label given. */
    private static <T> Map<String, String> categories(List<T> rows, Function<T, String> id, Function<T, String> label,
                                                      Comparator<String> order) {
        Map<String, String> categories = new TreeMap<>(order);
        rows.forEach(row -> categories.putIfAbsent(id.apply(row), label.apply(row)));
        return categories;
    }

    private static String agency(Amount amount) {
        return amount.agency == null ? STATE : amount.agency.id;
    }

    private static Map<String, Object> source(SourceDocument document) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("kind", document.kind);
        source.put("year", document.year);
        source.put("title", document.title);
        return source;
    }

    private static String key(CubeDimension dimension, CubeRow row) {
        return switch (dimension) {
            case PROGRAM_AREA -> row.programArea();
            case PROGRAM_CATEGORY -> row.programCategory();
            case CHAPTER -> String.valueOf(row.chapter());
            case POST_KIND -> row.postKind().wireName();
            case MINISTRY -> row.ministry();
            case AGENCY -> row.agency();
            case YEAR -> String.valueOf(row.year());
            case STAGE -> row.stage().wireName();
        };
    }

    private static String name(CubeDimension dimension, CubeRow row) {
        return switch (dimension) {
            case PROGRAM_AREA -> row.programAreaName();
            case PROGRAM_CATEGORY -> row.programCategoryName();
            case CHAPTER -> row.chapterName();
            case MINISTRY -> row.ministryName();
            case AGENCY -> row.agencyName();
            case POST_KIND -> row.postKindName();
            case STAGE -> row.stageName();
            case YEAR -> null;
        };
    }
}
