package no.styringsdata.indicator.service;

import no.styringsdata.indicator.importer.IndicatorDocumentKind;
import no.styringsdata.indicator.importer.IndicatorKind;

/** The filters of the indicator list; null means no filter. {@code q} is full-text search. */
public record IndicatorFilter(Integer year, Integer goal, IndicatorKind kind, IndicatorDocumentKind document, String q) {
}
