package no.styringsdata.platform.importing;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.styringsdata.platform.scope.AgencyEntity;
import no.styringsdata.reader.identity.DocumentIdentity;
import no.styringsdata.reader.text.ImportWarning;
import no.styringsdata.platform.openapi.Bounds;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import read and changed, and whose document it was: one shape for every service. */
@Schema(description = "What an import read and changed, and whose document it was. Importing the same document again "
        + "changes nothing and says so (`changed: false`).")
public record ImportReport(
        @Schema(description = "The kind of document, as the text says or `kind` gave it", type = SchemaType.STRING,
                enumeration = {"prop1s", "tildelingsbrev", "supplerende-tildelingsbrev", "arsrapport"},
                example = "tildelingsbrev", required = true) String kind,
        @Schema(description = "Code of the issuing ministry (departement); for an annual report, the ministry the "
                + "agency reports to", example = "HOD", required = true, pattern = Bounds.MINISTRY_CODE,
                maxLength = Bounds.MINISTRY_CODE_LENGTH) String ministry,
        @Schema(description = "Id of the agency (virksomhet) the letter is addressed to or the report is written by; "
                + "null for Prop. 1 S", example = "helsedirektoratet", nullable = true, pattern = Bounds.AGENCY_ID,
                maxLength = Bounds.AGENCY_ID_LENGTH) String agency,
        @Schema(description = "Name of that agency; null for Prop. 1 S", example = "Helsedirektoratet", nullable = true)
        String agencyName,
        @Schema(description = "The budget year the document is about (for an annual report: the year it reports on)",
                example = "2025", required = true, minimum = Bounds.YEAR_MIN, maximum = Bounds.YEAR_MAX) int year,
        @Schema(description = "The document's title line, or one made from kind, year and agency when it has none",
                example = "Tildelingsbrev 2025 til Helsedirektoratet", required = true) String title,
        @Schema(description = "The document's own date where its text gives one", example = "2024-12-18",
                nullable = true) LocalDate date,
        @Schema(description = "Whether anything was created, updated or removed", required = true) boolean changed,
        @Schema(description = "What the import did, by kind of record: budget `chapters`, `posts`, `amounts`, "
                + "`allocations`; assignments `assignments`; indicators `goals`, `indicators`, `values`",
                example = "{\"assignments\": {\"created\": 72, \"updated\": 0, \"unchanged\": 0, \"removed\": 0}}",
                required = true) Map<String, ChangeCounts> changes,
        @Schema(description = "How many of the records read joined those of other documents, by kind of record "
                + "(indicators: `indicators` that share their series with an indicator of another document of the "
                + "same agency, by the same normalised text); empty where a service links nothing",
                example = "{\"indicators\": 28}", required = true) Map<String, Integer> links,
        @Schema(description = "What was read under each heading of the document, in document order", required = true)
        List<SectionFinding> sections,
        @Schema(description = "Checks of what was read against the document's own totals (budget: every `Sum kap.` "
                + "line); empty where the document has none", required = true) List<Check> checks,
        @Schema(description = "What could not be read, each with its line (0: the document as a whole)", required = true)
        List<Warning> warnings,
        @Schema(description = "Time spent reading the text, milliseconds", example = "120", required = true,
                minimum = Bounds.ZERO, maximum = Bounds.LONG_MAX)
        long parseMillis) {

    /** How many records of one kind an import created, updated, left unchanged or removed. */
    @Schema(description = "How many records of one kind an import created, updated, left unchanged or removed.")
    public record ChangeCounts(@Schema(required = true, minimum = Bounds.ZERO, maximum = Bounds.INT_MAX) int created,
                               @Schema(required = true, minimum = Bounds.ZERO, maximum = Bounds.INT_MAX) int updated,
                               @Schema(required = true, minimum = Bounds.ZERO, maximum = Bounds.INT_MAX) int unchanged,
                               @Schema(required = true, minimum = Bounds.ZERO, maximum = Bounds.INT_MAX) int removed) {

        public boolean changed() {
            return created + updated + removed > 0;
        }
    }

    /** A check of what was read against the document's own totals, e.g. a chapter's posts against its sum line. */
    @Schema(name = "ImportCheck", description = "A check of what was read against the document's own totals")
    public record Check(@Schema(example = "Sum kap. 740", required = true) String subject,
                        @Schema(required = true) boolean passed,
                        @Schema(example = "posts 1 556 792 + 48 640 = 1 605 432", required = true) String detail,
                        @Schema(description = "The line of the total", example = "3120", required = true,
                                minimum = Bounds.ZERO, maximum = Bounds.INT_MAX) int line) {
    }

    /** Something the import could not read, with its line. */
    @Schema(name = "ImportWarning", description = "Something the import could not read")
    public record Warning(@Schema(description = "The line (0: the document as a whole)", example = "3166",
                                  required = true, minimum = Bounds.ZERO, maximum = Bounds.INT_MAX) int line,
                          @Schema(required = true) String message) {
    }

    /**
     * Starts the report of an import of the document, scoped to its ministry and to {@code agency} (null for a
     * document of no agency, Prop. 1 S).
     */
    public static Builder of(DocumentIdentity identity, AgencyEntity agency) {
        return new Builder(identity, agency);
    }

    /** Fills a report; each service adds what it counted. */
    public static final class Builder {

        private final DocumentIdentity identity;
        private final AgencyEntity agency;
        private String title;
        private boolean documentChanged;
        private final Map<String, ChangeCounts> changes = new LinkedHashMap<>();
        private final Map<String, Integer> links = new LinkedHashMap<>();
        private List<SectionFinding> sections = List.of();
        private List<Check> checks = List.of();
        private List<Warning> warnings = List.of();

        private Builder(DocumentIdentity identity, AgencyEntity agency) {
            this.identity = identity;
            this.agency = agency;
            this.title = identity.title();
        }

        /** A title other than the identity's (one made unique among an agency's documents). */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** Whether the import changed the document's own record, beside what it counted. */
        public Builder documentChanged(boolean changed) {
            this.documentChanged = changed;
            return this;
        }

        public Builder changes(String records, ChangeCounter counter) {
            changes.put(records, counter.counts());
            return this;
        }

        public Builder links(String records, int count) {
            links.put(records, count);
            return this;
        }

        public Builder sections(List<SectionFinding> sections) {
            this.sections = List.copyOf(sections);
            return this;
        }

        public Builder checks(List<Check> checks) {
            this.checks = List.copyOf(checks);
            return this;
        }

        public Builder warnings(List<ImportWarning> warnings) {
            this.warnings = warnings.stream().map(w -> new Warning(w.line(), w.message())).toList();
            return this;
        }

        public ImportReport build(long parseMillis) {
            boolean changed = documentChanged || changes.values().stream().anyMatch(ChangeCounts::changed);
            return new ImportReport(identity.kind().wireName(), identity.ministry().code(),
                    agency == null ? null : agency.id, agency == null ? null : agency.name, identity.year(), title,
                    identity.date(), changed, Collections.unmodifiableMap(new LinkedHashMap<>(changes)),
                    Collections.unmodifiableMap(new LinkedHashMap<>(links)), sections, checks, warnings,
                    parseMillis);
        }
    }
}
