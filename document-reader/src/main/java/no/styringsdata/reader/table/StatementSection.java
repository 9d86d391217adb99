package no.styringsdata.reader.table;

/**
 * A part of an appropriation statement, named as the statement names it: by a heading of its own
 * ("Inntektskapitler", "Oppgjørsvirksomhet"), or, where a part has none, by the first cell of its header row
 * ("Utgiftskapittel").
 *
 * @param heading the heading as written
 * @param line    the line of the heading (or of the header row that names the part)
 */
public record StatementSection(String heading, int line) {
}
