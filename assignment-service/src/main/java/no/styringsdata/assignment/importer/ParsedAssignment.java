package no.styringsdata.assignment.importer;

import java.util.List;
import no.styringsdata.reader.text.SourceLine;

/**
 * One assignment (oppdrag) as a letter gives it.
 *
 * @param id               normalised id, {@code TB2025-43}; {@code TB2025 – 85} and {@code TB2021-01}
 *                         become {@code TB2025-85} and {@code TB2021-1}. The prefix is kept as written
 *                         ({@code TTB} is used for supplementary letters in some years).
 * @param year             the year in the id
 * @param number           the number in the id
 * @param departments      the ministry's owning department(s), e.g. {@code [KTA, SHA, FHA]}; empty when
 *                         the letter names none
 * @param title            the title, wrapped lines joined
 * @param text             the full text below the title, wrapped lines joined and hyphenation repaired;
 *                         it includes the deadline sentences
 * @param goalNumber       the hovedmål the assignment sits under, or null (supplementary letters,
 *                         carried-over assignments)
 * @param goalTitle        that goal's title, or null
 * @param deadlines        zero or more deadlines, in text order
 * @param assignmentRefs   other assignments the text refers to ("jf. TB2023-30"), normalised like
 *                         {@code id}, without the assignment's own id
 * @param postRefs         budget chapters and posts the text refers to ("kap. 714, post 21", "760.21")
 * @param continuedFromEarlierYear true when the letter lists it as carried over from an earlier year
 *                         (under a heading such as "Oppdrag som ikke er gjennomført og videreføres", or
 *                         with an id of an earlier year than the letter's)
 * @param source           the line the id is on
 */
public record ParsedAssignment(
        String id,
        int year,
        int number,
        List<String> departments,
        String title,
        String text,
        Integer goalNumber,
        String goalTitle,
        List<ParsedDeadline> deadlines,
        List<String> assignmentRefs,
        List<PostRef> postRefs,
        boolean continuedFromEarlierYear,
        SourceLine source) {
}
