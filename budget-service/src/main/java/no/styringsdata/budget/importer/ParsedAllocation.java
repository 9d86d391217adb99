package no.styringsdata.budget.importer;

import no.styringsdata.reader.text.SourceLine;

import java.time.LocalDate;

/**
 * One allocation event: a row of an allocation letter, or money a supplementary letter adds or
 * withdraws, of the letter's agency.
 *
 * @param purpose   what the money is for, as the letter says it (may be empty)
 * @param comment   the letter's comment on the row, joined lines (may be empty)
 * @param amountNok signed change in whole kroner: positive allocates or adds, negative withdraws
 */
public record ParsedAllocation(int chapter, int post, int year, String purpose, String comment,
                               long amountNok, LocalDate effectiveDate, SourceLine source) {
}
