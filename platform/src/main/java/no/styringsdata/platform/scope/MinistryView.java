package no.styringsdata.platform.scope;

import no.styringsdata.platform.openapi.Bounds;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Ministry", description = "A ministry (departement) by its stable code")
public record MinistryView(
        @Schema(description = "Stable short code", example = "HOD", required = true, pattern = Bounds.MINISTRY_CODE,
                maxLength = Bounds.MINISTRY_CODE_LENGTH) String code,
        @Schema(description = "Current name", example = "Helse- og omsorgsdepartementet", required = true) String name) {

    static MinistryView of(MinistryEntity ministry) {
        return new MinistryView(ministry.code, ministry.name);
    }
}
