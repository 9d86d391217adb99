package no.styringsdata.budget.importer;

import no.styringsdata.reader.text.SourceLine;

import no.styringsdata.budget.domain.Stage;

/**
 * One amount of one post for one year and stage, in whole kroner: the state budget's (Prop. 1 S), or
 * the document's agency's (an annual report's own accounts).
 *
 * @param section the part of the document the amount stands in ("Oppgjørsvirksomhet"), or null
 */
public record ParsedAmount(int chapter, int post, int year, Stage stage, long amountNok,
                           SourceLine source, String section) {
}
