package no.styringsdata.budget.importer;

import java.time.LocalDate;
import java.util.List;
import no.styringsdata.reader.DocumentKind;
import no.styringsdata.reader.identity.DocumentIdentity;
import no.styringsdata.reader.text.ImportWarning;

/**
 * Everything a parser read from one document that belongs to the budget service. Each parser fills
 * the lists its document kind has and leaves the others empty. What the document is and whose it is
 * (kind, ministry, agency, year, date) is its identity, read once by the document reader; every
 * allocation and every amount of a letter or report is its agency's.
 *
 * @param title  the document's title: the identity's, made unique where one agency gets several
 *               documents of a kind and year without a title of their own (supplementary letters)
 * @param tables the first line of every table read
 */
public record ParsedDocument(
        DocumentIdentity identity,
        String title,
        List<Integer> tables,
        List<ParsedCategory> categories,
        List<ParsedChapter> chapters,
        List<ParsedPost> posts,
        List<ParsedAmount> amounts,
        List<ParsedAllocation> allocations,
        List<SelfCheck> checks,
        List<ImportWarning> warnings) {

    public DocumentKind kind() {
        return identity.kind();
    }

    /** The budget year the document is about (2026 for Prop. 1 S 2025–2026). */
    public int year() {
        return identity.year();
    }

    /** The document's date where the text gives one, else null. */
    public LocalDate date() {
        return identity.date();
    }
}
