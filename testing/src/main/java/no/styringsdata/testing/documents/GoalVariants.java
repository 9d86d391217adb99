package no.styringsdata.testing.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Variants of the 2025 letter's goal chapter (chapter 3: thirteen hovedmål as sections 3.1–3.13, each with
 * numbered Styringsparametere, Nøkkeltall and Oppdrag subsections), made in test code to prove that the
 * goal reader finds goals by structure and not by one letter's wording. Each variant keeps every line's
 * number unless it says otherwise: the extracted text has a blank line between its lines, and what a
 * variant adds goes onto such a blank line.
 */
public final class GoalVariants {

    private static final Pattern GOAL_CHAPTER = Pattern.compile("^(\\s*)(\\d)\\.?(\\s+)(Hovedmål\\b.*)$");
    private static final Pattern BULLET = Pattern.compile("^\\s*•\\s*(\\S.*)$");

    private GoalVariants() {
    }

    /**
     * The goal chapter moved before the chapter on overall goals and renumbered: chapter 3 becomes chapter
     * 2 (its sections 2.1–2.13), chapter 2 becomes 3. Lines move: the goal chapter starts
     * {@link #chapterLength} of the old chapter 2 earlier.
     */
    public static String goalChapterAsChapter2(String text) {
        List<String> lines = lines(text);
        int overall = chapterHeading(lines, 2);
        int goals = goalChapterLine(lines);
        int next = chapterHeading(lines, 4);
        List<String> out = new ArrayList<>(lines.subList(0, overall));
        out.add(lines.get(goals).replaceFirst("^(\\s*)3\\.", "$12."));
        // only section numbers: the introduction's "3. Mindre sosial ulikhet …" is an item of its goal list
        for (String line : lines.subList(goals + 1, next)) {
            out.add(line.replaceFirst("^(\\s*)3\\.(?=\\d)", "$12."));
        }
        out.add(lines.get(overall).replaceFirst("^(\\s*)2\\.", "$13."));
        out.addAll(lines.subList(overall + 1, goals));
        out.addAll(lines.subList(next, lines.size()));
        return String.join("\n", out);
    }

    /** The number of lines of a chapter: chapter 2's is how far {@link #goalChapterAsChapter2} moves the goals up. */
    public static int chapterLength(String text, int chapter) {
        List<String> lines = lines(text);
        return chapterHeading(lines, chapter + 1) - chapterHeading(lines, chapter);
    }

    /**
     * The list headings renamed as other letters word them: "Styringsparametre" (odd goals) and
     * "Styringsparametere for 2025" (even goals), "Nøkkeltall og indikatorer".
     */
    public static String renamedListHeadings(String text) {
        return rewriteSubsections(text, (goal, title, prefix) -> switch (title) {
            case "Styringsparametere" -> prefix + (goal % 2 == 1 ? "Styringsparametre" : "Styringsparametere for 2025");
            case "Nøkkeltall" -> prefix + "Nøkkeltall og indikatorer";
            default -> null;
        });
    }

    /** The goal chapter's heading and every subsection heading in upper case ("3.1.1. STYRINGSPARAMETERE"). */
    public static String upperCaseHeadings(String text) {
        List<String> lines = lines(rewriteSubsections(text,
                (goal, title, prefix) -> prefix + title.toUpperCase(java.util.Locale.ROOT)));
        int chapter = goalChapterLine(lines);
        lines.set(chapter, lines.get(chapter).toUpperCase(java.util.Locale.ROOT));
        return String.join("\n", lines);
    }

    /**
     * The numbered hovedmål rewritten as areas: "3.N. Title" becomes "Hovedområde N: Title", the goal's
     * title is also written as its long-term goal ("Langsiktig mål: Title", in place of the introductory
     * prose between the title and the first subsection, which is blanked out), the subsections lose their
     * numbers and Nøkkeltall become "Resultatkrav".
     */
    public static String goalsAsAreas(String text) {
        List<String> lines = lines(text);
        Pattern goalHeading = Pattern.compile("^\\s*3\\.(\\d{1,2})\\.?\\s+(\\p{Lu}.*?)\\s*$");
        Pattern subsection = Pattern.compile("^\\s*3\\.(\\d{1,2})\\.\\d{1,2}\\.?\\s+(\\p{L}.*?)\\s*$");
        String title = null;
        int afterTitle = -1;
        int end = chapterHeading(lines, 4);
        for (int i = goalChapterLine(lines) + 1; i < end; i++) {
            Matcher goal = goalHeading.matcher(lines.get(i));
            Matcher sub = subsection.matcher(lines.get(i));
            if (goal.matches()) {
                title = title(lines, i, goal.group(2));
                lines.set(i, "Hovedområde " + goal.group(1) + ": " + goal.group(2));
                afterTitle = i + 1;
                while (lines.get(afterTitle).isBlank() || Character.isLowerCase(lines.get(afterTitle).strip().charAt(0))) {
                    afterTitle++;
                }
            } else if (sub.matches()) {
                if (afterTitle >= 0) {
                    if (afterTitle >= i) {
                        throw new IllegalStateException("no introduction to replace above line " + (i + 1));
                    }
                    for (int n = afterTitle; n < i; n++) {
                        lines.set(n, "");
                    }
                    lines.set(afterTitle, "Langsiktig mål: " + title);
                    afterTitle = -1;
                }
                lines.set(i, sub.group(2).equals("Nøkkeltall") ? "Resultatkrav" : sub.group(2));
            }
        }
        return String.join("\n", lines);
    }

    /**
     * Steering parameters lettered a), b), c) instead of bulleted, each followed by its prestasjonskrav
     * ("Prestasjonskrav: Helsedirektoratet rapporterer på b) i årsrapporten", on the line before the next
     * item or heading: where that line is the item's last wrapped line, it is joined to the line above).
     */
    public static String letteredSteeringParameters(String text) {
        List<String> lines = lines(text);
        Pattern steering = Pattern.compile("^\\s*3\\.\\d{1,2}\\.\\d{1,2}\\.?\\s+Styringsparametere\\s*$");
        Pattern heading = Pattern.compile("^\\s*\\d{1,2}(?:\\.\\d{1,2})*\\.\\s+\\p{Lu}.*");
        for (int i = goalChapterLine(lines) + 1; i < lines.size(); i++) {
            if (!steering.matcher(lines.get(i)).matches()) {
                continue;
            }
            char letter = 'a';
            int n = i + 1;
            for (; n < lines.size() && !heading.matcher(lines.get(n)).matches(); n++) {
                Matcher bullet = BULLET.matcher(lines.get(n));
                if (bullet.matches()) {
                    if (letter > 'a') {
                        putOnOwnLine(lines, n - 1, requirement((char) (letter - 1)));
                    }
                    lines.set(n, letter + ") " + bullet.group(1));
                    letter++;
                }
            }
            if (letter > 'a') {
                putOnOwnLine(lines, n - 1, requirement((char) (letter - 1)));
            }
            i = n - 1;
        }
        return String.join("\n", lines);
    }

    /** The made prestasjonskrav of steering parameter {@code letter}) in {@link #letteredSteeringParameters}. */
    public static String requirement(char letter) {
        return "Prestasjonskrav: Helsedirektoratet rapporterer på " + letter + ") i årsrapporten";
    }

    /**
     * The first steering parameter of each of the given goals (3.N) reworded: {@code marker} put before its text
     * ("• Endret: Helsedirektoratet skal ..."); nothing else changes.
     */
    public static String rewordedFirstSteeringParameters(String text, String marker, int... goals) {
        List<String> lines = lines(text);
        for (int goal : goals) {
            Pattern steering = Pattern.compile("^\\s*3\\." + goal + "\\.\\d{1,2}\\.?\\s+Styringsparametere\\s*$");
            int heading = goalChapterLine(lines) + 1;
            while (!steering.matcher(lines.get(heading)).matches()) {
                heading++;
            }
            int item = heading + 1;
            Matcher bullet = BULLET.matcher(lines.get(item));
            while (!bullet.matches()) {
                bullet = BULLET.matcher(lines.get(++item));
            }
            lines.set(item, "• " + marker + " " + bullet.group(1));
        }
        return String.join("\n", lines);
    }

    /** Goal 3.N with its Styringsparametere and Nøkkeltall headings kept and their items blanked out. */
    public static String goalWithEmptyLists(String text, int goal) {
        List<String> lines = lines(text);
        Pattern list = Pattern.compile("^\\s*3\\." + goal + "\\.\\d{1,2}\\.?\\s+(?:Styringsparametere|Nøkkeltall)\\s*$");
        Pattern heading = Pattern.compile("^\\s*\\d{1,2}(?:\\.\\d{1,2})*\\.\\s+\\p{Lu}.*");
        for (int i = goalChapterLine(lines) + 1; i < lines.size(); i++) {
            if (list.matcher(lines.get(i)).matches()) {
                for (int n = i + 1; n < lines.size() && !heading.matcher(lines.get(n)).matches(); n++) {
                    lines.set(n, "");
                }
            }
        }
        return String.join("\n", lines);
    }

    /** How a subsection heading is rewritten: its goal's number, its title, and "3.N.M. " before it; null keeps it. */
    private interface SubsectionRewrite {
        String apply(int goal, String title, String prefix);
    }

    private static String rewriteSubsections(String text, SubsectionRewrite rewrite) {
        List<String> lines = lines(text);
        Pattern subsection = Pattern.compile("^(\\s*3\\.(\\d{1,2})\\.\\d{1,2}\\.?\\s+)(\\p{L}.*?)\\s*$");
        int end = chapterHeading(lines, 4);
        for (int i = goalChapterLine(lines) + 1; i < end; i++) {
            Matcher sub = subsection.matcher(lines.get(i));
            if (sub.matches()) {
                String rewritten = rewrite.apply(Integer.parseInt(sub.group(2)), sub.group(3), sub.group(1));
                if (rewritten != null) {
                    lines.set(i, rewritten);
                }
            }
        }
        return String.join("\n", lines);
    }

    /** The heading's title with the lines that continue it in lower case. */
    private static String title(List<String> lines, int heading, String first) {
        StringBuilder title = new StringBuilder(first);
        for (int i = heading + 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!Character.isLowerCase(line.charAt(0))) {
                break;
            }
            title.append(' ').append(line);
        }
        return title.toString().replaceAll("\\s+", " ").replaceAll("\\.$", "");
    }

    /** Puts the text on the line at {@code index}, moving a wrapped line there up onto the content line above it. */
    private static void putOnOwnLine(List<String> lines, int index, String text) {
        if (!lines.get(index).isBlank()) {
            int above = index - 1;
            while (lines.get(above).isBlank()) {
                above--;
            }
            if (lines.get(above).stripTrailing().endsWith("-")) {
                throw new IllegalStateException("line " + (above + 1) + " ends in a hyphen: joining it would change the text");
            }
            lines.set(above, lines.get(above).stripTrailing() + " " + lines.get(index).strip());
        }
        lines.set(index, text);
    }

    private static int goalChapterLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (GOAL_CHAPTER.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        throw new IllegalStateException("no goal chapter (\"3. Hovedmål …\") in the text");
    }

    /** The index of chapter {@code number}'s heading: chapter headings are short and come in order 1, 2, 3 … */
    private static int chapterHeading(List<String> lines, int number) {
        int from = 0;
        for (int k = 1; k <= number; k++) {
            Pattern heading = Pattern.compile("^\\s*" + k + "\\.?\\s+\\p{Lu}.{0,58}$");
            int found = -1;
            for (int i = from; i < lines.size(); i++) {
                if (heading.matcher(lines.get(i).stripTrailing()).matches()) {
                    found = i;
                    break;
                }
            }
            if (found < 0) {
                throw new IllegalStateException("no heading of chapter " + k);
            }
            from = found + 1;
            if (k == number) {
                return found;
            }
        }
        throw new IllegalStateException("no heading of chapter " + number);
    }

    private static List<String> lines(String text) {
        return new ArrayList<>(List.of(text.split("\n", -1)));
    }
}
