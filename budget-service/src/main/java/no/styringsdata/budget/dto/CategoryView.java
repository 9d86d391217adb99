package no.styringsdata.budget.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A programkategori (program category) and the programområde (program area) it belongs to.")
public record CategoryView(
        @Schema(example = "10.40") String code,
        @Schema(example = "Sentral helseforvaltning") String name,
        @Schema(example = "10") String areaCode,
        @Schema(example = "Helse og omsorg") String areaName) {
}
