package no.styringsdata.indicator.service;

/** The filters of the indicator list; null means no filter. {@code q} is full-text search. */
public record IndicatorFilter(Integer year, Integer goal, String kind, String document, String q) {
}
