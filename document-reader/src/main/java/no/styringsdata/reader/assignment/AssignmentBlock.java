package no.styringsdata.reader.assignment;

import java.util.List;

/**
 * One assignment (oppdrag) as a letter gives it.
 *
 * @param id            normalised id: {@code TB2025 – 85} and {@code ID: TB2021-01} become {@code TB2025-85}
 *                      and {@code TB2021-1}, the prefix kept as written ({@code TTB}, {@code TB}); for a
 *                      letter that gives its assignments no id, one made by {@link AssignmentReader#generatedId}
 * @param idGenerated   true when the letter gives no id and {@code id} was made
 * @param year          the year in the id; the letter's year for a made id
 * @param number        the number in the id; the position in the letter for a made id
 * @param combinedIds   further ids the same heading gives ("TB2023-25 og TB2023-26", "TB2024-12/TB2025-3"),
 *                      normalised like {@code id}
 * @param carriedOver   true when the letter lists it as carried over from an earlier year (under a heading
 *                      such as "Oppdrag som ikke er gjennomført og videreføres", or with an id of an earlier
 *                      year than the letter's)
 * @param departments   the ministry's owning department(s), e.g. {@code [KTA, SHA, FHA]}; empty when none is named
 * @param title         the title, wrapped lines joined; for a list item, its first sentence
 * @param text          the text below the title, wrapped lines joined, hyphenation repaired, deadline
 *                      sentences included; for a list item, the whole item
 * @param goal          the hovedmål section it sits under, or null (supplementary letters, carried-over
 *                      assignments, letters without goal sections)
 * @param deadlines     zero or more deadlines, in text order
 * @param referencedIds other assignments the title and text refer to ("jf. TB2023-30"), normalised, without
 *                      the block's own ids
 * @param postRefs      budget chapters and posts the text refers to
 * @param line          the line the block starts on: the id's line, or the first line of an id-less block
 */
public record AssignmentBlock(
        String id,
        boolean idGenerated,
        int year,
        int number,
        List<String> combinedIds,
        boolean carriedOver,
        List<String> departments,
        String title,
        String text,
        GoalRef goal,
        List<Deadline> deadlines,
        List<String> referencedIds,
        List<PostRef> postRefs,
        int line) {
}
