package no.styringsdata.assignment.importer;

import java.time.LocalDate;
import java.util.List;
import no.styringsdata.assignment.domain.LetterKind;
import no.styringsdata.reader.text.ImportWarning;

/**
 * What was read from one allocation letter.
 *
 * @param year  the budget year the letter is about (2025 for the letters of 2025)
 * @param title the letter's own title line ("Tildelingsbrev 2021 ..."), or null when the text has none
 * @param date  the letter's date where the text gives one ("Vår dato: 18.12.2020"), else null
 * @param goals the hovedmål sections of a main letter, in document order; empty for most supplementary
 *              letters
 */
public record ParsedLetter(
        LetterKind kind,
        int year,
        String title,
        LocalDate date,
        List<ParsedGoal> goals,
        List<ParsedAssignment> assignments,
        List<ImportWarning> warnings) {
}
