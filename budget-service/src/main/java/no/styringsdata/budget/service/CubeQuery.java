package no.styringsdata.budget.service;

import java.util.List;
import no.styringsdata.budget.domain.ChapterKind;
import no.styringsdata.budget.domain.PostKind;
import no.styringsdata.budget.domain.Stage;

/**
 * A cube of sums: the dimensions to group by, in order, and a filter on each (null: any). Expenditure and
 * revenue are summed apart ({@code kind}). The figures are the state budget's own, unless an agency is
 * given or the cube is grouped by agency: then the agencies' own figures, which are part of the state's and
 * are never added to them.
 */
public record CubeQuery(List<CubeDimension> groupBy, ChapterKind kind, String programArea, String programCategory,
                        Integer chapter, PostKind postKind, String ministry, String agency, Integer year, Stage stage) {

    public CubeQuery {
        groupBy = List.copyOf(groupBy);
    }

    /** Whether the agencies' own figures are summed rather than the state budget's. */
    boolean agencies() {
        return agency != null || groupBy.contains(CubeDimension.AGENCY);
    }
}
