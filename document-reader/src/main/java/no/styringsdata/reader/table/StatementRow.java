package no.styringsdata.reader.table;

import java.util.List;

/**
 * One kap./post row of an appropriation statement, in whole kroner.
 *
 * @param section     the part of the statement the row stands under
 * @param chapter     the kapittel ("0701" is 701)
 * @param chapterName the chapter's name, wrapped lines joined
 * @param post        the post
 * @param name        the post's text, wrapped lines joined
 * @param note        the note reference ("A", "B", "A/B"), or null where the cell is empty
 * @param allocated   samlet tildeling; null where the row gives none (a belastningsfullmakt on another
 *                    chapter, a revenue with no allocation)
 * @param accounted   regnskap; null only where the row's figures cannot be read
 * @param difference  merutgift/mindreutgift (merinntekt/mindreinntekt for revenue); null where the row gives none
 * @param line        the line the row starts on
 * @param lines       every non-blank line of the row
 */
public record StatementRow(StatementSection section, int chapter, String chapterName, int post, String name,
                           String note, Long allocated, Long accounted, Long difference, int line, List<Integer> lines) {

    public StatementRow {
        lines = List.copyOf(lines);
    }

    /** "740.01". */
    public String key() {
        return chapter + "." + "%02d".formatted(post);
    }

    /** Chapters 3000–5999 hold revenue; for them the difference is regnskap − samlet tildeling. */
    public boolean isRevenue() {
        return chapter >= 3000 && chapter <= 5999;
    }
}
