package no.styringsdata.budget.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import no.styringsdata.budget.domain.ChapterKind;
import no.styringsdata.budget.service.Grouping;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** How the aggregations group the amounts they sum: {@code groupBy} and {@code kind}. */
public class GroupingParams {

    @QueryParam("groupBy")
    @DefaultValue("programCategory")
    @Parameter(description = "programCategory (programkategori), chapter, postKind, ministry (the ministry that owns the "
            + "chapter) or agency (the agencies' own figures, by agency)", example = "programCategory")
    public Grouping groupBy;

    @QueryParam("kind")
    @DefaultValue("expenditure")
    @Parameter(description = "expenditure (utgifter, the default) or revenue (inntekter): they are summed apart",
            example = "expenditure")
    public ChapterKind kind;
}
