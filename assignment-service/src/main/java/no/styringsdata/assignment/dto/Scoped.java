package no.styringsdata.assignment.dto;

/** The descriptions of the fields that say whose a record is, the same on every record. */
final class Scoped {

    static final String MINISTRY = "Code of the ministry (departement) whose letter gave the assignment";
    static final String AGENCY = "Id of the agency (virksomhet) the assignment is given to: the value of the `agency` "
            + "parameters";
    static final String AGENCY_NAME = "Name of the agency";
    /** The longest id an assignment can have (column {@code assignment.id}). */
    static final int ID_LENGTH = 140;

    private Scoped() {
    }
}
