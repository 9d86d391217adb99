package no.styringsdata.platform.scope;

import no.styringsdata.platform.openapi.Bounds;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Agency", description = "A state agency (virksomhet) that letters are addressed to and that reports")
public record AgencyView(
        @Schema(description = "Stable id made from the name: lower case ASCII, words joined by hyphens",
                example = "helsedirektoratet", required = true, pattern = Bounds.AGENCY_ID, maxLength = Bounds.AGENCY_ID_LENGTH)
        String id,
        @Schema(description = "Name as the documents write it", example = "Helsedirektoratet", required = true)
        String name,
        @Schema(description = "Organisation number (organisasjonsnummer) where known", example = "983544622",
                nullable = true, pattern = Bounds.ORG_NUMBER, maxLength = Bounds.ORG_NUMBER_LENGTH) String orgNumber,
        @Schema(description = "Code of the ministry (departement) of its latest document", example = "HOD",
                required = true, pattern = Bounds.MINISTRY_CODE, maxLength = Bounds.MINISTRY_CODE_LENGTH) String ministry) {

    static AgencyView of(AgencyEntity agency) {
        return new AgencyView(agency.id, agency.name, agency.orgNumber, agency.ministryCode);
    }
}
