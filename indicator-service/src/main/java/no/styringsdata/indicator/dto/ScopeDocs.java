package no.styringsdata.indicator.dto;

/** How every record describes whose it is, written once for the OpenAPI document. */
final class ScopeDocs {

    static final String MINISTRY = "Code of the ministry (departement) whose letter set it, or to which the agency reported";
    static final String MINISTRY_EXAMPLE = "HOD";
    static final String AGENCY = "Id of the agency (virksomhet) it belongs to: `GET /agencies/{id}`, and the `agency` filter";
    static final String AGENCY_EXAMPLE = "helsedirektoratet";
    static final String AGENCY_NAME = "The agency's name";
    static final String AGENCY_NAME_EXAMPLE = "Helsedirektoratet";

    private ScopeDocs() {
    }
}
