package no.styringsdata.budget.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.styringsdata.budget.domain.Stage;
import no.styringsdata.budget.dto.AmountRow;
import no.styringsdata.budget.service.AmountFilter;
import no.styringsdata.budget.service.BudgetQueryService;
import no.styringsdata.platform.jsonstat.DatasetFormat;
import no.styringsdata.platform.jsonstat.JsonStat;
import no.styringsdata.platform.codelists.RequestLanguage;
import no.styringsdata.platform.openapi.Bounds;
import no.styringsdata.platform.openapi.LanguageParameters;
import no.styringsdata.platform.problem.Problems;
import no.styringsdata.platform.rest.FormatQueryFilter;
import no.styringsdata.platform.scope.ScopeFilter;
import no.styringsdata.platform.rest.PageRequest;
import no.styringsdata.platform.rest.PagedResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/amounts")
@Produces({MediaType.APPLICATION_JSON, FormatQueryFilter.TEXT_CSV, JsonStat.MEDIA_TYPE})
@Tag(name = "Amounts", description = "Beløp: every figure per kap./post, year and stage, with provenance")
public class AmountResource {

    @Inject
    BudgetQueryService queries;

    @Inject
    ObjectMapper json;

    @Inject
    RequestLanguage language;

    /** At most this many cells in a JSON-stat dataset (the list pages instead). */
    @ConfigProperty(name = "styringsdata.cube.max-cells", defaultValue = "100000")
    int maxCells;

    @GET
    @Extension(name = LanguageParameters.LABELS, value = LanguageParameters.IN_JSON_STAT)
    @Operation(summary = "List amounts as flat rows",
            description = "Amounts in whole kroner per chapter, post, year and stage (regnskap, saldert, forslag, "
                    + "revidert, tildeling), each with the document, line and text it was read from, the ministry that "
                    + "owns the chapter and, for an agency's own figure, the agency. `agency=state` gives the state "
                    + "budget's own figures only. Paging in "
                    + "`X-Total-Count` and `Link` headers. CSV with `Accept: text/csv` or `?format=csv`. All the amounts "
                    + "the filters select, unpaged, as a JSON-stat 2.0 dataset with `Accept: application/json+stat` or "
                    + "`?format=jsonstat`: dimensions chapter × post × year × stage × agency × measure, values in whole "
                    + "kroner (the metric `measure`: unit NOK, 0 decimals), chapters and posts labelled with their names "
                    + "as written in the documents, the dataset, its dimensions and stages in the language of `lang` "
                    + "or `Accept-Language` (`Content-Language`); a post's id is its number within its chapter, labelled with its "
                    + "name where every chapter gives that number the same one (`extension.postNames` names each "
                    + "kap./post); agency `state` holds the state budget's own figures, the others an agency's own "
                    + "(part of the state's: never add the two); `extension.sources` lists the documents. A dataset of "
                    + "more than 100 000 cells (the product of the dimensions' sizes) is a 400 naming `format`: narrow "
                    + "it with the filters.")
    @APIResponse(responseCode = "200", description = "One page of amounts",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AmountRow.class, type = SchemaType.ARRAY),
                            examples = @ExampleObject(name = "kap. 740 post 01, forslag 2026", value = Examples.AMOUNTS)),
                    @Content(mediaType = FormatQueryFilter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "as CSV", value = Examples.AMOUNTS_CSV))})
    @APIResponse(responseCode = "400", description = "A parameter is invalid, or the JSON-stat dataset would be too "
            + "large; `violations` names the parameter",
            content = @Content(mediaType = Problems.MEDIA_TYPE,
                    examples = @ExampleObject(name = "dataset too large", value = Examples.PROBLEM_AMOUNTS_TOO_LARGE)))
    public Response list(
            @Parameter(description = "Chapter (kapittel) number", example = "740")
            @QueryParam("chapter") @Min(Bounds.CHAPTER_FIRST) @Max(Bounds.CHAPTER_LAST) Integer chapter,
            @Parameter(description = "Post number", example = "01") @QueryParam("post") @Min(Bounds.POST_FIRST) @Max(Bounds.POST_LAST)
            Integer post,
            @Parameter(description = "Budget year", example = "2026") @QueryParam("year") @Min(Bounds.YEAR_FIRST) @Max(Bounds.YEAR_LAST) Integer year,
            @Parameter(description = "regnskap, saldert, forslag, revidert or tildeling", example = "forslag")
            @QueryParam("stage") Stage stage,
            @BeanParam @Valid ScopeFilter scope,
            @BeanParam @Valid PageRequest paging,
            @Parameter(description = "`json`, `csv` or `jsonstat`, instead of an Accept header (which it sets)")
            @QueryParam("format") DatasetFormat format,
            @Context HttpHeaders headers) {
        var filter = new AmountFilter(chapter, post, year, stage,
                scope.ministryCode().orElse(null), scope.agencyId().orElse(null));
        if (JsonStat.wanted(headers)) {
            var limit = new JsonStat.Limit(maxCells, "format",
                    "narrow it with chapter, post, year, stage, ministry or agency, or page the JSON list");
            return JsonStat.ok(queries.amountsDataset(filter, limit, language.labels()), json);
        }
        return PagedResponse.of(queries.amounts(filter), AmountRow.class, paging);
    }
}
