package no.styringsdata.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Parameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import no.styringsdata.platform.rest.PageRequest;
import no.styringsdata.platform.rest.PagedResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The service's audit log, for its editors (the role is the service's {@code styringsdata.editor-role}). */
@Path("/audit")
@Tag(name = "Audit", description = "Who changed what, and when")
public class AuditResource {

    @Inject
    ObjectMapper json;

    @Context
    UriInfo uriInfo;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("${styringsdata.editor-role}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "List audited writes, newest first",
            description = "Every write through the API (imports, corrections, status changes) with the token subject "
                    + "that made it, the time, and the record before and after. Only for editors of this service.")
    @APIResponse(responseCode = "200", description = "One page of audit entries", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AuditEntryView.class, type = SchemaType.ARRAY)))
    public Response list(
            @Parameter(description = "Only entries about this kind of record", example = "chapter")
            @QueryParam("targetType") @Size(max = 40) String targetType,
            @Parameter(description = "Only entries about this record", example = "740")
            @QueryParam("targetId") @Size(max = 200) String targetId,
            @BeanParam @Valid PageRequest paging) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (targetType != null) {
            where.append(" and targetType = :type");
            parameters.and("type", targetType);
        }
        if (targetId != null) {
            where.append(" and targetId = :id");
            parameters.and("id", targetId);
        }
        long total = AuditEntry.count(where.toString(), parameters);
        List<AuditEntryView> rows = AuditEntry.<AuditEntry>find(where + " order by id desc", parameters)
                .range(paging.offset(), paging.offset() + paging.size - 1).list().stream()
                .map(this::view).toList();
        return PagedResponse.of(rows, AuditEntryView.class, total, paging, uriInfo);
    }

    private AuditEntryView view(AuditEntry entry) {
        return new AuditEntryView(entry.id, entry.occurredAt, entry.subject, entry.action, entry.targetType,
                entry.targetId, parse(entry.before), parse(entry.after), entry.requestId);
    }

    private JsonNode parse(String stored) {
        try {
            return stored == null ? null : json.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the audit log holds JSON it wrote itself", e);
        }
    }
}
