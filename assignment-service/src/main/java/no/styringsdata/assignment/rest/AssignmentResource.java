package no.styringsdata.assignment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import no.styringsdata.platform.problem.Problems;
import no.styringsdata.assignment.domain.AssignmentStatus;
import no.styringsdata.assignment.dto.AmbiguousIdProblem;
import no.styringsdata.assignment.dto.AssignmentDetail;
import no.styringsdata.assignment.dto.AssignmentRow;
import no.styringsdata.assignment.dto.StatusInput;
import no.styringsdata.assignment.dto.Summary;
import no.styringsdata.assignment.service.AssignmentFilter;
import no.styringsdata.assignment.service.AssignmentDetailQuery;
import no.styringsdata.assignment.service.AssignmentQueryService;
import no.styringsdata.assignment.service.Scope;
import no.styringsdata.assignment.service.StatusService;
import no.styringsdata.platform.caching.OwnETag;
import no.styringsdata.platform.rest.FormatQueryFilter;
import no.styringsdata.platform.rest.PageRequest;
import no.styringsdata.platform.rest.PagedResponse;
import no.styringsdata.platform.rest.Versions;
import no.styringsdata.platform.scope.ScopeFilter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/")
@Tag(name = "Assignments", description = "Oppdrag: assignments from allocation letters, their deadlines and status")
public class AssignmentResource {

    private static final String AMBIGUOUS = "Several agencies have an assignment of this id and `agency` does not say "
            + "whose: the candidates, each with its agency and URL";
    private static final String LINKS = "paths relative to the front door, made from what the letter says without "
            + "asking the other service: a chapter the budget does not hold answers 404 there, a goal indicator-service "
            + "does not hold an empty list";

    @Inject
    AssignmentQueryService queries;

    @Inject
    AssignmentDetailQuery details;

    @Inject
    StatusService statuses;

    @Context
    UriInfo uriInfo;

    @GET
    @Produces({MediaType.APPLICATION_JSON, FormatQueryFilter.TEXT_CSV})
    @Operation(summary = "List and search assignments",
            description = "Assignments as flat rows, filtered by ministry, agency, year, owning department, goal "
                    + "(hovedmål), current status and deadline dates; each row says whose it is. `q` searches title "
                    + "and text in Norwegian (stemmed, so `ventetid` finds `ventetider`; \"phrases\", `or` and `-not` "
                    + "work) and ranks the best matches first. "
                    + "Paging in `X-Total-Count` and `Link` headers. CSV with `Accept: text/csv` or `?format=csv`. "
                    + "A row's `goalUrl` is the path of its goal in indicator-service (" + LINKS + ").")
    @APIResponse(responseCode = "200", description = "One page of assignments",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AssignmentRow.class, type = SchemaType.ARRAY),
                            examples = @ExampleObject(name = "search for ventetid", value = Examples.ASSIGNMENTS)),
                    @Content(mediaType = FormatQueryFilter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "as CSV", value = Examples.ASSIGNMENTS_CSV))})
    public Response list(
            @Parameter(description = "Year of the assignment id", example = "2025")
            @QueryParam("year") @Min(1900) @Max(2200) Integer year,
            @Parameter(description = "Owning department (avdeling), e.g. SHA", example = "SHA")
            @QueryParam("department") @Size(min = 1, max = 20) String department,
            @Parameter(description = "Hovedmål number", example = "6") @QueryParam("goal") @Min(0) @Max(999) Integer goal,
            @Parameter(description = "Current status: " + "not_started, in_progress, delivered, delayed or cancelled",
                    example = "not_started") @QueryParam("status") AssignmentStatus status,
            @Parameter(description = "Only assignments with a deadline on or after this date", example = "2025-06-01")
            @QueryParam("dueFrom") LocalDate dueFrom,
            @Parameter(description = "Only assignments with a deadline on or before this date", example = "2025-12-31")
            @QueryParam("dueTo") LocalDate dueTo,
            @Parameter(description = "Full-text search in title and text (Norwegian)", example = "ventetid")
            @QueryParam("q") @Size(max = 500) String q,
            @Parameter(description = "id (default), deadline, title, status or relevance (default with `q`); "
                    + "`-` before it reverses the order", example = "deadline") @QueryParam("sort")
            @Pattern(regexp = AssignmentQueryService.SORT, message = "must be id, deadline, title, status or relevance, "
                    + "optionally with - before it") String sort,
            @BeanParam @Valid ScopeFilter scope,
            @BeanParam @Valid PageRequest paging) {
        var filter = new AssignmentFilter(Scope.of(scope), year, department, goal, status, dueFrom, dueTo, q);
        return PagedResponse.of(queries.list(filter, sort), AssignmentRow.class, paging);
    }

    @GET
    @Path("/summary")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Summarise a year's assignments",
            description = "Counts of the year's assignments per ministry, agency, owning department, goal and current "
                    + "status, and the open ones (not delivered or cancelled) whose deadline is within `withinDays` "
                    + "days of `asOf` or already past, earliest first. `ministry` and `agency` narrow it to theirs.")
    @APIResponse(responseCode = "200", description = "The summary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Summary.class),
                    examples = @ExampleObject(name = "2025", value = Examples.SUMMARY)))
    public Summary summary(
            @Parameter(description = "Year of the assignments; this year when omitted", example = "2025")
            @QueryParam("year") @Min(1900) @Max(2200) Integer year,
            @Parameter(description = "How many days ahead counts as due", example = "30")
            @QueryParam("withinDays") @DefaultValue("30") @Min(0) @Max(3660) int withinDays,
            @Parameter(description = "The date to count from; today when omitted", example = "2025-06-01")
            @QueryParam("asOf") LocalDate asOf,
            @BeanParam @Valid ScopeFilter scope) {
        LocalDate from = asOf == null ? LocalDate.now(Clock.systemUTC()) : asOf;
        return queries.summary(Scope.of(scope), year == null ? from.getYear() : year, from, withinDays);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @OwnETag
    @Operation(summary = "Get one assignment",
            description = "The assignment with its ministry and agency, letter, owning departments, goal, full text, "
                    + "deadlines (with the sentence and line each was read from), references to other assignments and "
                    + "budget posts, and its current status with the whole history. An id such as `TB2025-43` is "
                    + "unique only within one agency's letters: `/api/assignments/TB2025-43?agency=helsedirektoratet` "
                    + "is the URL of one agency's assignment. Without `agency`, an id that one agency's assignment has "
                    + "answers as that one; an id that several agencies' have answers 409 with the candidates. "
                    + "Each budget reference's `url` is the path of its post (or chapter) in budget-service, the goal's "
                    + "`url` that of the goal in indicator-service (" + LINKS + ").")
    @APIResponse(responseCode = "200", description = "The assignment",
            headers = @Header(name = "ETag", description = "The assignment's version, for If-Match",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AssignmentDetail.class),
                    examples = @ExampleObject(name = "TB2025-43", value = Examples.ASSIGNMENT)))
    @APIResponse(responseCode = "404", description = "No such assignment (of that agency or ministry)")
    @APIResponse(responseCode = "409", description = AMBIGUOUS,
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = AmbiguousIdProblem.class),
                    examples = @ExampleObject(name = "two agencies' TB2025-43", value = Examples.PROBLEM_AMBIGUOUS)))
    public Response get(@Parameter(description = "Assignment id as the letter gives it", example = "TB2025-43")
                        @PathParam("id") @Size(max = 140) String id,
                        @BeanParam @Valid ScopeFilter scope) {
        var found = details.assignment(id, Scope.of(scope));
        return Response.ok(found.detail()).tag(Versions.etag(found.version())).build();
    }

    @POST
    @RolesAllowed(AssignmentRoles.EDITOR)
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a status change",
            description = "Adds an entry to the assignment's status history (`not_started`, `in_progress`, "
                    + "`delivered`, `delayed`, `cancelled`) with the date it took effect (today when omitted), a note, "
                    + "who recorded it (the bearer token's subject) and when. Send the `ETag` you read as `If-Match` to make sure "
                    + "nobody changed it since (412 if they did). Sending the latest entry again records nothing (200). "
                    + "`agency` says whose assignment it is, as for `GET /api/assignments/{id}`; an id that several "
                    + "agencies' assignments have is a 409 without it. Writers of one assignment queue (it is locked "
                    + "first): of writers who send the same entry at once without `If-Match` exactly one records it (201) "
                    + "and each of the others gets 200 with it; different entries are recorded one after the other, each "
                    + "201 with a version of its own; with the `If-Match` they all read, one records and the others get 412.")
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = {@Header(name = "ETag", description = "The assignment's new version",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Location", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AssignmentDetail.StatusChangeView.class),
                    examples = @ExampleObject(name = "in progress", value = Examples.STATUS_CHANGE)))
    @APIResponse(responseCode = "200", description = "The same as the latest entry (e.g. recorded by another writer "
            + "a moment before); nothing recorded, the entry as it is",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AssignmentDetail.StatusChangeView.class)))
    @APIResponse(responseCode = "404", description = "No such assignment")
    @APIResponse(responseCode = "409", description = AMBIGUOUS,
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = AmbiguousIdProblem.class),
                    examples = @ExampleObject(name = "two agencies' TB2025-43", value = Examples.PROBLEM_AMBIGUOUS)))
    public Response recordStatus(
            @Parameter(description = "Assignment id", example = "TB2025-43") @PathParam("id") @Size(max = 140) String id,
            @Parameter(description = "The ETag last read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @BeanParam @Valid ScopeFilter scope,
            @NotNull @Valid StatusInput input) {
        var recorded = statuses.record(id, Scope.of(scope), input, Versions.fromIfMatch(ifMatch));
        Response.ResponseBuilder response = recorded.created()
                ? Response.created(uriInfo.getBaseUriBuilder().path(id).queryParam("agency", recorded.agency()).build())
                : Response.ok();
        return response.entity(recorded.change()).tag(Versions.etag(recorded.version())).build();
    }
}
