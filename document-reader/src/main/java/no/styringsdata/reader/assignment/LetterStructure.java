package no.styringsdata.reader.assignment;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headings and page furniture of an allocation letter, as families of forms rather than one year's
 * spelling: numbered chapters ({@code 3. Hovedmål, ...}) and sections ({@code 3.12. Tilgang på ...},
 * {@code 3.1.3. Oppdrag}, also without the last dot), the carried-over section ("Oppdrag som ikke er
 * gjennomført og videreføres"), and the headings after the assignments ("Budsjettildelinger").
 */
final class LetterStructure {

    private static final String NUMBER_PREFIX = "(?:\\d{1,2}(?:\\.\\d{1,2})*\\.?\\s+)?";

    /** A numbered section of two or three levels; group 3 is null for two. */
    static final Pattern SECTION =
            Pattern.compile("\\s*(\\d{1,2})\\.(\\d{1,2})(?:\\.(\\d{1,2}))?\\.?\\s+(\\p{Lu}.*?)\\s*");
    private static final Pattern CHAPTER = Pattern.compile("\\s*(\\d{1,2})\\.\\s+(\\p{Lu}.*?)\\s*");
    private static final int CHAPTER_HEADING_MAX = 75;
    /** The chapter that holds the goals: "Hovedmål, styringsparametere, nøkkeltall og oppdrag". */
    private static final Pattern GOAL_CHAPTER = Pattern.compile("(?iu).*\\b(?:hovedmål|styringsparamet).*");
    /** Sub-sections that make a section a goal: "3.8.1. Oppdrag", "3.1.1. Styringsparametere". */
    private static final Pattern GOAL_PART = Pattern.compile("(?iu)(?:oppdrag|styringsparamet\\w*|nøkkeltall)\\b.*");
    private static final Pattern GOAL_PREFIX = Pattern.compile("(?iu)hovedmål\\s*(\\d{1,2})?\\s*[:.–-]?\\s*");
    private static final Pattern CARRIED_OVER = Pattern.compile("(?iu)\\s*" + NUMBER_PREFIX
            + "(?:oppdrag\\b.{0,80}\\bviderefør\\w*|videreførte\\s+oppdrag)\\b.{0,40}");
    private static final Pattern NEW_ASSIGNMENTS = Pattern.compile("(?iu)\\s*" + NUMBER_PREFIX + "nye\\s+oppdrag\\s*:?\\s*");
    private static final Pattern END_OF_ASSIGNMENTS = Pattern.compile("(?iu)\\s*" + NUMBER_PREFIX
            + "(?:budsjettildeling(?:er)?|budsjettendringer|endringer\\s+i\\s+(?:budsjett)?tildeling\\w*|bevilgninger"
            + "|tildelinger|med\\s+(?:vennlig\\s+)?hilsen|vedlegg(?:\\s+[ivx\\d]+)?)\\s*:?\\s*");
    /**
     * A heading over assignments: "Oppdrag", "3.1.3. Oppdrag", "Oppdrag for 2025", "Nye oppdrag:", "Særskilte
     * oppdrag", "Oppdrag til Helsedirektoratet"; not a sentence ("Oppdraget skal ...").
     */
    private static final Pattern ASSIGNMENTS = Pattern.compile("(?iu)\\s*" + NUMBER_PREFIX
            + "(?:(?:nye|særskilte|andre|øvrige|enkelte|konkrete)\\s+)?oppdrag(?:ene)?(?:\\s+(?:for|i)\\s+[^.;]{1,50})?\\s*:?\\s*");
    /** A bullet item: "• ...", "- ...", "– ...", "▪ ...". */
    private static final Pattern BULLET = Pattern.compile("\\s*[•▪●◦\\-–]\\s+(\\S.*)");
    /** A numbered paragraph: "1. ...", "2) ...". */
    private static final Pattern NUMBERED = Pattern.compile("\\s*\\d{1,2}[.)]\\s+(\\p{Lu}.*)");
    /** A lettered paragraph: "a) ...". */
    private static final Pattern LETTERED = Pattern.compile("\\s*\\p{Ll}\\)\\s+(\\p{Lu}.*)");
    private static final Pattern FURNITURE = Pattern.compile("\\s*(?:Side\\s+\\d+(?:\\s+av\\s+\\d+)?|\\d{1,3})\\s*");

    private LetterStructure() {
    }

    /** A chapter heading is short and comes next in order ("4. Budsjettildeling" in chapter 3). */
    static Integer chapterHeading(String line, int currentChapter) {
        Matcher m = CHAPTER.matcher(line);
        if (!m.matches() || line.strip().length() > CHAPTER_HEADING_MAX || line.strip().endsWith(",")) {
            return null;
        }
        int number = Integer.parseInt(m.group(1));
        return number == currentChapter + 1 ? number : null;
    }

    /** The number of a chapter whose heading says it holds the goals, else null. */
    static Integer goalChapter(String line) {
        Matcher m = CHAPTER.matcher(line);
        return m.matches() && line.strip().length() <= CHAPTER_HEADING_MAX && GOAL_CHAPTER.matcher(m.group(2)).matches()
                ? Integer.parseInt(m.group(1)) : null;
    }

    /** True when a chapter's heading says it holds the goals ("Hovedmål, styringsparametere, nøkkeltall og oppdrag"). */
    static boolean namesGoals(String heading) {
        return GOAL_CHAPTER.matcher(heading).matches();
    }

    /** "3.1" when the line is a sub-section that only a goal has ("3.1.3. Oppdrag"), else null. */
    static String goalOfPart(String line) {
        Matcher m = SECTION.matcher(line);
        return m.matches() && m.group(3) != null && GOAL_PART.matcher(m.group(4)).matches()
                ? m.group(1) + "." + m.group(2) : null;
    }

    /** The goal title without a leading "Hovedmål 2:". */
    static String goalTitle(String heading) {
        Matcher m = GOAL_PREFIX.matcher(heading);
        return m.lookingAt() ? heading.substring(m.end()) : heading;
    }

    /** The number a heading gives after "Hovedmål" ("Hovedmål 2: ..."), else null. */
    static Integer goalNumberInHeading(String heading) {
        Matcher m = GOAL_PREFIX.matcher(heading);
        return m.lookingAt() && m.group(1) != null ? Integer.parseInt(m.group(1)) : null;
    }

    static boolean carriedOverHeading(String line) {
        return CARRIED_OVER.matcher(line).matches();
    }

    static boolean newAssignmentsHeading(String line) {
        return NEW_ASSIGNMENTS.matcher(line).matches();
    }

    static boolean endOfAssignments(String line) {
        return END_OF_ASSIGNMENTS.matcher(line).matches();
    }

    /** A heading over assignments, or over carried-over ones; a heading starts in upper case ("oppdrag:" ends a sentence). */
    static boolean assignmentsHeading(String line) {
        String words = line.replaceFirst("^[\\s\\d.]+", "");
        return !words.isEmpty() && Character.isUpperCase(words.charAt(0)) && (ASSIGNMENTS.matcher(line).matches()
                || NEW_ASSIGNMENTS.matcher(line).matches() || carriedOverHeading(line));
    }

    /** The kind of list item a line starts, or null: {@code '•'} a bullet, {@code '1'} a numbered, {@code 'a'} a lettered paragraph. */
    static Character listItem(String line) {
        if (BULLET.matcher(line).matches()) {
            return '•';
        }
        if (NUMBERED.matcher(line).matches()) {
            return '1';
        }
        return LETTERED.matcher(line).matches() ? 'a' : null;
    }

    /** The text of a list item without its bullet or number. */
    static String listItemText(String line) {
        Matcher bullet = BULLET.matcher(line);
        if (bullet.matches()) {
            return bullet.group(1);
        }
        for (Pattern item : List.of(NUMBERED, LETTERED)) {
            Matcher numbered = item.matcher(line);
            if (numbered.matches()) {
                return numbered.group(1);
            }
        }
        return line.strip();
    }

    /** Page numbers ("Side 37", a bare "12") and blank lines. */
    static boolean isFurniture(String line) {
        return line.isBlank() || FURNITURE.matcher(line).matches();
    }
}
