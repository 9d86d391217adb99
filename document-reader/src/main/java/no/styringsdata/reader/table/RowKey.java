package no.styringsdata.reader.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kap./post that starts a table row, and the rest of its line.
 *
 * @param chapter the chapter, or null for a row that gives only its post and continues the chapter above
 * @param posts   one post, or several where one amount covers them ("21/70")
 */
record RowKey(Integer chapter, List<Integer> posts, String rest) {

    private static final String POSTS = "(?<posts>\\d{2}(?:\\s*/\\s*\\d{2})*)(?=\\s|$)";
    /** "740.01", "740.21/70", "kap. 740 post 01", "kap. 740, post 01". */
    private static final Pattern MARKED = Pattern.compile(
            "(?iU)^\\s*(?:kap(?:ittel)?\\.?\\s*)?(?<chapter>\\d{3,4})(?:\\.|\\s*,?\\s*post\\s+)" + POSTS + "(?<rest>.*)$");
    /** "0740 01 Driftsutgifter": kap. and post in two cells, then the name; never "2024 20 mill.". */
    private static final Pattern SPACED = Pattern.compile(
            "(?U)^\\s*(?<chapter>\\d{3,4})\\s+" + POSTS + "(?<rest>\\s+\\p{Lu}.*|\\s*)$");
    /** "21 Spesielle driftsutgifter": a post of the chapter above. */
    private static final Pattern POST_ONLY = Pattern.compile("(?U)^\\s*" + POSTS + "(?<rest>\\s+\\p{Lu}.*)$");
    /** "Kap. 740 Helsedirektoratet" or, in a table with a chapter column, "740 Helsedirektoratet". */
    private static final Pattern CHAPTER_LINE = Pattern.compile(
            "(?iU)^\\s*(?<kap>kap(?:ittel)?\\.?\\s*)?(?<chapter>\\d{3,4})\\s+(?<rest>\\p{Lu}[^\\d]*)$");

    /** The row a line starts, if it starts one with its chapter. */
    static Optional<RowKey> withChapter(String line) {
        Matcher marked = MARKED.matcher(line);
        if (marked.matches()) {
            return Optional.of(of(marked));
        }
        Matcher spaced = SPACED.matcher(line);
        return spaced.matches() ? Optional.of(of(spaced)) : Optional.empty();
    }

    /** The row a line starts with its post only ("21 Spesielle driftsutgifter"), if it does. */
    static Optional<RowKey> postOnly(String line) {
        Matcher post = POST_ONLY.matcher(line);
        return post.matches() ? Optional.of(new RowKey(null, posts(post.group("posts")), post.group("rest")))
                : Optional.empty();
    }

    /**
     * The chapter a line names without a post ("Kap. 740 Helsedirektoratet"); a bare number only where the
     * table has a chapter column of its own.
     */
    static Optional<Integer> chapterLine(String line, boolean chapterColumn) {
        Matcher chapter = CHAPTER_LINE.matcher(line);
        return chapter.matches() && (chapter.group("kap") != null || chapterColumn)
                ? Optional.of(Integer.valueOf(chapter.group("chapter"))) : Optional.empty();
    }

    private static RowKey of(Matcher key) {
        return new RowKey(Integer.valueOf(key.group("chapter")), posts(key.group("posts")), key.group("rest"));
    }

    private static List<Integer> posts(String written) {
        List<Integer> posts = new ArrayList<>();
        for (String post : written.split("\\s*/\\s*")) {
            posts.add(Integer.valueOf(post.strip()));
        }
        return List.copyOf(posts);
    }
}
