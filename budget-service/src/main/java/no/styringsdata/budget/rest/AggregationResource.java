package no.styringsdata.budget.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import no.styringsdata.budget.domain.Stage;
import no.styringsdata.budget.dto.CubeRow;
import no.styringsdata.budget.dto.GroupComparison;
import no.styringsdata.budget.dto.GroupSum;
import no.styringsdata.budget.service.AggregationService;
import no.styringsdata.budget.service.CubeQuery;
import no.styringsdata.platform.caching.VersionInQuery;
import no.styringsdata.platform.jsonstat.DatasetFormat;
import no.styringsdata.platform.jsonstat.JsonStat;
import no.styringsdata.platform.codelists.RequestLanguage;
import no.styringsdata.platform.openapi.Bounds;
import no.styringsdata.platform.openapi.LanguageParameters;
import no.styringsdata.platform.problem.Problems;
import no.styringsdata.platform.rest.FormatQueryFilter;
import no.styringsdata.platform.scope.ScopeFilter;
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

@Path("/aggregations")
@Produces({MediaType.APPLICATION_JSON, FormatQueryFilter.TEXT_CSV})
@Tag(name = "Aggregations", description = "Sums and comparisons of the state budget's amounts")
public class AggregationResource {

    @Inject
    AggregationService aggregations;

    @Inject
    ObjectMapper json;

    @Inject
    RequestLanguage language;

    /** At most this many groups (JSON, CSV) or cells (JSON-stat) in a cube. */
    @ConfigProperty(name = "styringsdata.cube.max-cells", defaultValue = "100000")
    int maxCells;

    private static final String GROUP_NAMES = "Each group is named as the documents write it (programkategorier, "
            + "chapters, ministries, agencies); post kinds, stages and the groups of none (`uten kategori`) by their "
            + "labels in the language of `lang` or `Accept-Language` (`Content-Language`).";

    private static AggregationService.Scope scope(ScopeFilter scope) {
        return new AggregationService.Scope(scope.ministryCode().orElse(null), scope.agencyId().orElse(null));
    }

    @GET
    @Path("/sums")
    @Extension(name = LanguageParameters.LABELS, value = LanguageParameters.ALWAYS)
    @Operation(summary = "Sums by programkategori, chapter or post kind",
            description = "The state budget's amounts of one year and stage summed by group, in whole kroner. With "
                    + "`ministry`, only the chapters that ministry owns. With `agency`, or grouped by agency, the "
                    + "agencies' own figures instead (an årsrapport's samlet tildeling and regnskap), which are part of "
                    + "the state's and are not added to them. " + GROUP_NAMES)
    @APIResponse(responseCode = "200", description = "One row per group, by key", content = @Content(
            schema = @Schema(implementation = GroupSum.class, type = SchemaType.ARRAY),
            examples = @ExampleObject(name = "by programkategori", value = Examples.SUMS)))
    @VersionInQuery
    public Response sums(
            @BeanParam GroupingParams grouping,
            @Parameter(description = "Budget year", required = true, example = "2026")
            @QueryParam("year") @NotNull @Min(Bounds.YEAR_FIRST) @Max(Bounds.YEAR_LAST) Integer year,
            @Parameter(description = "Budget stage", required = true, example = "forslag") @QueryParam("stage") @NotNull Stage stage,
            @BeanParam @Valid ScopeFilter scope) {
        var rows = aggregations.sums(grouping.groupBy, grouping.kind, year, stage, scope(scope), language.labels());
        return Response.ok(PagedResponse.listEntity(rows, GroupSum.class)).build();
    }

    @GET
    @Path("/comparison")
    @Extension(name = LanguageParameters.LABELS, value = LanguageParameters.ALWAYS)
    @Operation(summary = "Compare two (year, stage) pairs",
            description = "Each group's sum in a base pair (`fromYear`, `fromStage`) and another (`toYear`, "
                    + "`toStage`), with the difference in kroner and in percent, e.g. saldert budsjett 2025 against "
                    + "forslag 2026. `ministry` and `agency` narrow it as for the sums. " + GROUP_NAMES)
    @APIResponse(responseCode = "200", description = "One row per group, by key", content = @Content(
            schema = @Schema(implementation = GroupComparison.class, type = SchemaType.ARRAY),
            examples = @ExampleObject(name = "saldert 2025 → forslag 2026", value = Examples.COMPARISON)))
    @VersionInQuery
    public Response comparison(
            @BeanParam GroupingParams grouping,
            @Parameter(description = "Base year", required = true, example = "2025")
            @QueryParam("fromYear") @NotNull @Min(Bounds.YEAR_FIRST) @Max(Bounds.YEAR_LAST) Integer fromYear,
            @Parameter(description = "Base stage", required = true, example = "saldert") @QueryParam("fromStage") @NotNull Stage fromStage,
            @Parameter(description = "Compared year", required = true, example = "2026")
            @QueryParam("toYear") @NotNull @Min(Bounds.YEAR_FIRST) @Max(Bounds.YEAR_LAST) Integer toYear,
            @Parameter(description = "Compared stage", required = true, example = "forslag") @QueryParam("toStage") @NotNull Stage toStage,
            @BeanParam @Valid ScopeFilter scope) {
        var rows = aggregations.compare(grouping.groupBy, grouping.kind, fromYear, fromStage, toYear, toStage, scope(scope),
                language.labels());
        return Response.ok(PagedResponse.listEntity(rows, GroupComparison.class)).build();
    }

    @GET
    @Path("/cube")
    @Produces({MediaType.APPLICATION_JSON, FormatQueryFilter.TEXT_CSV, JsonStat.MEDIA_TYPE})
    @Extension(name = LanguageParameters.LABELS, value = LanguageParameters.ALWAYS)
    @Operation(summary = "Sums by several dimensions at once (a cube)",
            description = "The amounts summed by one to eight dimensions at once (`groupBy`, repeated, in order): "
                    + "programArea, programCategory, chapter, postKind, ministry, agency, year, stage, with a filter on "
                    + "each (`programArea`, `programCategory`, `chapter`, `postKind`, `ministry`, `agency`, `year`, "
                    + "`stage`), in whole kroner. One row per combination that has amounts, ordered by the dimensions "
                    + "in order (chapters and years in numeric order). As in the sums: expenditure and revenue are "
                    + "summed apart (`kind`); the state budget's figures, unless `agency` is given or the cube is "
                    + "grouped by agency: then the agencies' own figures, which are part of the state's and are not "
                    + "added to them. As JSON, CSV (`Accept: text/csv` or `?format=csv`; a column per dimension, empty "
                    + "where not grouped by) or a JSON-stat 2.0 dataset (`Accept: application/json+stat` or "
                    + "`?format=jsonstat`), one dimension per `groupBy` and the metric `measure` (unit NOK, 0 decimals); "
                    + "`role.time` is `year`. " + GROUP_NAMES + " A cube of more than 100 000 groups (JSON-stat: cells, the product of "
                    + "the dimensions' sizes) is a 400: narrow it with the filters or fewer dimensions. Any other "
                    + "query parameter is a 400 naming it.")
    @APIResponse(responseCode = "200", description = "One row per group (JSON, CSV), or a JSON-stat dataset",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CubeRow.class, type = SchemaType.ARRAY),
                            examples = @ExampleObject(name = "by year and programkategori", value = Examples.CUBE)),
                    @Content(mediaType = FormatQueryFilter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "as CSV", value = Examples.CUBE_CSV))})
    @APIResponse(responseCode = "400", description = "An unknown dimension, filter or parameter, a dimension given "
            + "twice, none given, or a cube too large; `violations` names the parameter",
            content = @Content(mediaType = Problems.MEDIA_TYPE,
                    examples = {@ExampleObject(name = "unknown dimension", value = Examples.PROBLEM_CUBE_DIMENSION),
                            @ExampleObject(name = "too large", value = Examples.PROBLEM_CUBE_TOO_LARGE)}))
    @VersionInQuery
    public Response cube(@BeanParam @Valid CubeParams cube, @BeanParam @Valid ScopeFilter scope,
                         @Parameter(description = "`json`, `csv` or `jsonstat`, instead of an Accept header (which it sets)")
                         @QueryParam("format") DatasetFormat format,
                         @Context UriInfo uri, @Context HttpHeaders headers) {
        uri.getQueryParameters().keySet().stream().filter(name -> !CubeParams.NAMES.contains(name)).findFirst()
                .ifPresent(name -> {
                    throw Problems.invalidField("query", name, "is no parameter of the cube: "
                            + String.join(", ", CubeParams.NAMES));
                });
        if (cube.groupBy == null || cube.groupBy.isEmpty()) {
            throw Problems.invalidField("query", "groupBy", "is required: one to eight dimensions");
        }
        if (Set.copyOf(cube.groupBy).size() != cube.groupBy.size()) {
            throw Problems.invalidField("query", "groupBy", "names a dimension twice");
        }
        var query = new CubeQuery(cube.groupBy, cube.kind, cube.programArea, cube.programCategory, cube.chapter,
                cube.postKind, scope.ministryCode().orElse(null), scope.agencyId().orElse(null), cube.year, cube.stage);
        var limit = new JsonStat.Limit(maxCells, "groupBy", "narrow it with the filters or fewer dimensions");
        if (JsonStat.wanted(headers)) {
            return JsonStat.ok(aggregations.cubeDataset(query, limit, language.labels()), json);
        }
        return Response.ok(PagedResponse.listEntity(aggregations.cube(query, limit, language.labels()), CubeRow.class))
                .build();
    }
}
