package no.styringsdata.indicator.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.styringsdata.platform.scope.AgencyEntity;

/**
 * A steering parameter, key figure or result requirement as one document of one year words it. The same indicator in
 * another year's letter or report is another row of the same {@link Series}.
 */
@Entity
@Table(name = "indicator")
public class Indicator extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The ministry (departement) whose document it was read from. */
    @Column(name = "ministry_code")
    public String ministryCode;

    /** The agency (virksomhet) the document is addressed to or written by. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    public AgencyEntity agency;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "series_id")
    public Series series;

    /** Null for the agency's own key figures (Tabell 2-4), which belong to no goal. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "goal_id")
    public Goal goal;

    @Column(name = "goal_number")
    public Integer goalNumber;

    public int year;

    /** The wire name of the document kind: tildelingsbrev or arsrapport. */
    public String document;

    /** steering_parameter, key_figure or result_requirement. */
    public String kind;

    public int number;

    public String text;

    @Column(name = "sub_items")
    public String[] subItems = new String[0];

    /** A steering parameter's prestasjonskrav, as written, in order; empty for every other kind. */
    public String[] requirements = new String[0];

    @Column(name = "text_key")
    public String textKey;

    /** The text, sub-items and prestasjonskrav joined, which the search vector is made of. */
    @Column(name = "search_text")
    public String searchText;

    @Column(name = "source_title")
    public String sourceTitle;

    @Column(name = "source_line")
    public int sourceLine;
}
