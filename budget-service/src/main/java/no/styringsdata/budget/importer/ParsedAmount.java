package no.styringsdata.budget.importer;

import no.styringsdata.reader.text.SourceLine;

import no.styringsdata.budget.domain.Stage;

/**
 * One amount of one post for one year and stage, in whole kroner.
 *
 * @param agency the agency the amount concerns (an annual report's own accounts), or null for the
 *               state budget as a whole (Prop. 1 S)
 */
public record ParsedAmount(int chapter, int post, int year, Stage stage, String agency, long amountNok,
                           SourceLine source) {
}
