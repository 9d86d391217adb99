package no.styringsdata.platform.scope;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.Arrays;
import java.util.stream.Collectors;
import no.styringsdata.platform.problem.Problems;
import no.styringsdata.reader.DocumentKind;
import no.styringsdata.reader.identity.ImportHints;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * What an import may be told about its document: kind, ministry, agency and year. What the text says is
 * used when they are absent; a parameter the text contradicts is a 422 naming both.
 */
public class ImportParams {

    @QueryParam("kind")
    @Parameter(description = "The kind of document; detected from the text when absent.",
            schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"prop1s", "tildelingsbrev", "supplerende-tildelingsbrev", "arsrapport"}),
            example = "tildelingsbrev")
    public String kind;

    @QueryParam("ministry")
    @Size(max = 100)
    @Parameter(description = "The issuing ministry (departement), by code or name; read from the text when absent.",
            example = "HOD")
    public String ministry;

    @QueryParam("agency")
    @Size(max = 120)
    @Parameter(description = "The agency (virksomhet) the letter is addressed to or the report is written by, by id "
            + "or name; read from the text when absent, and required when the text does not name it.",
            example = "Helsedirektoratet")
    public String agency;

    @QueryParam("year")
    @Min(1900)
    @Max(2200)
    @Parameter(description = "The budget year the document is about; read from the text when absent.", example = "2025")
    public Integer year;

    public ImportHints hints() {
        return new ImportHints(documentKind(), blankToNull(ministry), blankToNull(agency), year);
    }

    private DocumentKind documentKind() {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        return DocumentKind.fromWireName(kind.strip()).orElseThrow(() -> Problems.invalidField("query", "kind",
                "must be one of " + Arrays.stream(DocumentKind.values()).map(DocumentKind::wireName)
                        .collect(Collectors.joining(", "))));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
