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
import no.styringsdata.platform.rest.FormatQueryFilter;
import no.styringsdata.platform.scope.ScopeFilter;
import no.styringsdata.platform.rest.PagedResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/categories")
@Produces({MediaType.APPLICATION_JSON, FormatQueryFilter.TEXT_CSV})
@Tag(name = "Categories", description = "Programkategorier and programområder")
public class CategoryResource {

    @Inject
    BudgetQueryService queries;

    @GET
    @Operation(summary = "List programme categories (programkategorier)",
            description = "Every programkategori (e.g. 10.40 Sentral helseforvaltning) with its programområde; with "
                    + "`ministry`, those with a chapter of that ministry; with `agency`, those with a chapter the agency "
                    + "has amounts or allocations in.")
    @APIResponse(responseCode = "200", description = "All categories, by code",
            content = @Content(schema = @Schema(implementation = CategoryView.class, type = SchemaType.ARRAY)))
    public Response list(@BeanParam @Valid ScopeFilter scope) {
        return Response.ok(PagedResponse.listEntity(queries.categories(scope.ministryCode().orElse(null),
                scope.agencyId().orElse(null)), CategoryView.class)).build();
    }
}
