package no.styringsdata.testing.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Variants of the real letters made in test code, to prove that readers find things by structure
 * and not by one text: the same letter addressed to another agency, with or without a title block.
 * Each transformation works on lines, so that every line keeps its number unless the variant says.
 */
public final class LetterVariants {

    /** An allocation row: a kap.post key at the start of the line ("740.01 Driftsutgifter …"). */
    private static final Pattern ALLOCATION_ROW = Pattern.compile("^\\s*\\d{3,4}\\.\\d{2}\\b.*");

    private LetterVariants() {
    }

    /**
     * The letter rewritten for another agency of the same ministry: every name of the agency in the
     * prose (base form, genitive and abbreviation) becomes the other's; the allocation rows stay as
     * they are, and so does every line's number.
     */
    public static String forAgency(String text, Rename... renames) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String rewritten = line;
            if (!ALLOCATION_ROW.matcher(line).matches()) {
                for (Rename rename : renames) {
                    rewritten = rewritten.replace(rename.from(), rename.to());
                }
            }
            out.add(rewritten);
        }
        return String.join("\n", out);
    }

    /** A name as it is and as it should read: the genitive follows since it only adds an s. */
    public record Rename(String from, String to) {
    }

    /** The Helsedirektoratet letters as Folkehelseinstituttet's: name and the abbreviation "Hdir". */
    public static String forFolkehelseinstituttet(String text) {
        return forAgency(text, new Rename("Helsedirektoratet", "Folkehelseinstituttet"),
                new Rename("Hdir", "FHI"));
    }

    /**
     * The letter with a reference block and a title above its first line, as many ministries write
     * them. Adds {@link #TITLE_BLOCK_LINES} lines at the top.
     */
    public static String withTitleBlock(String text, String addressee, String title, String date) {
        return String.join("\n", addressee, "Postboks 7000 St. Olavs plass", "0130 OSLO", "",
                "Deres ref                Vår ref                 Dato", "25/1234-1                " + date, "",
                title, "") + "\n" + text;
    }

    /** The number of lines {@link #withTitleBlock} adds above the letter. */
    public static final int TITLE_BLOCK_LINES = 9;
}
