package no.styringsdata.budget.importer;

import no.styringsdata.reader.text.SourceLine;

/**
 * A chapter (kapittel) as a document names it.
 *
 * @param categoryCode programkategori such as {@code 10.40}, or null where the document does not say
 */
public record ParsedChapter(int number, String name, String categoryCode, SourceLine source) {
}
