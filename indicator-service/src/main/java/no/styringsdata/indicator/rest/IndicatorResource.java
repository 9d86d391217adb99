package no.styringsdata.indicator.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.styringsdata.indicator.dto.IndicatorDetail;
import no.styringsdata.indicator.dto.IndicatorRow;
import no.styringsdata.indicator.dto.ValueInput;
import no.styringsdata.indicator.dto.ValueRow;
import no.styringsdata.indicator.importer.IndicatorDocumentKind;
import no.styringsdata.indicator.importer.IndicatorKind;
import no.styringsdata.indicator.service.IndicatorDetailQuery;
import no.styringsdata.indicator.service.IndicatorFilter;
import no.styringsdata.indicator.service.IndicatorQueryService;
import no.styringsdata.indicator.service.SeriesJsonStat;
import no.styringsdata.indicator.service.ValueService;
import no.styringsdata.platform.caching.VersionInQuery;
import no.styringsdata.platform.codelists.RequestLanguage;
import no.styringsdata.platform.openapi.LanguageParameters;
import no.styringsdata.platform.problem.Problems;
import no.styringsdata.platform.jsonstat.DatasetFormat;
import no.styringsdata.platform.jsonstat.JsonStat;
import no.styringsdata.platform.rest.FormatQueryFilter;
import no.styringsdata.platform.rest.PageRequest;
import no.styringsdata.platform.rest.PagedResponse;
import no.styringsdata.platform.rest.Versions;
import no.styringsdata.platform.scope.ScopeFilter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/")
@Tag(name = "Indicators", description = "Steering parameters and key figures, and their values over time")
public class IndicatorResource {


    @Inject
    IndicatorQueryService queries;

    @Inject
    IndicatorDetailQuery details;

    @Inject
    ValueService values;

    @Inject
    ObjectMapper json;

    @Inject
    RequestLanguage language;

    @Context
    UriInfo uriInfo;

    @GET
    @Produces({MediaType.APPLICATION_JSON, FormatQueryFilter.TEXT_CSV})
    @Operation(summary = "List and search indicators",
            description = "Steering parameters, key figures and result requirements as flat rows, each with its ministry and agency, filtered "
                    + "by year, goal number, kind, document, ministry and agency. `q` searches the text and sub-items in Norwegian (stemmed; \"phrases\", `or` and "
                    + "`-not` work) and ranks the best matches first. Paging in `X-Total-Count` and `Link` headers. "
                    + "CSV with `Accept: text/csv` or `?format=csv`.")
    @APIResponse(responseCode = "200", description = "One page of indicators",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = IndicatorRow.class, type = SchemaType.ARRAY),
                            examples = @ExampleObject(name = "key figures of goal 1", value = Examples.INDICATORS)),
                    @Content(mediaType = FormatQueryFilter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "as CSV", value = Examples.INDICATORS_CSV))})
    public Response list(
            @Parameter(description = "The year the indicator was set for or reported on", example = "2025")
            @QueryParam("year") @Min(1900) @Max(2200) Integer year,
            @Parameter(description = "Goal (hovedmål) number", example = "1") @QueryParam("goal") @Min(0) @Max(999) Integer goal,
            @Parameter(description = "steering_parameter, key_figure or result_requirement", example = "key_figure")
            @QueryParam("kind") IndicatorKind kind,
            @Parameter(description = "tildelingsbrev or arsrapport", example = "tildelingsbrev")
            @QueryParam("document") IndicatorDocumentKind document,
            @Parameter(description = "Full-text search in text and sub-items (Norwegian)", example = "fastlege")
            @QueryParam("q") @Size(max = 500) String q,
            @BeanParam @Valid ScopeFilter scope,
            @BeanParam @Valid PageRequest paging) {
        return PagedResponse.of(queries.list(new IndicatorFilter(year, goal, kind, document, q), scope),
                IndicatorRow.class, paging);
    }

    @GET
    @Path("/{id: \\d+}")
    @Produces(MediaType.APPLICATION_JSON)
    @VersionInQuery
    @Operation(summary = "Get one indicator",
            description = "The indicator with its goal, sub-items, the document and line it was read from, and the "
                    + "other indicators of its series (the same text in other documents or years).")
    @APIResponse(responseCode = "200", description = "The indicator",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = IndicatorDetail.class),
                    examples = @ExampleObject(name = "a key figure", value = Examples.INDICATOR)))
    @APIResponse(responseCode = "404", description = "No such indicator")
    public IndicatorDetail get(@BeanParam IndicatorId indicator) {
        return details.indicator(indicator.id).orElseThrow(() -> Problems.notFound("No indicator " + indicator.id));
    }

    @GET
    @Path("/{id: \\d+}/values")
    @Produces({MediaType.APPLICATION_JSON, FormatQueryFilter.TEXT_CSV, JsonStat.MEDIA_TYPE})
    @Extension(name = LanguageParameters.LABELS, value = LanguageParameters.IN_JSON_STAT)
    @Operation(summary = "The indicator's values over time",
            description = "Every value of the indicator's series (the indicators of the same agency with the same text "
                    + "in every document and year), oldest period first, with unit, breakdown, how it was read, the sentence "
                    + "or note, the source line, and who recorded it when. As JSON, as CSV (`Accept: text/csv` or "
                    + "`?format=csv`) or as a JSON-stat 2.0 dataset with dimensions `period` and `breakdown` "
                    + "(`Accept: application/json+stat` or `?format=jsonstat`), its dimensions and the whole (`total`) "
                    + "labelled in the language of `lang` or `Accept-Language` (`Content-Language`), the indicator's "
                    + "text and the breakdowns as written. `ministry` and `agency` filter the values: "
                    + "none when the indicator is another ministry's or agency's.")
    @APIResponse(responseCode = "200", description = "The series",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ValueRow.class, type = SchemaType.ARRAY),
                            examples = @ExampleObject(name = "Antall ansatte", value = Examples.VALUES)),
                    @Content(mediaType = FormatQueryFilter.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "as CSV", value = Examples.VALUES_CSV))})
    @APIResponse(responseCode = "404", description = "No such indicator")
    public Response values(
            @BeanParam IndicatorId indicator,
            @Parameter(description = "From this year", example = "2021") @QueryParam("from") @Min(1900) @Max(2200) Integer from,
            @Parameter(description = "Up to this year", example = "2024") @QueryParam("to") @Min(1900) @Max(2200) Integer to,
            @Parameter(description = "Only values for this breakdown (exactly as given)", example = "POBO")
            @QueryParam("breakdown") @Size(max = 300) String breakdown,
            @Parameter(description = "`json`, `csv` or `jsonstat`, instead of an Accept header (which it sets)",
                    schema = @Schema(ref = "SeriesFormat"))
            @QueryParam("format") DatasetFormat format,
            @BeanParam @Valid ScopeFilter scope,
            @Context HttpHeaders headers) {
        if (from != null && to != null && from > to) {
            throw Problems.invalidField("query", "from", "must not be after `to`");
        }
        var series = queries.values(indicator.id, from, to, breakdown, scope)
                .orElseThrow(() -> Problems.notFound("No indicator " + indicator.id));
        if (JsonStat.wanted(headers)) {
            return JsonStat.ok(SeriesJsonStat.dataset(series, language.labels()), json);
        }
        return Response.ok(PagedResponse.listEntity(series.values(), ValueRow.class)).build();
    }

    @POST
    @RolesAllowed(IndicatorRoles.EDITOR)
    @Path("/{id: \\d+}/values")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a value",
            description = "Adds a value for a period (`2024`, `2024-T2`, `2024-Q4`) and optional breakdown, with unit "
                    + "(percent 0–100, count, nok, ratio, years, fte) and a note, recording who (the bearer token's subject) and "
                    + "when. A period and breakdown that has a value already is 409 naming them: correct that one with "
                    + "PUT. Sending again a value that was added here (same number, unit and note) adds nothing and "
                    + "answers 200 with it, so a retry is safe. Writers adding the same period and breakdown at once "
                    + "queue: exactly one adds it (201), each other one gets 200 with it if it sent the same, else 409.")
    @APIResponse(responseCode = "201", description = "Added",
            headers = {@Header(name = "ETag", description = "The value's version",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Location", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ValueRow.class),
                    examples = @ExampleObject(name = "a value", value = Examples.VALUE)))
    @APIResponse(responseCode = "404", description = "No such indicator")
    @APIResponse(responseCode = "200", description = "The same value was added here already (e.g. by another writer "
            + "at the same moment): nothing added; the value as it is",
            headers = {@Header(name = "ETag", description = "The value's version", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Content-Location", description = "The value's URL", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ValueRow.class),
                    examples = @ExampleObject(name = "a value", value = Examples.VALUE)))
    @APIResponse(responseCode = "409", description = "The period and breakdown has another value already (`violations` "
            + "name the key's fields)",
            content = @Content(mediaType = Problems.MEDIA_TYPE,
                    examples = @ExampleObject(name = "conflict", value = Examples.PROBLEM_CONFLICT)))
    public Response addValue(
            @BeanParam IndicatorId indicator,
            @NotNull @Valid ValueInput input) {
        var written = values.add(indicator.id, input);
        var url = uriInfo.getBaseUriBuilder().path(Long.toString(indicator.id)).path("values")
                .path(Long.toString(written.value().id())).build();
        var response = written.changed() ? Response.created(url) : Response.ok().header("Content-Location", url);
        return response.entity(written.value()).tag(Versions.etag(written.value().version())).build();
    }

    @PUT
    @RolesAllowed(IndicatorRoles.EDITOR)
    @Path("/{id: \\d+}/values/{valueId: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a value",
            description = "Replaces a value (imported or added here) with the one sent, recording who (the token's subject) and "
                    + "when and bumping its version. Send the `ETag` you read as `If-Match` to make sure nobody changed "
                    + "it since (412 if they did). Imports never overwrite a corrected value. Moving it to a period and "
                    + "breakdown that has another value is 409 naming them.")
    @APIResponse(responseCode = "200", description = "Corrected (or already as sent)",
            headers = @Header(name = "ETag", description = "The value's new version",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ValueRow.class),
                    examples = @ExampleObject(name = "a value", value = Examples.VALUE)))
    @APIResponse(responseCode = "404", description = "No such value of the indicator")
    @APIResponse(responseCode = "409", description = "Moving it to a period and breakdown that has another value",
            content = @Content(mediaType = Problems.MEDIA_TYPE,
                    examples = @ExampleObject(name = "conflict", value = Examples.PROBLEM_CONFLICT)))
    public Response correctValue(
            @BeanParam IndicatorId indicator,
            @Parameter(description = "Value id", example = "101", schema = @Schema(type = SchemaType.INTEGER,
                    format = "int64", minimum = "0", maximum = IndicatorId.MAX_ID)) @PathParam("valueId") long valueId,
            @Parameter(description = "The ETag last read") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ValueInput input) {
        var written = values.correct(indicator.id, valueId, input, Versions.fromIfMatch(ifMatch));
        return Response.ok(written.value()).tag(Versions.etag(written.value().version())).build();
    }
}
