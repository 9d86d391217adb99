package no.styringsdata.reader.assignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** References in an assignment's text to other assignments and to budget chapters and posts. */
final class ReferenceReader {

    /** {@code TB2025-24}, {@code TTB2024-58}, {@code TB-2023-73}, {@code TB2025 - 80}, another series' {@code STB2023-4}. */
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "(?<![\\p{L}\\d])(\\p{Lu}{1,4})\\s?-?\\s?((?:19|20)\\d{2})\\s?[-–]\\s?(\\d{1,3})(?!\\d)");
    /** {@code kap. 714, post 21}, {@code kap. 760 post 21}, {@code kap. 760.21}, {@code kap. 760} alone. */
    private static final Pattern CHAPTER = Pattern.compile("(?<!\\p{L})[Kk]ap\\.?\\s*(\\d{1,4})(?:\\.(\\d{2})(?!\\d))?"
            + "(?:\\s*,?\\s*post(?:ene)?\\s+(\\d{2}(?:\\s*(?:,|og)\\s*\\d{2})*)(?!\\d))?");
    /** {@code 714.21} without "kap.". */
    private static final Pattern CHAPTER_POST = Pattern.compile("(?<![\\d.,\\p{L}])(\\d{3,4})\\.(\\d{2})(?!\\d|\\.\\d)");
    private static final Pattern POST_NUMBER = Pattern.compile("\\d{2}");

    private ReferenceReader() {
    }

    /** Ids of the other assignments the text refers to, normalised, in text order, without the block's own. */
    static List<String> assignments(String text, List<String> ownIds) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = ASSIGNMENT.matcher(text);
        while (m.find()) {
            ids.add(new AssignmentHeader.AssignmentId(m.group(1), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))).id());
        }
        ids.removeAll(ownIds);
        return List.copyOf(ids);
    }

    /** Chapters and posts the text refers to, in text order, each once. */
    static List<PostRef> posts(String text) {
        List<Positioned> found = new ArrayList<>();
        Matcher m = CHAPTER.matcher(text);
        while (m.find()) {
            int chapter = Integer.parseInt(m.group(1));
            if (m.group(2) != null) {
                found.add(new Positioned(m.start(), new PostRef(chapter, Integer.parseInt(m.group(2)))));
            } else if (m.group(3) != null) {
                Matcher post = POST_NUMBER.matcher(m.group(3));
                while (post.find()) {
                    found.add(new Positioned(m.start(), new PostRef(chapter, Integer.parseInt(post.group()))));
                }
            } else {
                found.add(new Positioned(m.start(), new PostRef(chapter, null)));
            }
        }
        Matcher bare = CHAPTER_POST.matcher(text);
        while (bare.find()) {
            found.add(new Positioned(bare.start(),
                    new PostRef(Integer.parseInt(bare.group(1)), Integer.parseInt(bare.group(2)))));
        }
        found.sort(Comparator.comparingInt(Positioned::start));
        return List.copyOf(found.stream().map(Positioned::ref).collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    private record Positioned(int start, PostRef ref) {
    }
}
