package no.styringsdata.indicator.rest;

/** The roles a bearer token carries (its {@code groups} claim). Reads need none. */
final class IndicatorRoles {

    /** May import documents and add or correct values. */
    static final String EDITOR = "indicator-editor";

    private IndicatorRoles() {
    }
}
