package no.styringsdata.budget.importer;

/** A programkategori ({@code 10.40 Sentral helseforvaltning}) within its programområde ({@code 10}). */
public record ParsedCategory(String code, String name, String areaCode, String areaName) {
}
