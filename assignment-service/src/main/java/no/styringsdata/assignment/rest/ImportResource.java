package no.styringsdata.assignment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.styringsdata.assignment.service.ImportService;
import no.styringsdata.platform.importing.ImportReport;
import no.styringsdata.platform.problem.Problems;
import no.styringsdata.platform.scope.ImportParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/imports")
@RolesAllowed(AssignmentRoles.EDITOR)
@Consumes(MediaType.TEXT_PLAIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports", description = "Reading allocation letters into the service")
public class ImportResource {

    /** The report of the main letter of 2025, imported for the first time. */
    private static final String REPORT_EXAMPLE = """
            {"kind":"tildelingsbrev","ministry":"HOD","agency":"helsedirektoratet","agencyName":"Helsedirektoratet",\
            "year":2025,"title":"Tildelingsbrev 2025 til Helsedirektoratet","date":null,"changed":true,\
            "changes":{"assignments":{"created":72,"updated":0,"unchanged":0,"removed":0}},"links":{},\
            "sections":[{"number":"3.1.3","heading":"Oppdrag","line":293,"found":{"assignments":1}}],\
            "checks":[],"warnings":[],"parseMillis":150}""";

    @Inject
    ImportService imports;

    @POST
    @Operation(summary = "Import an allocation letter",
            description = "Takes the plain text of a tildelingsbrev or supplerende tildelingsbrev (UTF-8) and imports "
                    + "its assignments (oppdrag) as the assignments of the letter's agency, all or nothing, matched by "
                    + "agency and id (`TB2025-43`): two agencies' letters with the same numbering give two sets of "
                    + "assignments. What the letter is and whose (kind, ministry, agency, year) is read from its text; "
                    + "the parameters fill what the text does not say (a supplementary letter may not name its "
                    + "agency: then `agency` is required), and one that contradicts the text is a 422. Importing the "
                    + "same letter again changes nothing and says so; a supplementary letter adds its assignments to "
                    + "those already there. A new assignment starts as `not_started`, recorded once in its status "
                    + "history with the earliest letter that gave it as source; later imports touch nothing else of the history.")
    @RequestBody(description = "The letter's text", required = true,
            content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(implementation = String.class),
                    examples = @ExampleObject(name = "one assignment of a letter", value = """
                            Tildelingsbrev 2025
                            3.6 Hovedmål 6: Kortere ventetider
                            TB2025-43 SHA
                            Reduserte ventetider
                            Helsedirektoratet skal ... Frist: 1. juni 2025""")))
    @APIResponse(responseCode = "200", description = "The import report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class),
                    examples = @ExampleObject(name = "the main letter of 2025", value = REPORT_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "Not an allocation letter with assignments, or whose letter it is "
            + "cannot be settled (the text names no agency and `agency` is absent, or a parameter contradicts the text: "
            + "`violations` names the parameter); nothing was written",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(ref = "HttpValidationProblem"),
                    examples = @ExampleObject(name = "garbage", value = Examples.PROBLEM_UNREADABLE)))
    public ImportReport importLetter(@BeanParam @Valid ImportParams params, String text) {
        return imports.importLetter(params, text);
    }
}
