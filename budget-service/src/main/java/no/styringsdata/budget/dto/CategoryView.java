package no.styringsdata.budget.dto;

import no.styringsdata.platform.openapi.Bounds;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A programkategori (program category) and the programområde (program area) it belongs to.")
public record CategoryView(
        @Schema(example = "10.40", pattern = Bounds.CATEGORY_CODE, maxLength = Bounds.CATEGORY_CODE_LENGTH) String code,
        @Schema(example = "Sentral helseforvaltning") String name,
        @Schema(example = "10", pattern = Bounds.AREA_CODE, maxLength = Bounds.AREA_CODE_LENGTH) String areaCode,
        @Schema(example = "Helse og omsorg") String areaName) {
}
