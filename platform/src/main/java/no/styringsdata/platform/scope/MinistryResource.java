package no.styringsdata.platform.scope;

import io.quarkus.panache.common.Sort;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The ministries this service holds records of: the values the {@code ministry} filters take. */
@Path("/ministries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ministries and agencies", description = "Departementer og virksomheter: whose documents and records these are")
@Transactional(Transactional.TxType.SUPPORTS)
public class MinistryResource {

    @GET
    @Operation(summary = "List the ministries",
            description = "Every ministry (departement) this service holds documents of, by code.")
    @APIResponse(responseCode = "200", description = "The ministries, by code", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MinistryView.class, type = SchemaType.ARRAY)))
    public List<MinistryView> ministries() {
        return MinistryEntity.<MinistryEntity>listAll(Sort.by("code")).stream().map(MinistryView::of).toList();
    }
}
