package no.styringsdata.indicator.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

/**
 * A steering parameter, key figure or result requirement as one document of one year words it. The same indicator in
 * another year's letter or report is another row of the same {@link Series}.
 */
@Entity
public class Indicator extends AgencyRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Series series;

    /** Null for the agency's own key figures (Tabell 2-4), which belong to no goal. */
    @ManyToOne(fetch = FetchType.LAZY)
    public Goal goal;

    public Integer goalNumber;

    public int year;

    /** The wire name of the document kind: tildelingsbrev or arsrapport. */
    public String document;

    /** steering_parameter, key_figure or result_requirement. */
    public String kind;

    public int number;

    public String text;

    public String[] subItems = new String[0];

    /** A steering parameter's prestasjonskrav, as written, in order; empty for every other kind. */
    public String[] requirements = new String[0];

    public String textKey;

    /** The text, sub-items and prestasjonskrav joined, which the search vector is made of. */
    public String searchText;

    public String sourceTitle;

    public int sourceLine;
}
