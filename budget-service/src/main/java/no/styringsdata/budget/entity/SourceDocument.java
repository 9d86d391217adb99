package no.styringsdata.budget.entity;

import jakarta.persistence.Entity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import no.styringsdata.platform.entity.IdentityKeyEntity;

/** A document that was imported: every figure points back to one. */
@Entity
public class SourceDocument extends IdentityKeyEntity {

    public String kind;
    public int year;
    public String title;
    public String ministryCode;
    /** Null for Prop. 1 S, the state's as a whole; else the agency the letter is to or the report is of. */
    public String agencyId;
    public LocalDate documentDate;
    public String sha256;
    public int lineCount;
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
