package no.styringsdata.reader.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One row of an allocation table.
 *
 * @param chapter       the kapittel (also where the row gives only its post and continues the chapter above)
 * @param posts         the post, or the posts one amount covers ("21/70" gives [21, 70])
 * @param name          the name cell, wrapped lines joined, stikkord included
 * @param amountsKroner one amount per amount column of the table, in whole kroner; null where the row has none
 * @param comment       the comment cell, wrapped lines joined (may be empty)
 * @param commentParagraphs the comment cell's paragraphs, each with its wrapped lines joined: a line holding only
 *                      a space, or a line that starts a list item ("• …", "6 mill. kr til …"), starts a new one
 * @param line          the line the row starts on
 * @param lines         every non-blank line of the row
 */
public record AllocationRow(int chapter, List<Integer> posts, String name, List<Long> amountsKroner, String comment,
                            List<String> commentParagraphs, int line, List<Integer> lines) {

    public AllocationRow {
        posts = List.copyOf(posts);
        amountsKroner = Collections.unmodifiableList(new ArrayList<>(amountsKroner));
        commentParagraphs = List.copyOf(commentParagraphs);
        lines = List.copyOf(lines);
    }

    /** True when a paragraph of a comment is an item of a list: a bullet, or an amount ("6 mill. kr til …"). */
    public static boolean isListItem(String paragraph) {
        return RowBuilder.ITEM_START.matcher(paragraph.strip()).matches();
    }

    /** "740.01", or "740.21/70" for a row of two posts. */
    public String key() {
        return chapter + "." + String.join("/", posts.stream().map("%02d"::formatted).toList());
    }
}
