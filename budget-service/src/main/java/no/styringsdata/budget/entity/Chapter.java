package no.styringsdata.budget.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import no.styringsdata.budget.domain.ChapterKind;

/** Kapittel: a numbered chapter of the state budget. */
@Entity
public class Chapter extends PanacheEntityBase {

    @Id
    public Integer number;

    public String name;

    @ManyToOne(fetch = FetchType.LAZY)
    public ProgramCategory category;

    /** The ministry that owns the chapter; null for a chapter of no known ministry entered through the API. */
    public String ministryCode;

    /** The document the name stands from; null for one entered through the API (see V6__import_provenance.sql). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "named_by")
    public SourceDocument namedBy;

    @Version
    public long version;

    public ChapterKind kind() {
        return ChapterKind.of(number);
    }
}
