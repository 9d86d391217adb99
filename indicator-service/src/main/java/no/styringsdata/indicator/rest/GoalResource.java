package no.styringsdata.indicator.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import no.styringsdata.indicator.dto.GoalView;
import no.styringsdata.indicator.service.IndicatorQueryService;
import no.styringsdata.platform.scope.ScopeFilter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/goals")
@Tag(name = "Goals", description = "Hovedmål with their steering parameters, key figures and result requirements")
public class GoalResource {

    @Inject
    IndicatorQueryService queries;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The goal tree of a year",
            description = "The year's hovedmål (or areas' goals) in order, each with its area and long-term goals "
                    + "(langsiktige mål) where the letter gives them, its steering parameters (styringsparametere) with "
                    + "their prestasjonskrav, key figures (nøkkeltall) and result requirements (resultatkrav), per agency "
                    + "(by name): from the agency's allocation letter for that year, "
                    + "or, for an agency with only an annual report for the year, the goals the report names. "
                    + "`ministry` and `agency` keep those of one ministry or agency, `number` the goal of that number: "
                    + "with all three, the list holds at most one goal (an assignment's link to its goal is such a list).")
    @APIResponse(responseCode = "200", description = "The goals; empty when nothing is imported for the year",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = GoalView.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "2025", value = Examples.GOALS)))
    public List<GoalView> goals(@Parameter(description = "The year", example = "2025", required = true)
                                @QueryParam("year") @NotNull @Min(1900) @Max(2200) Integer year,
                                @Parameter(description = "Only the goal (hovedmål) of this number", example = "7")
                                @QueryParam("number") @Min(0) @Max(999) Integer number,
                                @BeanParam @Valid ScopeFilter scope) {
        return queries.goals(year, number, scope);
    }
}
