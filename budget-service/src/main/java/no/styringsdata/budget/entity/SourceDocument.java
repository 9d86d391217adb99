package no.styringsdata.budget.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A document that was imported: every figure points back to one. */
@Entity
@Table(name = "source_document")
public class SourceDocument extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String kind;
    public int year;
    public String title;
    @Column(name = "document_date")
    public LocalDate documentDate;
    public String sha256;
    @Column(name = "line_count")
    public int lineCount;
    @Column(name = "imported_at")
    public Instant importedAt;

    public static Optional<SourceDocument> findByIdentity(String kind, int year, String title) {
        return find("kind = ?1 and year = ?2 and title = ?3", kind, year, title).firstResultOptional();
    }
}
