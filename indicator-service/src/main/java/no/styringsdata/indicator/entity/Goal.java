package no.styringsdata.indicator.entity;

import jakarta.persistence.Entity;
import java.util.Optional;

/**
 * Hovedmål: one goal of a year as a document states it (the letter's section 3.N or N-th area, or the report's
 * N-th goal).
 */
@Entity
public class Goal extends AgencyRecord {

    public int year;

    public int number;

    public String title;

    /** The area heading the goal stands under in a letter organised by area ("Hovedområde 1"); else null. */
    public String area;

    /** The area's long-term goals (langsiktige mål), as written, in order; empty when the letter gives none. */
    public String[] longTermGoals = new String[0];

    /** The wire name of the document kind: tildelingsbrev or arsrapport. */
    public String document;

    public String sourceTitle;

    public int sourceLine;

    public static Optional<Goal> find(String ministryCode, String agencyId, String document, int year, int number) {
        return find("agency.id = ?1 and ministryCode = ?2 and document = ?3 and year = ?4 and number = ?5",
                agencyId, ministryCode, document, year, number).firstResultOptional();
    }
}
