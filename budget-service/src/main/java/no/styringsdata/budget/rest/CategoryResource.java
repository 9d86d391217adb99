package no.styringsdata.budget.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.styringsdata.budget.dto.CategoryView;
import no.styringsdata.budget.service.BudgetQueryService;
import no.styringsdata.platform.rest.Format;
import no.styringsdata.platform.rest.FormatQueryFilter;
import no.styringsdata.platform.scope.ScopeFilter;
import no.styringsdata.platform.rest.PagedResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/categories")
@Tag(name = "Categories", description = "Programkategorier and programområder")
public class CategoryResource {

    @Inject
    BudgetQueryService queries;

    @GET
    @Produces({MediaType.APPLICATION_JSON, FormatQueryFilter.TEXT_CSV})
    @Operation(summary = "List programme categories (programkategorier)",
            description = "Every programkategori (e.g. 10.40 Sentral helseforvaltning) with its programområde; with "
                    + "`ministry`, those with a chapter of that ministry; with `agency`, those with a chapter the agency "
                    + "has amounts or allocations in.")
    @APIResponse(responseCode = "200", description = "All categories, by code", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CategoryView.class, type = SchemaType.ARRAY)),
            @Content(mediaType = FormatQueryFilter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response list(@Parameter(description = "`json` or `csv`") @jakarta.ws.rs.QueryParam("format") Format format,
                         @BeanParam @Valid ScopeFilter scope) {
        return Response.ok(PagedResponse.listEntity(queries.categories(scope.ministryCode().orElse(null),
                scope.agencyId().orElse(null)), CategoryView.class)).build();
    }
}
