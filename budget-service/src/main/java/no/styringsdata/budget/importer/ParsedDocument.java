package no.styringsdata.budget.importer;

import java.time.LocalDate;
import java.util.List;
import no.styringsdata.reader.text.ImportWarning;

/**
 * Everything a parser read from one document that belongs to the budget service. Each parser fills
 * the lists its document kind has and leaves the others empty.
 *
 * @param year the budget year the document is about (2026 for Prop. 1 S 2025–2026)
 * @param date the document's date where the text gives one, else null
 */
public record ParsedDocument(
        DocumentKind kind,
        int year,
        String title,
        LocalDate date,
        List<ParsedCategory> categories,
        List<ParsedChapter> chapters,
        List<ParsedPost> posts,
        List<ParsedAmount> amounts,
        List<ParsedAllocation> allocations,
        List<SelfCheck> checks,
        List<ImportWarning> warnings) {
}
