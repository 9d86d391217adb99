package no.styringsdata.platform.changes;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import no.styringsdata.platform.problem.Problems;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The service's change feed: what was created, changed or removed since a cursor (see {@link ChangeFeed}).
 * Served by a service whose migrations map its tables to its resources ({@code change_log_attach}); one whose
 * tables are not mapped yet sets {@code styringsdata.change-feed.enabled=false} at build time rather than
 * serve a feed that misses its records.
 */
@IfBuildProperty(name = "styringsdata.change-feed.enabled", stringValue = "true", enableIfMissing = true)
@Path("/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Changes", description = "Keeping a copy in sync: what changed since you last asked")
public class ChangeFeedResource {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    private static final String PAGE_EXAMPLE = """
            {"changes": [
              {"action": "created", "type": "chapter", "id": "740",
               "url": "https://styringsdata.no/api/budget/chapters/740", "changedAt": "2026-03-02T10:15:30.123Z"},
              {"action": "changed", "type": "post", "id": "740.01",
               "url": "https://styringsdata.no/api/budget/chapters/740/posts/01", "changedAt": "2026-03-02T10:15:30.123Z"}],
             "next": "1234.9f2c1a7e", "more": false}""";
    private static final String UNKNOWN_CURSOR_EXAMPLE = """
            {"type": "https://styringsdata.no/problems/invalid-request", "status": 400, "title": "Bad Request",
             "detail": "since: this feed has no such cursor (a cursor of a restored earlier backup, or of data since \
            emptied); sync anew from since=0", "instance": "/api/budget/changes",
             "violations": [{"field": "since", "in": "query", "message": "this feed has no such cursor (a cursor of a \
            restored earlier backup, or of data since emptied); sync anew from since=0"}]}""";
    private static final String UNKNOWN_CURSOR = "this feed has no such cursor (a cursor of a restored earlier "
            + "backup, or of data since emptied); sync anew from since=0";

    @Inject
    ChangeFeed feed;

    @GET
    @Operation(summary = "List what changed since a cursor",
            description = "Every resource that was created, changed or removed since the cursor `since`, by imports "
                    + "and corrections alike, once each (its latest change), in the order the changes were committed, "
                    + "with its type, id and URL. Start with `since=0` (or none) to learn every resource there is; "
                    + "then send the `next` of each answer as `since`: nothing is missed, also of writes that "
                    + "commit while you read. An empty page gives back the cursor sent. A cursor stays valid across "
                    + "restarts and a backup and restore; one this feed does not know (of a restored earlier backup, "
                    + "or malformed) is a 400 naming `since`: sync anew from `since=0`. A resource read as part of a "
                    + "list (allocations, categories) has that list as its URL; a removed one's URL answers 404.")
    @APIResponse(responseCode = "200", description = "The changes after the cursor, and the cursor to ask with next",
            headers = @Header(name = "Link", schema = @Schema(type = SchemaType.STRING),
                    description = "RFC 8288 rel=next: the next page, when `more` is true"),
            content = @Content(examples = @ExampleObject(name = "changes of an import", value = PAGE_EXAMPLE),
                    mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangePage.class)))
    @APIResponse(responseCode = "400", description = "`since` is malformed or a cursor this feed does not know, or "
            + "`limit` is out of range; `violations` names the parameter",
            content = @Content(mediaType = Problems.MEDIA_TYPE,
                    examples = @ExampleObject(name = "unknown cursor", value = UNKNOWN_CURSOR_EXAMPLE)))
    public Response changes(
            @Parameter(description = "The `next` of the previous answer; `0` or none: from the beginning",
                    example = "1234.9f2c1a7e")
            @QueryParam("since") @Pattern(regexp = Cursor.PATTERN, message = "must be 0 or a cursor the feed gave")
            String since,
            @Parameter(description = "Changes per page (1–" + MAX_LIMIT + ")", example = "100")
            @QueryParam("limit") @DefaultValue("" + DEFAULT_LIMIT) @Min(1) @Max(MAX_LIMIT) int limit,
            @Context UriInfo uriInfo) {
        Cursor cursor = since == null ? Cursor.START : Cursor.parse(since).orElseThrow();
        ChangeFeed.Slice slice = feed.after(cursor, limit)
                .orElseThrow(() -> Problems.invalidField("query", "since", UNKNOWN_CURSOR));
        URI base = uriInfo.getBaseUri();
        String next = slice.entries().isEmpty() ? cursor.toString() : slice.entries().get(slice.entries().size() - 1)
                .cursor().toString();
        Response.ResponseBuilder answer = Response.ok(new ChangePage(slice.entries().stream()
                .map(entry -> new ChangeView(entry.action(), entry.type(), entry.id(), base.resolve(entry.path()),
                        entry.changedAt()))
                .toList(), next, slice.more()));
        if (slice.more()) {
            answer.links(Link.fromUriBuilder(uriInfo.getRequestUriBuilder().replaceQueryParam("since", next))
                    .rel("next").build());
        }
        return answer.build();
    }
}
