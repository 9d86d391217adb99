package no.styringsdata.budget.rest;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.styringsdata.budget.domain.Stage;
import no.styringsdata.budget.dto.GroupComparison;
import no.styringsdata.budget.dto.GroupSum;
import no.styringsdata.budget.service.AggregationService;
import no.styringsdata.platform.rest.FormatQueryFilter;
import no.styringsdata.platform.scope.ScopeFilter;
import no.styringsdata.platform.rest.PagedResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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

    private static AggregationService.Scope scope(ScopeFilter scope) {
        return new AggregationService.Scope(scope.ministryCode().orElse(null), scope.agencyId().orElse(null));
    }

    @GET
    @Path("/sums")
    @Operation(summary = "Sums by programkategori, chapter or post kind",
            description = "The state budget's amounts of one year and stage summed by group, in whole kroner. With "
                    + "`ministry`, only the chapters that ministry owns. With `agency`, or grouped by agency, the "
                    + "agencies' own figures instead (an årsrapport's samlet tildeling and regnskap), which are part of "
                    + "the state's and are not added to them.")
    @APIResponse(responseCode = "200", description = "One row per group, by key", content = @Content(
            schema = @Schema(implementation = GroupSum.class, type = SchemaType.ARRAY),
            examples = @ExampleObject(name = "by programkategori", value = Examples.SUMS)))
    public Response sums(
            @BeanParam GroupingParams grouping,
            @Parameter(description = "Budget year", required = true, example = "2026")
            @QueryParam("year") @NotNull @Min(1900) @Max(2200) Integer year,
            @Parameter(description = "Budget stage", required = true, example = "forslag") @QueryParam("stage") @NotNull Stage stage,
            @BeanParam @Valid ScopeFilter scope) {
        var rows = aggregations.sums(grouping.groupBy, grouping.kind, year, stage, scope(scope));
        return Response.ok(PagedResponse.listEntity(rows, GroupSum.class)).build();
    }

    @GET
    @Path("/comparison")
    @Operation(summary = "Compare two (year, stage) pairs",
            description = "Each group's sum in a base pair (`fromYear`, `fromStage`) and another (`toYear`, "
                    + "`toStage`), with the difference in kroner and in percent, e.g. saldert budsjett 2025 against "
                    + "forslag 2026. `ministry` and `agency` narrow it as for the sums.")
    @APIResponse(responseCode = "200", description = "One row per group, by key", content = @Content(
            schema = @Schema(implementation = GroupComparison.class, type = SchemaType.ARRAY),
            examples = @ExampleObject(name = "saldert 2025 → forslag 2026", value = Examples.COMPARISON)))
    public Response comparison(
            @BeanParam GroupingParams grouping,
            @Parameter(description = "Base year", required = true, example = "2025")
            @QueryParam("fromYear") @NotNull @Min(1900) @Max(2200) Integer fromYear,
            @Parameter(description = "Base stage", required = true, example = "saldert") @QueryParam("fromStage") @NotNull Stage fromStage,
            @Parameter(description = "Compared year", required = true, example = "2026")
            @QueryParam("toYear") @NotNull @Min(1900) @Max(2200) Integer toYear,
            @Parameter(description = "Compared stage", required = true, example = "forslag") @QueryParam("toStage") @NotNull Stage toStage,
            @BeanParam @Valid ScopeFilter scope) {
        var rows = aggregations.compare(grouping.groupBy, grouping.kind, fromYear, fromStage, toYear, toStage, scope(scope));
        return Response.ok(PagedResponse.listEntity(rows, GroupComparison.class)).build();
    }
}
