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
    @Column(name = "ministry_code")
    public String ministryCode;
    /** Null for Prop. 1 S, the state's as a whole; else the agency the letter is to or the report is of. */
    @Column(name = "agency_id")
    public String agencyId;
    @Column(name = "document_date")
    public LocalDate documentDate;
    public String sha256;
    @Column(name = "line_count")
    public int lineCount;
    @Column(name = "imported_at")
    public Instant importedAt;

    /** The document of that identity: kind, year, ministry, agency (null for Prop. 1 S) and title. */
    public static Optional<SourceDocument> findByIdentity(String kind, int year, String ministryCode, String agencyId,
                                                          String title) {
        return agencyId == null
                ? find("kind = ?1 and year = ?2 and ministryCode = ?3 and agencyId is null and title = ?4", kind, year,
                        ministryCode, title).firstResultOptional()
                : find("kind = ?1 and year = ?2 and ministryCode = ?3 and agencyId = ?4 and title = ?5", kind, year,
                        ministryCode, agencyId, title).firstResultOptional();
    }
}
