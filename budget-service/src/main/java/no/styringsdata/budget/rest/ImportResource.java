package no.styringsdata.budget.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import no.styringsdata.budget.service.ImportService;
import no.styringsdata.platform.problem.Problems;
import no.styringsdata.platform.importing.ImportReport;
import no.styringsdata.platform.scope.ImportParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/imports")
@RolesAllowed(BudgetRoles.EDITOR)
@Consumes(MediaType.TEXT_PLAIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports", description = "Reading budget documents into the service")
public class ImportResource {

    /** The report of a supplementary letter imported after the main letter. */
    private static final String REPORT_EXAMPLE = """
            {"kind":"supplerende-tildelingsbrev","ministry":"HOD","agency":"helsedirektoratet",\
            "agencyName":"Helsedirektoratet","year":2025,"title":"Supplerende tildelingsbrev 2025 til Helsedirektoratet",\
            "date":null,"changed":true,\
            "changes":{"chapters":{"created":0,"updated":0,"unchanged":0,"removed":0},\
            "posts":{"created":0,"updated":0,"unchanged":0,"removed":0},\
            "amounts":{"created":0,"updated":0,"unchanged":0,"removed":0},\
            "allocations":{"created":3,"updated":0,"unchanged":0,"removed":0}},"links":{},\
            "sections":[{"number":"2","heading":"Endringer i tildelingen","line":250,"found":{"tables":1,"rows":3}}],\
            "checks":[{"subject":"Sum kap. 740","passed":true,"detail":"rows 12 500 000 = sum 12 500 000","line":258}],\
            "warnings":[],"parseMillis":40}""";

    @Inject
    ImportService imports;

    @POST
    @Operation(summary = "Import a budget document",
            description = "Takes the plain text of a Prop. 1 S, a tildelingsbrev, a supplerende tildelingsbrev or an "
                    + "årsrapport (UTF-8), and imports the chapters, posts, amounts and allocations in it, all or "
                    + "nothing. What the document is and whose it is (kind, ministry, agency, year) is read from "
                    + "the text; the parameters fill what the text does not say, and one that contradicts it is a "
                    + "422 naming it (so is a letter that names no agency, without `agency`). Every allocation and "
                    + "amount of a letter or report is its agency's. Importing the same document again changes "
                    + "nothing and says so. The report says whose document it was, what was read under each "
                    + "heading, the checks against the document's own totals (`Sum kap.` lines) and what could not "
                    + "be read, with line numbers.")
    @RequestBody(description = "The document's text", required = true,
            content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(implementation = String.class),
                    examples = @ExampleObject(name = "a chapter table of Prop. 1 S", value = """
                            Prop. 1 S (2025–2026)
                            (i 1 000 kr)
                            Post Betegnelse Regnskap 2024 Saldert budsjett 2025 Forslag 2026
                            01 Driftsutgifter 304 141 323 186 333 959
                            Sum kap. 700 304 141 323 186 333 959""")))
    @APIResponse(responseCode = "200", description = "The import report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class),
                    examples = @ExampleObject(name = "a supplementary letter", value = REPORT_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "Not a document this service reads, not readable, or a parameter the "
            + "text contradicts or that is missing where the text does not say (`violations` names it); nothing was written",
            content = @Content(mediaType = Problems.MEDIA_TYPE,
                    examples = @ExampleObject(name = "garbage", value = Examples.PROBLEM_UNREADABLE)))
    public ImportReport importDocument(
            @BeanParam @Valid ImportParams params,
            @Parameter(description = "For a supplementary letter whose text gives no date: the date its changes take "
                    + "effect (YYYY-MM-DD). Without it, they count from 1 January of its year, with a warning.",
                    example = "2025-06-20") @QueryParam("date") LocalDate date,
            String text) {
        return imports.importDocument(params, text, date);
    }
}
