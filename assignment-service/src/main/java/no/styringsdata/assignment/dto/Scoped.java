package no.styringsdata.assignment.dto;

/** The descriptions of the fields that say whose a record is, the same on every record. */
final class Scoped {

    static final String MINISTRY = "Code of the ministry (departement) whose letter gave the assignment";
    static final String AGENCY = "Id of the agency (virksomhet) the assignment is given to: the value of the `agency` "
            + "parameters";
    static final String AGENCY_NAME = "Name of the agency";

    private Scoped() {
    }
}
