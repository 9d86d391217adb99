package no.styringsdata.assignment.importer;
import no.styringsdata.reader.text.WrappedLines;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import no.styringsdata.reader.text.DocumentLines;
import no.styringsdata.reader.text.ImportWarning;
import no.styringsdata.reader.text.SourceLine;

/**
 * Reads a letter's goals and assignments line by line. An assignment runs from its id line to the
 * next id line or heading; the goal it sits under is the last goal section opened before it. One
 * instance reads one letter.
 */
final class LetterReader {

    private static final int TITLE_LINE_MAX = 60;
    private static final int TITLE_LINES_MAX = 5;
    private static final int GOAL_HEADING_LINES_MAX = 4;

    private final DocumentLines doc;
    private final int year;
    private final Set<String> goalSections;
    private final Set<Integer> goalChapters;
    private final DeadlineReader deadlineReader;
    private final List<ImportWarning> warnings = new ArrayList<>();
    private final List<ParsedGoal> goals = new ArrayList<>();
    private final List<ParsedAssignment> assignments = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    private int chapter;
    private ParsedGoal goal;
    private boolean carriedOver;
    private Open open;

    LetterReader(DocumentLines doc, int year) {
        this.doc = doc;
        this.year = year;
        this.deadlineReader = new DeadlineReader(year, warnings);
        this.goalSections = new HashSet<>();
        this.goalChapters = new HashSet<>();
        for (String line : doc.all()) {
            Optional.ofNullable(LetterStructure.goalOfPart(line)).ifPresent(goalSections::add);
            Optional.ofNullable(LetterStructure.goalChapter(line)).ifPresent(goalChapters::add);
        }
    }

    void read() {
        int i = 1;
        while (i <= doc.size()) {
            i = step(i);
        }
        finish();
        warnOfGaps();
    }

    List<ParsedGoal> goals() {
        return List.copyOf(goals);
    }

    List<ParsedAssignment> assignments() {
        return List.copyOf(assignments);
    }

    List<ImportWarning> warnings() {
        return List.copyOf(warnings);
    }

    /** Reads the line with the given number and returns the number of the next line to read. */
    private int step(int i) {
        String line = doc.line(i);
        if (LetterStructure.isFurniture(line)) {
            return i + 1;
        }
        Optional<AssignmentHeader> header = AssignmentHeader.parse(line);
        if (header.isPresent()) {
            finish();
            return start(header.get(), i);
        }
        if (LetterStructure.carriedOverHeading(line) || LetterStructure.newAssignmentsHeading(line)) {
            finish();
            carriedOver = LetterStructure.carriedOverHeading(line);
            goal = null;
            return i + 1;
        }
        Matcher section = LetterStructure.SECTION.matcher(line);
        if (section.matches()) {
            finish();
            return section(section, i);
        }
        Integer nextChapter = open != null && chapter == 0 ? null : LetterStructure.chapterHeading(line, chapter);
        if (nextChapter != null || LetterStructure.endOfAssignments(line)) {
            finish();
            chapter = nextChapter != null ? nextChapter : chapter;
            goal = null;
            carriedOver = false;
            return i + 1;
        }
        if (open != null) {
            addToOpen(i, line);
        }
        return i + 1;
    }

    /** A line of the text; a line of its own naming the department ("Ansvarlig avdeling: SHA") is no text. */
    private void addToOpen(int i, String line) {
        List<String> codes = Departments.ownLine(line);
        if (codes.isEmpty()) {
            open.body.add(new SourceLine(i, line.strip()));
        } else if (open.departments.isEmpty()) {
            open.departments.addAll(codes);
        } else if (!open.departments.equals(codes)) {
            warn(i, open.header.id() + ": departments " + codes + " given here, " + open.departments + " above; "
                    + "the first are kept");
        }
    }

    private int section(Matcher section, int i) {
        chapter = Integer.parseInt(section.group(1));
        if (section.group(3) != null) {
            return i + 1;
        }
        String number = section.group(1) + "." + section.group(2);
        carriedOver = false;
        if (!goalSections.contains(number) && !goalChapters.contains(chapter)) {
            goal = null;
            return i + 1;
        }
        // A goal heading wraps onto the lines right below it, which start in lower case.
        List<String> heading = new ArrayList<>(List.of(section.group(4)));
        int next = i + 1;
        while (next <= doc.size() && heading.size() < GOAL_HEADING_LINES_MAX && WrappedLines.startsLowercase(doc.line(next))) {
            heading.add(doc.line(next++));
        }
        String title = LetterStructure.goalTitle(WrappedLines.join(heading)).replaceAll("\\.$", "");
        Integer stated = LetterStructure.goalNumberInHeading(section.group(4));
        goal = new ParsedGoal(stated != null ? stated : Integer.parseInt(section.group(2)), number, title, doc.source(i));
        goals.add(goal);
        return next;
    }

    /** Reads the id line and the department and title lines below it; returns the first line after them. */
    private int start(AssignmentHeader header, int i) {
        open = new Open(header, doc.source(i), carriedOver ? null : goal, carriedOver || header.year() < year);
        String id = header.id();
        int last = i;
        boolean listOpen = header.departmentsOpen();
        open.departments.addAll(header.departments());
        for (int next = nextContent(last); next > 0 && !isStructural(doc.line(next)); next = nextContent(last)) {
            Departments.Leading more = Departments.continuation(doc.line(next), listOpen);
            if (more.codes().isEmpty()) {
                break;
            }
            open.departments.addAll(more.codes());
            listOpen = more.leftOpen();
            last = next;
        }
        if (header.departmentLost() || listOpen && !open.departments.isEmpty()) {
            warn(i, id + ": the department list ends with a separator; a department may be missing");
        }
        if (header.departmentMarker() && open.departments.isEmpty()) {
            warn(i, id + ": no department code after the department marker");
        }
        List<String> title = new ArrayList<>();
        if (!header.titleStart().isEmpty()) {
            title.add(header.titleStart());
        } else {
            int next = nextContent(last);
            if (next > 0 && !isStructural(doc.line(next)) && !startsDeadline(doc.line(next))) {
                title.add(doc.line(next));
                last = next;
            }
        }
        for (int next = nextContent(last); next > 0 && !title.isEmpty() && title.size() < TITLE_LINES_MAX;
                next = nextContent(last)) {
            if (!continuesTitle(title.get(title.size() - 1), doc.line(next))) {
                break;
            }
            title.add(doc.line(next));
            last = next;
        }
        open.title = WrappedLines.join(title);
        if (open.title.isEmpty()) {
            warn(i, id + ": no title");
        }
        return last + 1;
    }

    /** A title goes on on a short line that starts in lower case or follows a word such as "og" or "for". */
    private boolean continuesTitle(String previous, String line) {
        String next = line.strip();
        return next.length() <= TITLE_LINE_MAX && !isStructural(line) && !startsDeadline(line)
                && (WrappedLines.startsLowercase(next) || WrappedLines.endsWithConnector(previous));
    }

    private static boolean startsDeadline(String line) {
        return line.strip().startsWith("Frist");
    }

    private boolean isStructural(String line) {
        return AssignmentHeader.parse(line).isPresent() || LetterStructure.SECTION.matcher(line).matches()
                || LetterStructure.carriedOverHeading(line) || LetterStructure.newAssignmentsHeading(line)
                || LetterStructure.endOfAssignments(line) || !Departments.ownLine(line).isEmpty()
                || chapter > 0 && LetterStructure.chapterHeading(line, chapter) != null;
    }

    /** The next line after {@code after} with text on it, or -1. */
    private int nextContent(int after) {
        for (int next = after + 1; next <= doc.size(); next++) {
            if (!LetterStructure.isFurniture(doc.line(next))) {
                return next;
            }
        }
        return -1;
    }

    private void finish() {
        if (open == null) {
            return;
        }
        Open done = open;
        open = null;
        String id = done.header.id();
        if (!ids.add(id)) {
            warn(done.source.line(), id + " is given again; only the first is read");
            return;
        }
        String text = WrappedLines.join(done.body.stream().map(SourceLine::text).toList());
        if (text.isEmpty()) {
            warn(done.source.line(), id + ": no text below the title");
        }
        assignments.add(new ParsedAssignment(
                id,
                done.header.year(),
                done.header.number(),
                List.copyOf(done.departments),
                done.title,
                text,
                done.goal == null ? null : done.goal.number(),
                done.goal == null ? null : done.goal.title(),
                deadlineReader.read(done.body, id),
                ReferenceReader.assignments(done.title + " " + text, id),
                ReferenceReader.posts(text),
                done.continued,
                done.source));
    }

    /** Says where the numbers of the letter's own assignments jump (TB2025-88, TB2025-90). */
    private void warnOfGaps() {
        Map<String, List<ParsedAssignment>> byPrefix = assignments.stream()
                .filter(a -> !a.continuedFromEarlierYear() && a.year() == year)
                .collect(Collectors.groupingBy(a -> a.id().substring(0, a.id().indexOf('-'))));
        byPrefix.values().forEach(list -> {
            List<ParsedAssignment> sorted = list.stream().sorted(Comparator.comparingInt(ParsedAssignment::number)).toList();
            for (int k = 1; k < sorted.size(); k++) {
                ParsedAssignment before = sorted.get(k - 1);
                ParsedAssignment after = sorted.get(k);
                if (after.number() - before.number() > 1) {
                    warn(after.source().line(), "No assignment numbered between " + before.id() + " and " + after.id());
                }
            }
        });
        warnings.sort(Comparator.comparingInt(ImportWarning::line));
    }

    private void warn(int line, String message) {
        warnings.add(new ImportWarning(line, message));
    }

    /** The assignment being read. */
    private static final class Open {
        private final AssignmentHeader header;
        private final SourceLine source;
        private final ParsedGoal goal;
        private final boolean continued;
        private final List<String> departments = new ArrayList<>();
        private final List<SourceLine> body = new ArrayList<>();
        private String title = "";

        Open(AssignmentHeader header, SourceLine source, ParsedGoal goal, boolean continued) {
            this.header = header;
            this.source = source;
            this.goal = goal;
            this.continued = continued;
        }
    }
}
