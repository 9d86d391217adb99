package no.styringsdata.indicator.importer;
import no.styringsdata.reader.text.TracedText;
import no.styringsdata.reader.text.WrappedLines;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.styringsdata.reader.text.DocumentFormatException;
import no.styringsdata.reader.text.DocumentLines;
import no.styringsdata.reader.text.ImportWarning;

/**
 * Reads the goals (hovedmål) of a tildelingsbrev and, under each goal's section, the bullets of
 * its Styringsparametere and Nøkkeltall subsections.
 *
 * <p>By structure, not by one year's numbering: the goal chapter is the one titled "Hovedmål…",
 * a goal is its section {@code C.N}, and a subsection counts by its title, not its number (goal
 * 3.7 has Oppdrag as 3.7.2, goal 3.8 as 3.8.1). The chapter's introduction lists the goals once
 * more; that list is checked against the sections.
 */
public final class AllocationLetterIndicatorParser {

    private static final Pattern GOAL_CHAPTER = Pattern.compile("^\\s*(\\d{1,2})\\.?\\s+Hovedmål\\b.*");
    private static final Pattern ANY_SUBSECTION = Pattern.compile(
            "^\\s*(\\d{1,2})\\.\\d{1,2}\\.\\d{1,2}\\.?\\s+(?:Styringsparametere|Nøkkeltall)\\s*$");
    /** A numbered heading ends a bullet list: {@code 3.4.3. Oppdrag}, {@code 3.5. Pasienter}, {@code 4. Budsjett}. */
    private static final Pattern NUMBERED_HEADING = Pattern.compile(
            "^\\s*\\d{1,2}(?:\\.\\d{1,2})*\\.\\s+\\p{Lu}.*|^\\s*\\d{1,2}(?:\\.\\d{1,2})+\\s+\\p{Lu}.*");
    private static final Pattern BULLET = Pattern.compile("^\\s*[•●▪\\uF0B7\\uF0A7]\\s*(\\S.*)$");
    private static final Pattern SUB_BULLET = Pattern.compile("^\\s*(?:o|[a-zæøå][.)]|[-–])\\s+(\\S.*)$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(\\d{1,2})\\.\\s+(\\S.*)$");
    private static final Pattern AGENCY_AND_YEAR = Pattern.compile(
            "tildelingsbrev\\p{L}*[^.]*?\\bfor\\s+(\\p{Lu}[\\p{L}-]+)\\s+for\\s+(20\\d{2})\\b");
    private static final Pattern LETTER_YEAR = Pattern.compile("tildelingsbrev\\p{L}*[^.]*?\\b(20\\d{2})\\b");
    private static final Pattern ASSIGNMENT_YEAR = Pattern.compile("\\bTB\\s?(20\\d{2})\\s?[-–]");
    /** The letter says who it is for and which year in its first paragraph. */
    private static final int OPENING_LINES = 60;

    public ParsedIndicatorDocument parse(String text) {
        if (text == null || text.isBlank()) {
            throw new DocumentFormatException("The document is empty", 0);
        }
        Optional<IndicatorDocumentKind> kind = IndicatorDocumentKind.detect(text);
        if (kind.isEmpty() || kind.get() != IndicatorDocumentKind.ALLOCATION_LETTER) {
            throw new DocumentFormatException(kind.isPresent()
                    ? "The document is an annual report (årsrapport), not an allocation letter"
                    : "The document is not an allocation letter (tildelingsbrev) with goals and "
                    + "Styringsparametere/Nøkkeltall subsections", 0);
        }
        return new Reading(DocumentLines.of(text)).read();
    }

    /** The state of reading one letter. */
    private static final class Reading {

        private final DocumentLines lines;
        private final List<ImportWarning> warnings = new ArrayList<>();
        private final List<ParsedGoal> goals = new ArrayList<>();
        private final List<ParsedIndicator> indicators = new ArrayList<>();
        private int year;

        Reading(DocumentLines lines) {
            this.lines = lines;
        }

        ParsedIndicatorDocument read() {
            String opening = TracedText.of(lines, range(1, Math.min(OPENING_LINES, lines.size()))).text();
            Matcher agencyAndYear = AGENCY_AND_YEAR.matcher(opening);
            String title;
            if (agencyAndYear.find()) {
                year = Integer.parseInt(agencyAndYear.group(2));
                title = "Tildelingsbrev " + year + " for " + agencyAndYear.group(1);
            } else {
                year = readYearOtherwise(opening);
                title = "Tildelingsbrev " + year;
            }
            Chapter goalChapter = findGoalChapter();
            int chapter = goalChapter.number();
            int chapterLine = goalChapter.line();
            int chapterEnd = findChapterEnd(chapter, chapterLine);
            List<Integer> goalLines = findGoalSections(chapter, chapterLine, chapterEnd);
            if (goalLines.isEmpty()) {
                throw new DocumentFormatException("No goal sections " + chapter + ".1, " + chapter
                        + ".2, … found in the goal chapter", chapterLine);
            }
            for (int i = 0; i < goalLines.size(); i++) {
                int end = i + 1 < goalLines.size() ? goalLines.get(i + 1) : chapterEnd;
                readGoal(chapter, i + 1, goalLines.get(i), end);
            }
            checkAgainstGoalList(chapterLine, goalLines.get(0));
            return new ParsedIndicatorDocument(IndicatorDocumentKind.ALLOCATION_LETTER, year, title,
                    goals, indicators, List.of(), warnings);
        }

        private int readYearOtherwise(String opening) {
            Matcher letterYear = LETTER_YEAR.matcher(opening);
            if (letterYear.find()) {
                return Integer.parseInt(letterYear.group(1));
            }
            // The assignments carry the letter's year in their ids (TB2025-43).
            Map<String, Long> assignmentYears = ASSIGNMENT_YEAR.matcher(String.join("\n", lines.all()))
                    .results().map(m -> m.group(1))
                    .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
            String mostCommon = assignmentYears.entrySet().stream().max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey)
                    .orElseThrow(() -> new DocumentFormatException("The letter's year could not be read", 0));
            warnings.add(new ImportWarning(0, "The letter does not state its year in its opening; "
                    + "took " + mostCommon + " from the assignment ids"));
            return Integer.parseInt(mostCommon);
        }

        private Chapter findGoalChapter() {
            for (int n = 1; n <= lines.size(); n++) {
                Matcher heading = GOAL_CHAPTER.matcher(lines.line(n));
                if (heading.matches()) {
                    return new Chapter(Integer.parseInt(heading.group(1)), n);
                }
            }
            // No chapter titled Hovedmål: take the chapter of the first Styringsparametere subsection.
            for (int n = 1; n <= lines.size(); n++) {
                Matcher subsection = ANY_SUBSECTION.matcher(lines.line(n));
                if (subsection.matches()) {
                    warnings.add(new ImportWarning(n, "No chapter titled Hovedmål; took chapter "
                            + subsection.group(1) + " from its first goal subsection"));
                    int chapter = Integer.parseInt(subsection.group(1));
                    return new Chapter(chapter, findChapterHeading(chapter, n));
                }
            }
            throw new DocumentFormatException("No goal chapter (Hovedmål, styringsparametere, …) found", 0);
        }

        /** The chapter's heading above its first subsection, or the line before that subsection. */
        private int findChapterHeading(int chapter, int subsectionLine) {
            Pattern heading = Pattern.compile("^\\s*" + chapter + "\\.\\s+\\p{Lu}.*");
            for (int n = subsectionLine; n >= 1; n--) {
                if (heading.matcher(lines.line(n)).matches()) {
                    return n;
                }
            }
            return subsectionLine - 1;
        }

        /** The next chapter's heading, known by its first section after it: "4. Budsjett…", "4.1. Utgifter". */
        private int findChapterEnd(int chapter, int chapterLine) {
            Pattern nextChapter = Pattern.compile("^\\s*" + (chapter + 1) + "\\.?\\s+\\p{Lu}.*");
            Pattern firstSection = Pattern.compile("^\\s*" + (chapter + 1) + "\\.1\\.?\\s+\\S.*");
            for (int n = chapterLine + 1; n <= lines.size(); n++) {
                if (nextChapter.matcher(lines.line(n)).matches()) {
                    int next = nextNonBlank(n + 1);
                    if (next > 0 && firstSection.matcher(lines.line(next)).matches()) {
                        return n;
                    }
                }
            }
            return lines.size() + 1;
        }

        /** Goal headings C.1, C.2, … in order; a number out of sequence is a reference, not a heading. */
        private List<Integer> findGoalSections(int chapter, int from, int to) {
            Pattern goalHeading = Pattern.compile("^\\s*" + chapter + "\\.(\\d{1,2})\\.?\\s+\\p{Lu}.*");
            List<Integer> found = new ArrayList<>();
            for (int n = from + 1; n < to; n++) {
                Matcher heading = goalHeading.matcher(lines.line(n));
                if (heading.matches() && Integer.parseInt(heading.group(1)) == found.size() + 1) {
                    found.add(n);
                }
            }
            return found;
        }

        private void readGoal(int chapter, int number, int headingLine, int end) {
            Pattern goalHeading = Pattern.compile("^\\s*" + chapter + "\\." + number + "\\.?\\s+(.*)$");
            Matcher heading = goalHeading.matcher(lines.line(headingLine));
            if (!heading.matches()) {
                throw new IllegalStateException("Not the heading of goal " + number + ": line " + headingLine);
            }
            List<String> titleParts = new ArrayList<>(List.of(heading.group(1)));
            titleParts.addAll(lowercaseContinuation(headingLine));
            goals.add(new ParsedGoal(number, withoutFinalStop(WrappedLines.join(titleParts)),
                    lines.source(headingLine)));

            Pattern subsection = Pattern.compile(
                    "^\\s*" + chapter + "\\." + number + "\\.(\\d{1,2})\\.?\\s+(\\p{L}.*?)\\s*$");
            for (int n = headingLine + 1; n < end; n++) {
                Matcher sub = subsection.matcher(lines.line(n));
                if (!sub.matches()) {
                    continue;
                }
                String subTitle = sub.group(2);
                if (subTitle.startsWith("Styringsparameter")) {
                    n = readBullets(IndicatorKind.STEERING_PARAMETER, number, n, end) - 1;
                } else if (subTitle.startsWith("Nøkkeltall")) {
                    n = readBullets(IndicatorKind.KEY_FIGURE, number, n, end) - 1;
                }
            }
        }

        /** Reads the bullets under a subsection heading; returns the line that ended the list. */
        private int readBullets(IndicatorKind kind, int goal, int headingLine, int end) {
            int position = 0;
            BulletBuilder current = null;
            int n = headingLine + 1;
            for (; n < end; n++) {
                String line = lines.line(n);
                if (line.isBlank() || PageFurniture.is(line)) {
                    continue;
                }
                if (NUMBERED_HEADING.matcher(line).matches()) {
                    break;
                }
                Matcher bullet = BULLET.matcher(line);
                Matcher subBullet = SUB_BULLET.matcher(line);
                if (bullet.matches()) {
                    add(current, kind, goal);
                    current = new BulletBuilder(++position, n, bullet.group(1));
                } else if (current != null && subBullet.matches()) {
                    current.startSubItem(subBullet.group(1));
                } else if (current != null) {
                    current.continueWith(line);
                } else {
                    warnings.add(new ImportWarning(n, "Text before the first bullet of "
                            + lines.line(headingLine).strip() + " not read: " + line.strip()));
                }
            }
            add(current, kind, goal);
            if (position == 0) {
                warnings.add(new ImportWarning(headingLine, "No bullets under " + lines.line(headingLine).strip()));
            }
            return n;
        }

        private void add(BulletBuilder bullet, IndicatorKind kind, int goal) {
            if (bullet == null) {
                return;
            }
            String text = WrappedLines.join(bullet.textParts);
            List<String> subItems = bullet.subItems.stream().map(WrappedLines::join).toList();
            indicators.add(new ParsedIndicator(kind, goal, bullet.position, text, subItems,
                    IndicatorTextKey.of(text), year, lines.source(bullet.line)));
        }

        /** Compares the goal list in the chapter's introduction with the goal sections. */
        private void checkAgainstGoalList(int chapterLine, int firstGoalLine) {
            List<Integer> itemLines = new ArrayList<>();
            List<List<String>> items = new ArrayList<>();
            for (int n = chapterLine + 1; n < firstGoalLine; n++) {
                String line = lines.line(n);
                if (line.isBlank() || PageFurniture.is(line)) {
                    continue;
                }
                Matcher listItem = LIST_ITEM.matcher(line);
                if (listItem.matches() && Integer.parseInt(listItem.group(1)) == items.size() + 1) {
                    itemLines.add(n);
                    items.add(new ArrayList<>(List.of(listItem.group(2))));
                } else if (!items.isEmpty() && Character.isLowerCase(line.strip().charAt(0))) {
                    items.get(items.size() - 1).add(line);
                } else if (!items.isEmpty()) {
                    break;
                }
            }
            if (items.isEmpty()) {
                warnings.add(new ImportWarning(chapterLine, "The goal chapter's introduction does not list the goals"));
                return;
            }
            if (items.size() != goals.size()) {
                warnings.add(new ImportWarning(itemLines.get(0), "The introduction lists " + items.size()
                        + " goals, the chapter has " + goals.size() + " goal sections"));
            }
            for (int i = 0; i < Math.min(items.size(), goals.size()); i++) {
                String listed = WrappedLines.join(items.get(i));
                ParsedGoal goal = goals.get(i);
                if (!IndicatorTextKey.of(listed).equals(IndicatorTextKey.of(goal.title()))) {
                    warnings.add(new ImportWarning(itemLines.get(i), "Goal " + goal.number() + " is listed as \""
                            + listed + "\" but its section is titled \"" + goal.title() + "\""));
                }
            }
        }

        /** Lines after a heading that continue it: a wrapped title goes on in lower case. */
        private List<String> lowercaseContinuation(int headingLine) {
            List<String> parts = new ArrayList<>();
            for (int n = nextNonBlank(headingLine + 1); n > 0; n = nextNonBlank(n + 1)) {
                String line = lines.line(n).strip();
                if (!Character.isLowerCase(line.charAt(0))) {
                    break;
                }
                parts.add(line);
            }
            return parts;
        }

        private int nextNonBlank(int from) {
            for (int n = from; n <= lines.size(); n++) {
                if (!lines.line(n).isBlank() && !PageFurniture.is(lines.line(n))) {
                    return n;
                }
            }
            return 0;
        }

        private static List<Integer> range(int from, int to) {
            List<Integer> numbers = new ArrayList<>();
            for (int n = from; n <= to; n++) {
                numbers.add(n);
            }
            return numbers;
        }

        private static String withoutFinalStop(String title) {
            return title.endsWith(".") ? title.substring(0, title.length() - 1).strip() : title;
        }
    }

    /** The chapter that holds the goals: its number and the line of its heading. */
    private record Chapter(int number, int line) {
    }

    /** A bullet being read: its text lines and the sub-bullets under it. */
    private static final class BulletBuilder {
        final int position;
        final int line;
        final List<String> textParts = new ArrayList<>();
        final List<List<String>> subItems = new ArrayList<>();

        BulletBuilder(int position, int line, String firstPart) {
            this.position = position;
            this.line = line;
            textParts.add(firstPart);
        }

        void startSubItem(String firstPart) {
            subItems.add(new ArrayList<>(List.of(firstPart)));
        }

        void continueWith(String part) {
            (subItems.isEmpty() ? textParts : subItems.get(subItems.size() - 1)).add(part);
        }
    }
}
