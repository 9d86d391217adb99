package no.styringsdata.budget.importer;

import no.styringsdata.reader.text.SourceLine;

/**
 * A post of a chapter with its name split from its stikkord.
 *
 * @param name the name without stikkord ("Spesielle driftsutgifter")
 */
public record ParsedPost(int chapter, int post, String name, Stikkord stikkord, SourceLine source) {
}
