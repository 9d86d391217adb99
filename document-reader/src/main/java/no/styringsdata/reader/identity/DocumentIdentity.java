package no.styringsdata.reader.identity;

import java.time.LocalDate;
import java.util.List;
import no.styringsdata.reader.DocumentKind;

/**
 * What a document is and whose it is, as read from its text (or given by the importer where the text
 * does not say).
 *
 * @param kind      the kind of document, or null when the text is none the services read
 * @param ministry  the issuing ministry (for a report: the ministry the agency reports to), or null
 * @param agencies  the receiving or reporting agencies, the main one first; empty for Prop. 1 S
 * @param year      the budget year the document is about (2026 for Prop. 1 S 2025–2026, 2024 for
 *                  the annual report of 2024), or null when the text gives none
 * @param date      the document's own date where the text gives one, else null
 * @param title     the document's title line, or one made from kind, year and agency when it has none
 * @param titleLine the line of the title, 0 when the title was made
 */
public record DocumentIdentity(
        DocumentKind kind,
        Ministry ministry,
        List<Agency> agencies,
        Integer year,
        LocalDate date,
        String title,
        int titleLine) {

    /** The main agency, or null (Prop. 1 S; a letter whose text names none). */
    public Agency agency() {
        return agencies.isEmpty() ? null : agencies.get(0);
    }

    /** True when the title was made from kind, year and agency, because the text has no title line. */
    public boolean titleMade() {
        return titleLine == 0;
    }
}
