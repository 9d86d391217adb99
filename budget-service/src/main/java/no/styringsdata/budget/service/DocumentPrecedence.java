package no.styringsdata.budget.service;

import java.util.Comparator;
import no.styringsdata.budget.entity.SourceDocument;
import no.styringsdata.reader.DocumentKind;

/**
 * Which of two documents stands where both give a value for the same key, so that the documents decide
 * and not the order they were imported in. Each order ends with the greatest document, ties broken by the
 * text's checksum (stable, and different for any two texts).
 */
final class DocumentPrecedence {

    /**
     * Names of programme areas, categories, chapters and posts: the budget proposal's before any other
     * document's (letters and reports use the names of their time), then the later document.
     */
    static final Comparator<SourceDocument> NAMES = Comparator
            .<SourceDocument, Boolean>comparing(d -> DocumentKind.PROP1S.wireName().equals(d.kind))
            .thenComparing(DocumentPrecedence::later);

    /** Figures for the same post, year, stage and agency: the later document's. */
    static final Comparator<SourceDocument> FIGURES = DocumentPrecedence::later;

    /**
     * The rows an allocation change of a supplementary letter may concern, best first: allocation letters'
     * before supplementary letters', then the earlier document (the row the money was first given on).
     */
    static final Comparator<SourceDocument> ALLOCATION_ROWS = Comparator
            .<SourceDocument, Boolean>comparing(DocumentPrecedence::supplementary)
            .thenComparing(DocumentPrecedence::later);

    private DocumentPrecedence() {
    }

    /** Undated first, then by date, budget year and checksum. */
    private static int later(SourceDocument a, SourceDocument b) {
        return Comparator.comparing((SourceDocument d) -> d.documentDate, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingInt(d -> d.year)
                .thenComparing(d -> d.sha256)
                .compare(a, b);
    }

    static boolean supplementary(SourceDocument document) {
        return DocumentKind.SUPPLEMENTARY_LETTER.wireName().equals(document.kind);
    }

    /**
     * Whether {@code incoming}'s value replaces one that stands from {@code standing}: it ranks at least as
     * high (the same document again applies again). A value from no document (entered through the API) gives
     * way to the budget proposal only, as it always did.
     */
    static boolean replaces(Comparator<SourceDocument> order, SourceDocument incoming, SourceDocument standing) {
        if (standing == null) {
            return order == FIGURES || DocumentKind.PROP1S.wireName().equals(incoming.kind);
        }
        return same(standing, incoming) || order.compare(incoming, standing) >= 0;
    }

    /** Whether both are the same stored document (by id: one of them may be a lazy reference). */
    static boolean same(SourceDocument a, SourceDocument b) {
        return a == null ? b == null : b != null && a.id != null && a.id.equals(b.id);
    }
}
