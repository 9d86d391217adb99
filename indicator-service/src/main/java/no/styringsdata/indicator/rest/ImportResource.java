package no.styringsdata.indicator.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.styringsdata.indicator.service.ImportService;
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
@RolesAllowed(IndicatorRoles.EDITOR)
@Consumes(MediaType.TEXT_PLAIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports", description = "Reading allocation letters and annual reports into the service")
public class ImportResource {

    /** The report of the letter of 2025, imported for the first time. */
    private static final String REPORT_EXAMPLE = """
            {"kind":"tildelingsbrev","ministry":"HOD","agency":"helsedirektoratet","agencyName":"Helsedirektoratet",\
            "year":2025,"title":"Tildelingsbrev 2025 til Helsedirektoratet","date":null,"changed":true,\
            "changes":{"goals":{"created":13,"updated":0,"unchanged":0,"removed":0},\
            "indicators":{"created":97,"updated":0,"unchanged":0,"removed":0},\
            "values":{"created":0,"updated":0,"unchanged":0,"removed":0}},"links":{"indicators":0},\
            "sections":[{"number":"3.1","heading":"Folkehelsearbeidet er kunnskapsbasert og tverrsektorielt",\
            "line":255,"found":{"goals":1}},{"number":"3.1.1","heading":"Styringsparametere","line":265,\
            "found":{"steeringParameters":2}},{"number":"3.1.2","heading":"Nøkkeltall","line":275,\
            "found":{"keyFigures":1}}],"checks":[],"warnings":[],"parseMillis":80}""";

    @Inject
    ImportService imports;

    @POST
    @Operation(summary = "Import an allocation letter or annual report",
            description = "Takes the plain text (UTF-8) of a tildelingsbrev (its goals, numbered or by area, with their "
                    + "long-term goals, steering parameters and their prestasjonskrav, key figures and result "
                    + "requirements) or an årsrapport (its results with the values it reports, and the key-figure "
                    + "table Tabell 2-4) and imports it, all or nothing, as the records of its ministry and agency. "
                    + "Kind, ministry, agency and year are read from the text; the parameters fill what the text "
                    + "leaves open (`agency` is required when the text names none) and must agree with what it says. "
                    + "An agency's indicators whose normalised text is the same share one series across documents and "
                    + "years. The report says what was read under each heading. Importing the same document again "
                    + "changes nothing and says so; values entered through the API are kept.")
    @RequestBody(description = "The document's text", required = true,
            content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(implementation = String.class),
                    examples = @ExampleObject(name = "a goal of a letter", value = """
                            Tildelingsbrev 2025 for Helsedirektoratet
                            3.1 Hovedmål 1: Folkehelsearbeidet er kunnskapsbasert og tverrsektorielt
                            3.1.1 Styringsparametere
                            • Andel kommuner som har ...
                            3.1.2 Nøkkeltall
                            • Andel kommuner som har drøftet ...""")))
    @APIResponse(responseCode = "200", description = "The import report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class),
                    examples = @ExampleObject(name = "the letter of 2025", value = REPORT_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "Neither a letter with goals nor a report with results, or whose it "
            + "is cannot be settled (the text names no agency and `agency` is absent, or a parameter contradicts the "
            + "text: `violations` names it); nothing was written",
            content = @Content(mediaType = Problems.MEDIA_TYPE,
                    examples = @ExampleObject(name = "garbage", value = Examples.PROBLEM_UNREADABLE)))
    public ImportReport importDocument(@BeanParam @Valid ImportParams params, String text) {
        return imports.importDocument(params, text);
    }
}
