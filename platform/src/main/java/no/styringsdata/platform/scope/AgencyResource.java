package no.styringsdata.platform.scope;

import io.quarkus.panache.common.Sort;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import no.styringsdata.platform.problem.Problems;
import no.styringsdata.reader.identity.Agency;
import no.styringsdata.reader.identity.Ministries;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The agencies this service holds records of: the values the {@code agency} filters take. */
@Path("/agencies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ministries and agencies", description = "Departementer og virksomheter: whose documents and records these are")
@Transactional(Transactional.TxType.SUPPORTS)
public class AgencyResource {

    @GET
    @Operation(summary = "List the agencies",
            description = "Every agency (virksomhet) this service holds documents of, by name; `ministry` keeps those of one ministry.")
    @APIResponse(responseCode = "200", description = "The agencies, by name", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyView.class, type = SchemaType.ARRAY)))
    public List<AgencyView> agencies(
            @Parameter(description = "Only agencies of this ministry: its code or name, any case.", example = "HOD")
            @QueryParam("ministry") @Size(max = 100) String ministry) {
        List<AgencyEntity> agencies = ministry == null || ministry.isBlank()
                ? AgencyEntity.listAll(Sort.by("name"))
                : AgencyEntity.list("ministryCode", Sort.by("name"),
                        Ministries.find(ministry).map(m -> m.code()).orElse(ministry.strip()));
        return agencies.stream().map(AgencyView::of).toList();
    }

    @GET
    @Path("/{agency}")
    @Operation(summary = "Get one agency", description = "An agency by its id or its name, any case.")
    @APIResponse(responseCode = "200", description = "The agency", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyView.class)))
    @APIResponse(responseCode = "404", description = "No agency of that id or name here")
    public AgencyView agency(
            @Parameter(description = "The agency's id or name", example = "helsedirektoratet")
            @PathParam("agency") @Size(max = 200) String agency) {
        return AgencyEntity.<AgencyEntity>findByIdOptional(Agency.idOf(agency)).map(AgencyView::of)
                .orElseThrow(() -> Problems.notFound("No agency '" + agency + "' here."));
    }
}
