package no.styringsdata.budget.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import no.styringsdata.budget.dto.AllocationList;
import no.styringsdata.budget.service.AllocationService;
import no.styringsdata.budget.service.AllocationService.AllocationFilter;
import no.styringsdata.platform.rest.FormatQueryFilter;
import no.styringsdata.platform.scope.ScopeFilter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/allocations")
@Produces({MediaType.APPLICATION_JSON, FormatQueryFilter.TEXT_CSV})
@Tag(name = "Allocations", description = "Tildeling: what a ministry allocates to its agencies, as it stood on any date")
public class AllocationResource {

    @Inject
    AllocationService allocations;

    @GET
    @Operation(summary = "Allocation rows and totals as of a date",
            description = "The rows of the allocation letters (one kap./post may have several, each with its purpose "
                    + "and comment), each summed over its events (the letter's allocation, and money supplementary "
                    + "letters added or withdrew) up to `asOf`, with totals per kap./post. Each row names the ministry "
                    + "whose letter made it and the agency it is allocated to; `agency` gives one agency's rows and "
                    + "totals. CSV gives the rows.")
    @APIResponse(responseCode = "200", description = "Allocations as of the date",
            content = @Content(schema = @Schema(implementation = AllocationList.class)))
    public AllocationList list(
            @Parameter(description = "Budget year", example = "2025") @QueryParam("year") @Min(1900) @Max(2200) Integer year,
            @Parameter(description = "Chapter number", example = "701") @QueryParam("chapter") @Min(1) @Max(5999) Integer chapter,
            @Parameter(description = "Post number", example = "21") @QueryParam("post") @Min(1) @Max(99) Integer post,
            @Parameter(description = "The date (YYYY-MM-DD) to tell the allocation as of; default today",
                    example = "2025-06-30") @QueryParam("asOf") LocalDate asOf,
            @BeanParam @Valid ScopeFilter scope) {
        return allocations.allocations(new AllocationFilter(year, chapter, post, scope.ministryCode().orElse(null),
                scope.agencyId().orElse(null), asOf == null ? LocalDate.now() : asOf));
    }
}
