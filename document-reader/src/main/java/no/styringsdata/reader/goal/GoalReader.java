package no.styringsdata.reader.goal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.styringsdata.reader.ReadDocument;
import no.styringsdata.reader.goal.GoalHeadings.GoalHeading;
import no.styringsdata.reader.goal.GoalHeadings.ListHeading;
import no.styringsdata.reader.structure.Section;
import no.styringsdata.reader.text.DocumentLines;
import no.styringsdata.reader.text.ImportWarning;
import no.styringsdata.reader.text.PageFurniture;
import no.styringsdata.reader.text.Text;
import no.styringsdata.reader.text.WrappedLines;

/**
 * Reads the goals of a letter and the lists under each: long-term goals, steering parameters, key
 * figures and result requirements.
 *
 * <p>By structure, not by one letter's wording. The goal chapter is the chapter that holds the most
 * list headings, whatever its number or title. Its goals are headings that name themselves
 * ("Hovedområde 1: …", "Virksomhetsmål 2 – …"), else its numbered sections C.1, C.2, … in sequence (a
 * number out of sequence is a reference, not a heading). A list counts by its heading's word, not its
 * number (goal 3.7 of the 2025 letter has Oppdrag as 3.7.2, goal 3.8 as 3.8.1), in any case and either
 * spelling. Where the chapter's introduction lists the goals once more, that list is checked against
 * them.
 */
public final class GoalReader {

    /** A numbered heading ends a list: {@code 3.4.3. Oppdrag}, {@code 3.5. Pasienter}, {@code 4. Budsjett}. */
    private static final Pattern NUMBERED_HEADING = Pattern.compile(
            "^\\s*\\d{1,2}(?:\\.\\d{1,2})*\\.\\s+\\p{Lu}.*|^\\s*\\d{1,2}(?:\\.\\d{1,2})+\\s+\\p{Lu}.*");
    /** A heading without a number ends a list too: "Oppdrag", "Andre føringer", "RAPPORTERING". */
    private static final Pattern SHORT_HEADING = Pattern.compile("\\s*\\p{Lu}[\\p{L}\\-]*(?:\\s+[\\p{L}\\-]+){0,2}\\s*:?\\s*");
    private static final Pattern UPPER_CASE_LINE = Pattern.compile("\\s*\\p{Lu}[\\p{Lu}\\d\\s,\\-–/]{3,}:?\\s*");
    private static final Pattern GOAL_WORD = Pattern.compile("(?iu)mål\\b");
    private static final int CHAPTER_HEADING_MAX = 60;
    private static final Pattern INTRODUCTION_ITEM = Pattern.compile("^\\s*(\\d{1,2})\\.\\s+(\\S.*)$");

    private GoalReader() {
    }

    public static GoalReading read(ReadDocument document) {
        return new Reading(document).read();
    }

    /** The part of the document that holds the goals: a chapter, or the whole text (heading line 0). */
    private record Region(String number, int line, int end) {
    }

    /** One goal's heading and the lines up to the next goal. */
    private record Span(GoalLayout layout, String number, String area, String title, int line, int end) {
    }

    /** The state of reading one document. */
    private static final class Reading {

        private final ReadDocument document;
        private final DocumentLines lines;
        private final Set<Integer> sectionLines = new HashSet<>();
        private final List<ImportWarning> warnings = new ArrayList<>();
        private final ListReader lists;

        Reading(ReadDocument document) {
            this.document = document;
            this.lines = document.lines();
            document.sections().forEach(s -> sectionLines.add(s.line()));
            this.lists = new ListReader(lines, warnings, this::endsList);
        }

        GoalReading read() {
            // Only lists make a goal chapter: a proposition's "Delmål 3.5: …" under a sustainability goal does not.
            List<Integer> marks = new ArrayList<>();
            for (int n = 1; n <= lines.size(); n++) {
                if (GoalHeadings.list(lines.line(n)).isPresent()) {
                    marks.add(n);
                }
            }
            if (marks.isEmpty()) {
                return new GoalReading(List.of(), List.of());
            }
            Region region = region(marks);
            List<Span> spans = goalSpans(region);
            if (spans.isEmpty()) {
                warnings.add(new ImportWarning(marks.get(0), "A goal list without a goal heading above it: "
                        + lines.line(marks.get(0)).strip()));
                return new GoalReading(List.of(), warnings);
            }
            for (int n = region.line() + 1; n < spans.get(0).line(); n++) {
                if (GoalHeadings.list(lines.line(n)).isPresent()) {
                    warnings.add(new ImportWarning(n, "A goal list before the first goal, not read: "
                            + lines.line(n).strip()));
                }
            }
            List<GoalStructure> goals = spans.stream().map(this::readGoal).toList();
            if (region.line() > 0) {
                checkAgainstGoalList(region, spans);
            }
            return new GoalReading(goals, warnings);
        }

        /**
         * The chapter with the most list headings. A fragment without an outline (or whose
         * outline does not match the numbers of its list headings) is bounded as the numbers say.
         */
        private Region region(List<Integer> marks) {
            Section best = null;
            long bestCount = 0;
            for (Section section : document.sections()) {
                long count = marks.stream().filter(section::contains).count();
                if (section.level() == 1 && count > bestCount) {
                    best = section;
                    bestCount = count;
                }
            }
            String chapter = marks.stream().map(n -> GoalHeadings.list(lines.line(n)))
                    .flatMap(Optional::stream).map(ListHeading::sectionNumber)
                    .filter(number -> number != null && number.split("\\.").length >= 3)
                    .map(number -> number.split("\\.")[0]).findFirst().orElse(null);
            if (best != null && (chapter == null || chapter.equals(best.number()))) {
                return new Region(best.number(), best.line(), best.endLine());
            }
            if (chapter == null) {
                return new Region(null, 0, lines.size());
            }
            int heading = findChapterHeading(Integer.parseInt(chapter), marks.get(0));
            return new Region(chapter, heading, findChapterEnd(Integer.parseInt(chapter), heading));
        }

        /**
         * The chapter's heading above the line: the nearest that names goals ("3. Hovedmål, …"), else the
         * nearest short enough for a heading (a "3. …" item of the introduction's goal list is longer), else 0.
         */
        private int findChapterHeading(int chapter, int below) {
            Pattern heading = Pattern.compile("^\\s*" + chapter + "\\.?\\s+(\\p{Lu}.*)");
            int shortHeading = 0;
            for (int n = below; n >= 1; n--) {
                Matcher m = heading.matcher(lines.line(n));
                if (m.matches() && GOAL_WORD.matcher(m.group(1)).find()) {
                    return n;
                }
                if (m.matches() && shortHeading == 0 && m.group(1).strip().length() <= CHAPTER_HEADING_MAX) {
                    shortHeading = n;
                }
            }
            return shortHeading;
        }

        /** The line before the next chapter's heading, known by its first section after it: "4. Budsjett…", "4.1. Utgifter". */
        private int findChapterEnd(int chapter, int chapterLine) {
            Pattern nextChapter = Pattern.compile("^\\s*" + (chapter + 1) + "\\.?\\s+\\p{Lu}.*");
            Pattern firstSection = Pattern.compile("^\\s*" + (chapter + 1) + "\\.1\\.?\\s+\\S.*");
            for (int n = chapterLine + 1; n <= lines.size(); n++) {
                if (nextChapter.matcher(lines.line(n)).matches()) {
                    int next = lines.nextContentLine(n + 1);
                    if (next > 0 && firstSection.matcher(lines.line(next)).matches()) {
                        return n - 1;
                    }
                }
            }
            return lines.size();
        }

        /** Headings that name their goals, areas first; else the numbered sections C.1, C.2, … */
        private List<Span> goalSpans(Region region) {
            List<Integer> headingLines = new ArrayList<>();
            List<GoalHeading> headings = new ArrayList<>();
            for (int n = region.line() + 1; n <= region.end(); n++) {
                Optional<GoalHeading> heading = GoalHeadings.goal(lines.line(n));
                if (heading.isPresent()) {
                    headingLines.add(n);
                    headings.add(heading.get());
                }
            }
            boolean areas = headings.stream().anyMatch(h -> h.layout() == GoalLayout.AREAS);
            List<Span> spans = new ArrayList<>();
            for (int i = 0; i < headings.size(); i++) {
                GoalHeading heading = headings.get(i);
                if (areas && heading.layout() != GoalLayout.AREAS) {
                    continue;
                }
                int line = headingLines.get(i);
                spans.add(new Span(heading.layout(), heading.number(), areas ? heading.label() : null,
                        title(heading.title(), line), line, region.end()));
            }
            if (spans.isEmpty() && region.number() != null && region.number().matches("\\d{1,2}")) {
                spans.addAll(numberedGoals(region));
            }
            for (int i = 0; i + 1 < spans.size(); i++) {
                Span span = spans.get(i);
                spans.set(i, new Span(span.layout(), span.number(), span.area(), span.title(), span.line(),
                        spans.get(i + 1).line() - 1));
            }
            return spans;
        }

        private List<Span> numberedGoals(Region region) {
            Pattern goalHeading = Pattern.compile("^\\s*" + region.number() + "\\.(\\d{1,2})\\.?\\s+(\\p{Lu}.*)$");
            List<Span> spans = new ArrayList<>();
            for (int n = region.line() + 1; n <= region.end(); n++) {
                Matcher heading = goalHeading.matcher(lines.line(n));
                if (heading.matches() && Integer.parseInt(heading.group(1)) == spans.size() + 1) {
                    spans.add(new Span(GoalLayout.NUMBERED_SECTIONS, region.number() + "." + heading.group(1), null,
                            title(heading.group(2), n), n, region.end()));
                }
            }
            return spans;
        }

        private GoalStructure readGoal(Span span) {
            List<GoalItem> longTermGoals = new ArrayList<>();
            List<GoalItem> steeringParameters = new ArrayList<>();
            List<GoalItem> keyFigures = new ArrayList<>();
            List<GoalItem> resultRequirements = new ArrayList<>();
            int n = span.line() + 1;
            while (n <= span.end()) {
                Optional<ListHeading> heading = GoalHeadings.list(lines.line(n));
                if (heading.isEmpty()) {
                    n++;
                    continue;
                }
                ListReader.Result list = lists.read(heading.get(), n, span.end());
                switch (heading.get().kind()) {
                    case LONG_TERM_GOALS -> longTermGoals.addAll(list.items());
                    case STEERING_PARAMETERS -> steeringParameters.addAll(list.items());
                    case KEY_FIGURES -> keyFigures.addAll(list.items());
                    case RESULT_REQUIREMENTS, PERFORMANCE_REQUIREMENTS -> resultRequirements.addAll(list.items());
                }
                n = list.stop();
            }
            return new GoalStructure(span.number(), span.title(), span.area(), span.layout(), longTermGoals,
                    steeringParameters, keyFigures, resultRequirements, span.line());
        }

        /** A heading of any kind ends a list; a short line ends it only where the text above is complete. */
        private boolean endsList(int n) {
            String line = lines.line(n);
            if (sectionLines.contains(n) || NUMBERED_HEADING.matcher(line).matches() || isGoalHeading(n)
                    || UPPER_CASE_LINE.matcher(line).matches() && line.chars().filter(Character::isLetter).count() >= 4) {
                return true;
            }
            int before = lines.previousContentLine(n - 1);
            return SHORT_HEADING.matcher(line).matches() && before > 0
                    && !WrappedLines.endsWithConnector(lines.line(before)) && !lines.line(before).strip().endsWith("-");
        }

        private boolean isGoalHeading(int n) {
            return GoalHeadings.goal(lines.line(n)).isPresent();
        }

        /** Compares the goal list in the chapter's introduction with the goals. */
        private void checkAgainstGoalList(Region region, List<Span> goals) {
            List<Integer> itemLines = new ArrayList<>();
            List<List<String>> items = new ArrayList<>();
            for (int n = region.line() + 1; n < goals.get(0).line(); n++) {
                String line = lines.line(n);
                if (line.isBlank() || PageFurniture.is(line)) {
                    continue;
                }
                Matcher listItem = INTRODUCTION_ITEM.matcher(line);
                if (listItem.matches() && Integer.parseInt(listItem.group(1)) == items.size() + 1) {
                    itemLines.add(n);
                    items.add(new ArrayList<>(List.of(listItem.group(2))));
                } else if (!items.isEmpty() && WrappedLines.startsLowercase(line)) {
                    items.get(items.size() - 1).add(line);
                } else if (!items.isEmpty()) {
                    break;
                }
            }
            if (items.isEmpty()) {
                if (goals.get(0).layout() == GoalLayout.NUMBERED_SECTIONS) {
                    warnings.add(new ImportWarning(region.line(), "The goal chapter's introduction does not list the goals"));
                }
                return;
            }
            if (items.size() != goals.size()) {
                warnings.add(new ImportWarning(itemLines.get(0), "The introduction lists " + items.size()
                        + " goals, the chapter has " + goals.size() + " goal sections"));
            }
            for (int i = 0; i < Math.min(items.size(), goals.size()); i++) {
                String listed = WrappedLines.join(items.get(i));
                Span goal = goals.get(i);
                if (!comparable(listed).equals(comparable(goal.title()))) {
                    warnings.add(new ImportWarning(itemLines.get(i), "Goal " + (i + 1) + " is listed as \""
                            + listed + "\" but its heading says \"" + goal.title() + "\""));
                }
            }
        }

        /** The title with the lines after its heading that continue it: a wrapped title goes on in lower case. */
        private String title(String first, int headingLine) {
            List<String> parts = new ArrayList<>(List.of(first));
            for (int n = lines.nextContentLine(headingLine + 1); n > 0; n = lines.nextContentLine(n + 1)) {
                if (!WrappedLines.startsLowercase(lines.line(n))) {
                    break;
                }
                parts.add(lines.line(n));
            }
            String title = WrappedLines.join(parts);
            return title.endsWith(".") ? title.substring(0, title.length() - 1).strip() : title;
        }

        /** Lower case, punctuation and white space folded: "«mer av»-gruppene" compares as "mer av gruppene". */
        private static String comparable(String text) {
            return Text.lower(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        }
    }
}
