package no.styringsdata.budget.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.styringsdata.budget.domain.ChapterKind;
import no.styringsdata.budget.domain.Stage;
import no.styringsdata.budget.dto.AmountInput;
import no.styringsdata.budget.dto.AmountView;
import no.styringsdata.budget.dto.ChapterDetail;
import no.styringsdata.budget.dto.ChapterInput;
import no.styringsdata.budget.dto.ChapterSummary;
import no.styringsdata.budget.dto.PostInput;
import no.styringsdata.budget.dto.PostView;
import no.styringsdata.budget.service.BudgetQueryService;
import no.styringsdata.budget.service.BudgetWriteService;
import no.styringsdata.budget.service.ChapterDetailQuery;
import no.styringsdata.budget.service.ChapterFilter;
import no.styringsdata.platform.caching.OwnETag;
import no.styringsdata.platform.problem.Problems;
import no.styringsdata.platform.rest.FormatQueryFilter;
import no.styringsdata.platform.scope.ScopeFilter;
import no.styringsdata.platform.rest.PageRequest;
import no.styringsdata.platform.rest.PagedResponse;
import no.styringsdata.platform.rest.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/chapters")
@Tag(name = "Chapters", description = "Kapitler og poster: the budget hierarchy with amounts per year and stage")
public class ChapterResource {


    /** How every PUT here answers writers of one key at once; the operations' descriptions end with it. */
    static final String RACE_RULE = " Writers of the same key at once are serialised: without a precondition exactly one "
            + "creates it (201) and each of the others then writes over it (200; when its body says what is stored "
            + "already, nothing is written: no new version, no audit entry). With `If-None-Match: *` (create only) "
            + "the others get 412; with `If-Match` the one that still saw the current version wins and the others get 412.";

    /** The 409 of every PUT here. */
    private static final String KEY_TAKEN = "Another writer that does not take the key's turn (an import) created the same "
            + "key at the same moment; nothing was written. Read it and retry.";

    @Inject
    BudgetQueryService queries;

    @Inject
    BudgetWriteService writes;

    @Inject
    ChapterDetailQuery chapters;

    @Context
    UriInfo uriInfo;

    @GET
    @Produces({MediaType.APPLICATION_JSON, FormatQueryFilter.TEXT_CSV})
    @Operation(summary = "List chapters (kapitler)",
            description = "Chapters with their programkategori, filterable by year and stage (chapters that have "
                    + "amounts there; with both, each row carries the chapter's total), programkategori, kind, the "
                    + "ministry that owns them, and agency (chapters with amounts or allocations of that agency). "
                    + "Paging in `X-Total-Count` and `Link` headers. CSV with `Accept: text/csv` or `?format=csv`.")
    @APIResponse(responseCode = "200", description = "One page of chapters", content = @Content(
            schema = @Schema(implementation = ChapterSummary.class, type = SchemaType.ARRAY),
            examples = @ExampleObject(name = "chapters", value = Examples.CHAPTERS)))
    public Response list(
            @Parameter(description = "Budget year", example = "2026") @QueryParam("year") @Min(1900) @Max(2200) Integer year,
            @Parameter(description = "Budget stage: regnskap, saldert, forslag, revidert or tildeling", example = "forslag")
            @QueryParam("stage") Stage stage,
            @Parameter(description = "Programkategori code", example = "10.40")
            @QueryParam("category") @Pattern(regexp = "\\d{2}\\.\\d{2}", message = "must be a code such as 10.40") String category,
            @Parameter(description = "expenditure (utgift) or revenue (inntekt)", example = "expenditure")
            @QueryParam("kind") ChapterKind kind,
            @Parameter(description = "number, -number, name or -name", example = "number")
            @QueryParam("sort") @Pattern(regexp = "-?(number|name)", message = "must be number, -number, name or -name") String sort,
            @BeanParam @Valid ScopeFilter scope,
            @BeanParam @Valid PageRequest paging) {
        var filter = new ChapterFilter(year, stage, category, kind, sort, scope.ministryCode().orElse(null),
                scope.agencyId().orElse(null));
        return PagedResponse.of(queries.chapters(filter), ChapterSummary.class, paging);
    }

    @GET
    @Path("/{chapter}")
    @Produces(MediaType.APPLICATION_JSON)
    @OwnETag
    @Operation(summary = "Get one chapter with its posts and amounts",
            description = "The chapter (kapittel), its programkategori, its paired chapter (740 ↔ 3740) where it "
                    + "exists, and every post with its stikkord and its amounts per year and stage, each with provenance. "
                    + "`year` and `stage` keep the amounts of one year or stage. The amounts come in pages of at most "
                    + "1000 (`size`), oldest year first, each page with every post: `X-Total-Count` says how many "
                    + "amounts match, and `Link` rel=\"next\" leads to the rest.")
    @APIResponse(responseCode = "200", description = "The chapter",
            headers = {@Header(name = "ETag", description = "The chapter's version, for If-Match",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = PagedResponse.TOTAL_COUNT, description = "The chapter's amounts (of `year` and "
                            + "`stage`) in all pages", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ChapterDetail.class),
                    examples = @ExampleObject(name = "kap. 740", value = Examples.CHAPTER)))
    @APIResponse(responseCode = "404", description = "No such chapter")
    public Response get(@Parameter(description = "Chapter number", example = "740")
                        @PathParam("chapter") @Min(1) @Max(5999) int chapter,
                        @BeanParam @Valid ChapterAmounts amounts) {
        var found = chapters.chapter(chapter, amounts.selection())
                .orElseThrow(() -> Problems.notFound("No kap. " + chapter));
        return PagedResponse.paged(Response.ok(found.detail()), found.amountCount(), amounts.page, amounts.size, uriInfo)
                .tag(Versions.etag(found.version())).build();
    }

    @GET
    @Path("/{chapter}/posts/{post}")
    @Produces(MediaType.APPLICATION_JSON)
    @OwnETag
    @Operation(summary = "Get one post with its amounts",
            description = "The post, its kind and stikkord, and its amounts per year and stage with provenance. "
                    + "Its `ETag` is what to send as `If-Match` when correcting it.")
    @APIResponse(responseCode = "200", description = "The post",
            headers = @Header(name = "ETag", description = "The post's version, for If-Match",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PostView.class),
                    examples = @ExampleObject(name = "kap. 740 post 01", value = Examples.POST)))
    @APIResponse(responseCode = "404", description = "No such post")
    public Response getPost(@BeanParam @Valid PostKey key) {
        var found = queries.post(key.chapter, key.post).orElseThrow(() -> Problems.notFound("No " + key));
        return Response.ok(found.body()).tag(Versions.etag(found.version())).build();
    }

    @GET
    @Path("/{chapter}/posts/{post}/amounts/{year}/{stage}")
    @Produces(MediaType.APPLICATION_JSON)
    @OwnETag
    @Operation(summary = "Get one amount",
            description = "The post's amount for a year and stage, with provenance: without `agency` the state "
                    + "budget's figure, with it that agency's. Its `ETag` is what to send as `If-Match` when "
                    + "correcting it.")
    @APIResponse(responseCode = "200", description = "The amount",
            headers = @Header(name = "ETag", description = "The amount's version, for If-Match",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AmountView.class),
                    examples = @ExampleObject(name = "kap. 740 post 01, forslag 2026", value = Examples.AMOUNT)))
    @APIResponse(responseCode = "404", description = "No such amount")
    public Response getAmount(@BeanParam @Valid PostKey post, @BeanParam @Valid AmountKey amount) {
        var found = queries.amount(post.chapter, post.post, amount.year, amount.stage, amount.agencyId())
                .orElseThrow(() -> Problems.notFound("No " + amount.stage + " amount of " + amount.year + " for " + post
                        + (amount.agency == null ? "" : " and " + amount.agency)));
        return Response.ok(found.body()).tag(Versions.etag(found.version())).build();
    }

    @PUT
    @RolesAllowed(BudgetRoles.EDITOR)
    @Path("/{chapter}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or correct a chapter",
            description = "Creates the chapter (201) or corrects its name and programkategori (200). Send the "
                    + "`ETag` you read as `If-Match` to make sure nobody changed it since (412 if they did)." + RACE_RULE)
    @APIResponse(responseCode = "200", description = "Corrected, or already as sent (nothing written, the same ETag)",
            headers = @Header(name = "ETag", description = "The version it has now", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Location", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "409", description = KEY_TAKEN,
            content = @Content(mediaType = Problems.MEDIA_TYPE, examples = @ExampleObject(name = "taken at the same moment",
                    value = Examples.PROBLEM_DUPLICATE_KEY)))
    public Response putChapter(@Parameter(description = "Chapter number, 1–5999", example = "740")
                               @PathParam("chapter") @Min(1) @Max(5999) int chapter,
                               @BeanParam PreconditionHeaders conditions,
                               @NotNull @Valid ChapterInput input) {
        return written(writes.putChapter(chapter, input, conditions.precondition()));
    }

    @PUT
    @RolesAllowed(BudgetRoles.EDITOR)
    @Path("/{chapter}/posts/{post}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or correct a post",
            description = "Creates the post (201) or corrects its name and stikkord (200). The chapter must exist."
                    + RACE_RULE)
    @APIResponse(responseCode = "200", description = "Corrected, or already as sent (nothing written, the same ETag)",
            headers = @Header(name = "ETag", description = "The version it has now", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Location", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = "No such chapter")
    @APIResponse(responseCode = "409", description = KEY_TAKEN,
            content = @Content(mediaType = Problems.MEDIA_TYPE, examples = @ExampleObject(name = "taken at the same moment",
                    value = Examples.PROBLEM_DUPLICATE_KEY)))
    public Response putPost(@BeanParam @Valid PostKey key, @BeanParam PreconditionHeaders conditions,
                            @NotNull @Valid PostInput input) {
        return written(writes.putPost(key.chapter, key.post, input, conditions.precondition()));
    }

    @PUT
    @RolesAllowed(BudgetRoles.EDITOR)
    @Path("/{chapter}/posts/{post}/amounts/{year}/{stage}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set or correct an amount",
            description = "Sets the post's amount for a year and stage, in whole kroner. Without `agency` it is the "
                    + "state budget's figure; with it, the figure of that agency (e.g. its samlet tildeling)." + RACE_RULE)
    @APIResponse(responseCode = "200", description = "Corrected, or already as sent (nothing written, the same ETag)",
            headers = @Header(name = "ETag", description = "The version it has now", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Location", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = "No such post")
    @APIResponse(responseCode = "409", description = KEY_TAKEN,
            content = @Content(mediaType = Problems.MEDIA_TYPE, examples = @ExampleObject(name = "taken at the same moment",
                    value = Examples.PROBLEM_DUPLICATE_KEY)))
    public Response putAmount(@BeanParam @Valid PostKey post, @BeanParam @Valid AmountKey amount,
                              @BeanParam PreconditionHeaders conditions, @NotNull @Valid AmountInput input) {
        return written(writes.putAmount(post.chapter, post.post, amount.year, amount.stage, amount.agencyId(), input,
                conditions.precondition()));
    }

    private Response written(BudgetWriteService.Written written) {
        Response.ResponseBuilder response = written.created()
                ? Response.created(uriInfo.getRequestUri()) : Response.ok();
        return response.tag(Versions.etag(written.version())).build();
    }
}
