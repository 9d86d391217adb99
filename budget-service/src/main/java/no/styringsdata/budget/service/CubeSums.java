package no.styringsdata.budget.service;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.styringsdata.budget.domain.ChapterKind;
import no.styringsdata.budget.domain.PostKind;
import no.styringsdata.budget.domain.Stage;
import no.styringsdata.budget.dto.CubeRow;
import no.styringsdata.platform.codelists.Labels;
import no.styringsdata.platform.codelists.Language;
import no.styringsdata.platform.query.Where;

/**
 * One GROUP BY query for a cube of sums. The select list and the grouping are the chosen dimensions' fixed
 * columns ({@link CubeDimension}), the filters bound parameters; joins are made only where a dimension or
 * filter reads them. A cube neither by nor of a chapter sums the kept sums of amount_sum (V21__amount_sums.sql:
 * a few hundred rows per year and stage), one by or of a chapter the amounts (an index-only scan of
 * amount_state_year_stage for the state budget's). Post kinds are summed here from the sums per post number.
 */
final class CubeSums {

    static final String NO_AREA = "uten område";
    static final String NO_CATEGORY = "uten kategori";
    static final String NO_MINISTRY = "uten departement";

    /**
     * One dimension's value of a cell: its key and its name, as written in the documents where it has one, else the
     * label of its code in the answer's language (a post kind, a stage, the group of none); a year has none.
     */
    record Cell(String key, String name) {
    }

    /** A cell of the cube: a value of each dimension, in the query's order, and the sum. */
    record Sum(Map<CubeDimension, Cell> cells, long amountNok) {
    }

    /** The answer is bigger than the limit: more groups than {@code limit}. */
    static final class TooManyGroups extends RuntimeException {
        TooManyGroups() {
            super(null, null, false, false);
        }
    }

    private CubeSums() {
    }

    /** The sums, ordered by the dimensions in order; at most {@code limit} groups read, else {@link TooManyGroups}. */
    static List<Sum> compute(EntityManager em, CubeQuery query, int limit, Language language) {
        boolean byPostNumber = query.groupBy().contains(CubeDimension.POST_KIND) || query.postKind() != null;
        Source source = query.chapter() == null && query.groupBy().stream().allMatch(d -> d.summedColumns != null)
                ? Source.SUMS : Source.AMOUNTS;
        List<String> columns = new ArrayList<>(query.groupBy().stream()
                .filter(d -> d != CubeDimension.POST_KIND).map(source::columns).toList());
        if (byPostNumber) {
            columns.add(source.columns(CubeDimension.POST_KIND));
        }
        String select = columns.isEmpty() ? "" : String.join(", ", columns) + ", ";
        String groupBy = columns.isEmpty() ? "" : " group by " + String.join(", ", columns);

        boolean area = query.groupBy().contains(CubeDimension.PROGRAM_AREA) || query.programArea() != null;
        boolean category = area || query.groupBy().contains(CubeDimension.PROGRAM_CATEGORY)
                || query.programCategory() != null;
        String joins = (category ? " left join " + source.category + " cat" : "")
                + (area ? " left join cat.area ar" : "")
                + (query.agencies() ? " join a.agency ag" : "")
                + (query.groupBy().contains(CubeDimension.MINISTRY)
                ? " left join MinistryEntity m on m.code = " + source.ministry : "");
        Where where = Where.start(" where " + (query.agencies() ? "a.agency is not null" : "a.agency is null"))
                .append(" and " + source.kind(query.kind()))
                .and("a.year = :year", "year", query.year())
                .and("a.stage = :stage", "stage", query.stage())
                .and("c.number = :chapter", "chapter", query.chapter())
                .and(source.ministry + " = :ministry", "ministry", query.ministry())
                .and("ag.id = :agency", "agency", query.agency())
                .and("cat.code = :category", "category", query.programCategory())
                .and("ar.code = :area", "area", query.programArea());
        var sql = em.createQuery("select " + select + "sum(a.amountNok) from " + source.from + joins + where + groupBy,
                Object[].class);
        if (limit < Integer.MAX_VALUE) {
            sql.setMaxResults(limit + 1);
        }
        List<Object[]> rows = where.bindTo(sql).getResultList();
        if (rows.size() > limit) {
            throw new TooManyGroups();
        }

        Map<List<String>, Sum> sums = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Map<CubeDimension, Cell> cells = new EnumMap<>(CubeDimension.class);
            int column = 0;
            for (CubeDimension dimension : query.groupBy()) {
                if (dimension != CubeDimension.POST_KIND) {
                    cells.put(dimension, cell(dimension, row, column, language));
                    column += dimension.width();
                }
            }
            if (byPostNumber) {
                PostKind kind = PostKind.of(query.kind(), (Integer) row[column]);
                if (query.postKind() != null && kind != query.postKind()) {
                    continue;
                }
                if (query.groupBy().contains(CubeDimension.POST_KIND)) {
                    cells.put(CubeDimension.POST_KIND, new Cell(kind.wireName(), Labels.of(kind, language)));
                }
            }
            long nok = row[row.length - 1] == null ? 0 : ((Number) row[row.length - 1]).longValue();
            List<String> key = query.groupBy().stream().map(d -> cells.get(d).key()).toList();
            sums.merge(key, new Sum(cells, nok), (a, b) -> new Sum(a.cells(), a.amountNok() + b.amountNok()));
        }
        return sums.values().stream().sorted(order(query.groupBy())).collect(Collectors.toList());
    }

    /** Where the sums are read: the amounts with their posts and chapters, or the kept sums. */
    private record Source(String from, String category, String ministry, boolean summed) {

        static final Source AMOUNTS = new Source("Amount a join a.post p join p.chapter c", "c.category", "c.ministryCode",
                false);
        static final Source SUMS = new Source("AmountSum a", "a.category", "a.ministryCode", true);

        String columns(CubeDimension dimension) {
            return summed ? dimension.summedColumns : dimension.columns;
        }

        /** Expenditure or revenue chapters' amounts: adding the two together means nothing. */
        String kind(ChapterKind kind) {
            boolean revenue = kind == ChapterKind.REVENUE;
            return summed ? "a.revenue = " + revenue
                    : "c.number " + (revenue ? ">= " : "< ") + ChapterKind.FIRST_REVENUE_CHAPTER;
        }
    }

    private static Cell cell(CubeDimension dimension, Object[] row, int column, Language language) {
        Object key = row[column];
        return switch (dimension) {
            case PROGRAM_AREA -> key == null ? none(NO_AREA, "no-area", language)
                    : new Cell((String) key, (String) row[column + 1]);
            case PROGRAM_CATEGORY -> key == null ? none(NO_CATEGORY, "no-category", language)
                    : new Cell((String) key, (String) row[column + 1]);
            case MINISTRY -> key == null ? none(NO_MINISTRY, "no-ministry", language)
                    : new Cell((String) key, (String) row[column + 1]);
            case CHAPTER, AGENCY -> new Cell(String.valueOf(key), (String) row[column + 1]);
            case YEAR -> new Cell(String.valueOf(key), null);
            case STAGE -> new Cell(((Stage) key).wireName(), Labels.of((Stage) key, language));
            case POST_KIND -> throw new IllegalArgumentException("post kinds are summed from post numbers");
        };
    }

    /** The group of the amounts that have no value of a dimension (no programkategori, no ministry), labelled. */
    private static Cell none(String key, String label, Language language) {
        return new Cell(key, Labels.text(CubeSums.class, "group." + label, language));
    }

    /** Chapters and years in numeric order, stages and post kinds in their enums' order, codes and ids as text. */
    static Comparator<String> order(CubeDimension dimension) {
        return switch (dimension) {
            case CHAPTER, YEAR -> Comparator.comparing(CubeSums::number).thenComparing(Comparator.naturalOrder());
            case STAGE -> Comparator.comparing(key -> Stage.valueOf(key.toUpperCase(java.util.Locale.ROOT)));
            case POST_KIND -> Comparator.comparing(key -> PostKind.valueOf(key.toUpperCase(java.util.Locale.ROOT)));
            default -> Comparator.naturalOrder();
        };
    }

    private static Comparator<Sum> order(List<CubeDimension> dimensions) {
        Comparator<Sum> order = (a, b) -> 0;
        for (CubeDimension dimension : dimensions) {
            order = order.thenComparing(sum -> sum.cells().get(dimension).key(), order(dimension));
        }
        return order;
    }

    private static long number(String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException notANumber) {
            return Long.MAX_VALUE;
        }
    }

    static CubeRow row(Sum sum) {
        Map<CubeDimension, Cell> c = sum.cells();
        return new CubeRow(key(c, CubeDimension.PROGRAM_AREA), name(c, CubeDimension.PROGRAM_AREA),
                key(c, CubeDimension.PROGRAM_CATEGORY), name(c, CubeDimension.PROGRAM_CATEGORY),
                c.containsKey(CubeDimension.CHAPTER) ? Integer.valueOf(key(c, CubeDimension.CHAPTER)) : null,
                name(c, CubeDimension.CHAPTER),
                c.containsKey(CubeDimension.POST_KIND)
                        ? PostKind.valueOf(key(c, CubeDimension.POST_KIND).toUpperCase(java.util.Locale.ROOT)) : null,
                name(c, CubeDimension.POST_KIND), key(c, CubeDimension.MINISTRY), name(c, CubeDimension.MINISTRY),
                key(c, CubeDimension.AGENCY), name(c, CubeDimension.AGENCY),
                c.containsKey(CubeDimension.YEAR) ? Integer.valueOf(key(c, CubeDimension.YEAR)) : null,
                c.containsKey(CubeDimension.STAGE)
                        ? Stage.valueOf(key(c, CubeDimension.STAGE).toUpperCase(java.util.Locale.ROOT)) : null,
                name(c, CubeDimension.STAGE), sum.amountNok());
    }

    private static String key(Map<CubeDimension, Cell> cells, CubeDimension dimension) {
        return cells.containsKey(dimension) ? cells.get(dimension).key() : null;
    }

    private static String name(Map<CubeDimension, Cell> cells, CubeDimension dimension) {
        return cells.containsKey(dimension) ? cells.get(dimension).name() : null;
    }
}
