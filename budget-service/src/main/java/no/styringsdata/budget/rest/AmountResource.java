package no.styringsdata.budget.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.styringsdata.budget.domain.Stage;
import no.styringsdata.budget.dto.AmountRow;
import no.styringsdata.budget.service.AmountFilter;
import no.styringsdata.budget.service.BudgetQueryService;
import no.styringsdata.platform.rest.FormatQueryFilter;
import no.styringsdata.platform.scope.ScopeFilter;
import no.styringsdata.platform.rest.PageRequest;
import no.styringsdata.platform.rest.PagedResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/amounts")
@Produces({MediaType.APPLICATION_JSON, FormatQueryFilter.TEXT_CSV})
@Tag(name = "Amounts", description = "Beløp: every figure per kap./post, year and stage, with provenance")
public class AmountResource {

    @Inject
    BudgetQueryService queries;

    @GET
    @Operation(summary = "List amounts as flat rows",
            description = "Amounts in whole kroner per chapter, post, year and stage (regnskap, saldert, forslag, "
                    + "revidert, tildeling), each with the document, line and text it was read from, the ministry that "
                    + "owns the chapter and, for an agency's own figure, the agency. `agency=state` gives the state "
                    + "budget's own figures only. Paging in "
                    + "`X-Total-Count` and `Link` headers. CSV with `Accept: text/csv` or `?format=csv`.")
    @APIResponse(responseCode = "200", description = "One page of amounts",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AmountRow.class, type = SchemaType.ARRAY),
                            examples = @ExampleObject(name = "kap. 740 post 01, forslag 2026", value = Examples.AMOUNTS)),
                    @Content(mediaType = FormatQueryFilter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "as CSV", value = Examples.AMOUNTS_CSV))})
    public Response list(
            @Parameter(description = "Chapter (kapittel) number", example = "740")
            @QueryParam("chapter") @Min(1) @Max(5999) Integer chapter,
            @Parameter(description = "Post number", example = "01") @QueryParam("post") @Min(1) @Max(99) Integer post,
            @Parameter(description = "Budget year", example = "2026") @QueryParam("year") @Min(1900) @Max(2200) Integer year,
            @Parameter(description = "regnskap, saldert, forslag, revidert or tildeling", example = "forslag")
            @QueryParam("stage") Stage stage,
            @BeanParam @Valid ScopeFilter scope,
            @BeanParam @Valid PageRequest paging) {
        var filter = new AmountFilter(chapter, post, year, stage,
                scope.ministryCode().orElse(null), scope.agencyId().orElse(null));
        var page = queries.amounts(filter, paging);
        return PagedResponse.of(page, AmountRow.class, paging);
    }
}
