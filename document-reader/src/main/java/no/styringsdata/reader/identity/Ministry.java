package no.styringsdata.reader.identity;

import java.util.List;

/**
 * A ministry (departement) by its stable short code and its current name. Names change over the
 * years (Kommunal- og moderniseringsdepartementet became Kommunal- og distriktsdepartementet); the
 * code stays, and {@code formerNames} lets an old document find it.
 *
 * @param code          stable short code, e.g. {@code HOD}
 * @param name          current name, e.g. "Helse- og omsorgsdepartementet"
 * @param formerNames   earlier names (and their codes) under which documents name it
 * @param chapterRanges the budget chapters it owns, as {@code [from, to]} pairs (expenditure and revenue)
 */
public record Ministry(String code, String name, List<String> formerNames, List<int[]> chapterRanges) {

    /** True when the budget chapter lies in one of the ministry's ranges. */
    public boolean ownsChapter(int chapter) {
        return chapterRanges.stream().anyMatch(r -> chapter >= r[0] && chapter <= r[1]);
    }
}
