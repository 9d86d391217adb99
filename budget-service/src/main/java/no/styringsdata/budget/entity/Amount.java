package no.styringsdata.budget.entity;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import no.styringsdata.budget.domain.Stage;
import no.styringsdata.platform.entity.IdentityKeyEntity;
import no.styringsdata.platform.scope.AgencyEntity;

/** One figure of one post for one (year, stage), in whole kroner, with where it was read. */
@Entity
public class Amount extends IdentityKeyEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Post post;

    public int year;

    @Convert(converter = StageConverter.class)
    public Stage stage;

    /** Null for the state budget as a whole; else the agency the figure is about. */
    @ManyToOne(fetch = FetchType.LAZY)
    public AgencyEntity agency;

    public long amountNok;

    @ManyToOne(fetch = FetchType.LAZY)
    public SourceDocument document;

    public Integer sourceLine;

    public String sourceText;

    /** The part of the document the figure stands in ("Oppgjørsvirksomhet"); null where it has no parts. */
    public String sourceSection;

    @Version
    public long version;

    /** The figure of a post for a year, stage and agency (its id; null: the state budget's own figure). */
    public static PanacheQuery<Amount> findFigure(Post post, int year, Stage stage, String agencyId) {
        return agencyId == null
                ? find("post = ?1 and year = ?2 and stage = ?3 and agency is null", post, year, stage)
                : find("post = ?1 and year = ?2 and stage = ?3 and agency.id = ?4", post, year, stage, agencyId);
    }
}
