package no.styringsdata.reader.assignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.styringsdata.reader.ReadDocument;
import no.styringsdata.reader.assignment.AssignmentHeader.AssignmentId;
import no.styringsdata.reader.identity.DocumentIdentity;
import no.styringsdata.reader.structure.Section;
import no.styringsdata.reader.text.DocumentLines;
import no.styringsdata.reader.text.ImportWarning;
import no.styringsdata.reader.text.SourceLine;
import no.styringsdata.reader.text.Text;
import no.styringsdata.reader.text.WrappedLines;

/**
 * Reads the assignments (oppdrag) of a letter, main or supplementary. Pure: a {@link ReadDocument} in,
 * {@link ReadAssignments} out.
 *
 * <p>Where the letter gives ids, an assignment runs from its id line ({@code TB2025-43 Avd. HOD: SHA Title},
 * {@code ID: TB2021-01 Eieravdeling HOD: FHA Title}, or a label line "ID:" / "Oppdrag nr.:" with the id on
 * the next line) to the next id line or heading. Where it gives none, and the document is a letter, the
 * assignments are read under the headings over assignments ("Oppdrag", "3.1.3 Oppdrag", "Nye oppdrag",
 * "Oppdrag som ikke er gjennomført og videreføres"): each line led by the department ("Avd. HOD: FHA
 * Title") starts one, and where there are none, each bullet or numbered paragraph does (the kind of the
 * first item; other items are its text). Those get a {@linkplain #generatedId made id}.
 *
 * <p>An assignment's goal is the hovedmål section of the outline it sits under: a two-level section in a
 * chapter whose heading names goals, or one with a "n.m.k Oppdrag/Styringsparametere/Nøkkeltall" part.
 */
public final class AssignmentReader {

    private static final int TITLE_LINE_MAX = 60;
    private static final int TITLE_LINES_MAX = 5;
    private static final int ID_POSITION_DIGITS = 3;
    private static final String UNKNOWN = "ukjent";
    /** A title given as a field: "Tittel: ..." (the value may be on the next line). */
    private static final Pattern TITLE_FIELD = Pattern.compile("(?iu)\\s*tittel\\s*:\\s*(.*?)\\s*");
    private static final Pattern TWO_LEVELS = Pattern.compile("\\d{1,2}\\.\\d{1,2}");

    private final DocumentLines doc;
    private final DocumentIdentity identity;
    private final Integer year;
    private final boolean idless;
    private final List<GoalSection> goalSections;
    /** The lines the outline's headings start on ("Del III Tildeling", "STYRINGSDIALOG"). */
    private final Set<Integer> headingLines;
    private final DeadlineReader deadlineReader;
    private final List<ImportWarning> warnings = new ArrayList<>();
    private final List<AssignmentBlock> blocks = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    private int chapter;
    private boolean carriedOver;
    /** Under a heading over assignments: where a letter without ids has its assignments. */
    private boolean inAssignments;
    /** The kind of list item that starts an assignment under the current heading, once seen. */
    private Character itemKind;
    /** The line of the heading over assignments the reader is under, whether it started any, and if text was left. */
    private int assignmentsHeadingLine;
    private boolean startedUnderHeading;
    private boolean textLeftUnderHeading;
    private Open open;

    private AssignmentReader(ReadDocument document) {
        this.doc = document.lines();
        this.identity = document.identity();
        List<AssignmentId> headerIds = doc.all().stream().map(AssignmentHeader::parse).flatMap(Optional::stream)
                .map(h -> h.ids().get(0)).toList();
        this.idless = headerIds.isEmpty() && identity.kind() != null && identity.kind().isLetter();
        this.year = identity.year() != null ? identity.year() : mostCommonYear(headerIds);
        this.goalSections = goalSections(document);
        this.headingLines = document.sections().stream().map(Section::line).collect(Collectors.toSet());
        this.deadlineReader = new DeadlineReader(year, warnings);
    }

    /** The assignments of the document; none for a document that is no letter and has no id lines. */
    public static ReadAssignments read(ReadDocument document) {
        AssignmentReader reader = new AssignmentReader(document);
        int i = 1;
        while (i <= reader.doc.size()) {
            i = reader.step(i);
        }
        reader.finish();
        reader.enterAssignments(false, 0);
        reader.warnOfGaps();
        return new ReadAssignments(reader.year, reader.goalSections.stream().map(GoalSection::goal).toList(),
                List.copyOf(reader.blocks), List.copyOf(reader.warnings));
    }

    /**
     * The id of an assignment the letter gives no id: {@code <agency-id>-<year>-<position>}, the position
     * (1-based, in document order) with three digits, e.g. {@code statens-helsetilsyn-2025-007}. The same
     * letter text always gives the same ids; an unknown agency or year is written {@code ukjent}.
     */
    public static String generatedId(String agencyId, Integer year, int position) {
        return (agencyId != null ? agencyId : UNKNOWN) + "-" + (year != null ? year.toString() : UNKNOWN) + "-"
                + String.format("%0" + ID_POSITION_DIGITS + "d", position);
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
        if (AssignmentHeader.isLabelOnly(line)) {
            int next = nextContent(i);
            Optional<AssignmentHeader> labelled = next > 0 ? AssignmentHeader.parse(doc.line(next)) : Optional.empty();
            if (labelled.isPresent()) {
                finish();
                return start(labelled.get(), next);
            }
        }
        if (LetterStructure.carriedOverHeading(line) || LetterStructure.newAssignmentsHeading(line)
                || idless && LetterStructure.assignmentsHeading(line) && !LetterStructure.SECTION.matcher(line).matches()) {
            finish();
            carriedOver = LetterStructure.carriedOverHeading(line);
            enterAssignments(true, i);
            return i + 1;
        }
        Matcher section = LetterStructure.SECTION.matcher(line);
        if (section.matches()) {
            finish();
            chapter = Integer.parseInt(section.group(1));
            if (section.group(3) == null) {
                carriedOver = false;
            }
            enterAssignments(LetterStructure.assignmentsHeading(section.group(4)), i);
            return i + 1;
        }
        Integer nextChapter = open != null && chapter == 0 ? null : LetterStructure.chapterHeading(line, chapter);
        if (nextChapter != null || LetterStructure.endOfAssignments(line) || headingLines.contains(i)) {
            finish();
            chapter = nextChapter != null ? nextChapter : chapter;
            carriedOver = false;
            enterAssignments(false, i);
            return i + 1;
        }
        if (idless && inAssignments) {
            Optional<AssignmentHeader> departmentLed = AssignmentHeader.parseDepartmentLed(line);
            if (departmentLed.isPresent()) {
                finish();
                return start(departmentLed.get(), i);
            }
            Character item = LetterStructure.listItem(line);
            if (item != null && (open == null ? itemKind == null || item.equals(itemKind) : open.listItem && item.equals(itemKind))) {
                finish();
                itemKind = item;
                startedUnderHeading = true;
                open = new Open(List.of(), doc.source(i), goalAt(i), carriedOver, true);
                open.body.add(new SourceLine(i, LetterStructure.listItemText(line)));
                return i + 1;
            }
        }
        if (open != null) {
            addToOpen(i, line);
        } else if (inAssignments) {
            textLeftUnderHeading = true;
        }
        return i + 1;
    }

    /**
     * Leaves the heading over assignments the reader is under (in a letter without ids: saying so when its
     * text gave none) and enters the next part of the letter.
     */
    private void enterAssignments(boolean assignments, int headingLine) {
        if (idless && inAssignments && !startedUnderHeading && textLeftUnderHeading) {
            warn(assignmentsHeadingLine, "No assignment read under the heading '" + doc.line(assignmentsHeadingLine).strip()
                    + "': no line led by a department, bullet or numbered paragraph starts one");
        }
        inAssignments = assignments;
        assignmentsHeadingLine = headingLine;
        startedUnderHeading = false;
        textLeftUnderHeading = false;
        itemKind = null;
    }

    /** A line of the text; a line of its own naming the department ("Ansvarlig avdeling: SHA") is no text. */
    private void addToOpen(int i, String line) {
        List<String> codes = Departments.ownLine(line);
        if (codes.isEmpty()) {
            open.body.add(new SourceLine(i, line.strip()));
        } else if (open.departments.isEmpty()) {
            open.departments.addAll(codes);
        } else if (!open.departments.equals(codes)) {
            warn(i, open.name() + ": departments " + codes + " given here, " + open.departments + " above; "
                    + "the first are kept");
        }
    }

    /**
     * Reads the id line and the department and title lines below it (also given as fields: "Avd. HOD: SHA",
     * "Tittel: ..."); returns the first line after them.
     */
    private int start(AssignmentHeader header, int i) {
        startedUnderHeading = true;
        boolean earlierYear = !header.idless() && year != null && header.ids().get(0).year() < year;
        open = new Open(header.ids(), doc.source(i), carriedOver ? null : goalAt(i), carriedOver || earlierYear, false);
        int last = i;
        AssignmentHeader fields = header;
        int next = nextContent(last);
        if (!header.departmentMarker() && header.titleStart().isEmpty() && next > 0) {
            Optional<AssignmentHeader> departmentLine = AssignmentHeader.parseDepartmentLed(doc.line(next));
            if (departmentLine.isPresent()) {
                fields = departmentLine.get();
                last = next;
            }
        }
        boolean listOpen = fields.departmentsOpen();
        open.departments.addAll(fields.departments());
        for (next = nextContent(last); next > 0 && !isStructural(doc.line(next)); next = nextContent(last)) {
            Departments.Leading more = Departments.continuation(doc.line(next), listOpen);
            if (more.codes().isEmpty()) {
                break;
            }
            open.departments.addAll(more.codes());
            listOpen = more.leftOpen();
            last = next;
        }
        if (fields.departmentLost() || listOpen && !open.departments.isEmpty()) {
            warn(i, open.name() + ": the department list ends with a separator; a department may be missing");
        }
        if (fields.departmentMarker() && open.departments.isEmpty()) {
            warn(i, open.name() + ": no department code after the department marker");
        }
        List<String> title = new ArrayList<>();
        if (!fields.titleStart().isEmpty()) {
            title.add(fields.titleStart());
        } else {
            next = nextContent(last);
            Matcher field = next > 0 ? TITLE_FIELD.matcher(doc.line(next)) : null;
            if (field != null && field.matches()) {
                last = next;
                next = field.group(1).isEmpty() ? nextContent(last) : -1;
                title.add(field.group(1));
            }
            if (next > 0 && !isStructural(doc.line(next)) && !startsDeadline(doc.line(next))) {
                title.add(doc.line(next));
                last = next;
            }
        }
        title.removeIf(String::isBlank);
        for (next = nextContent(last); next > 0 && !title.isEmpty() && title.size() < TITLE_LINES_MAX;
                next = nextContent(last)) {
            if (!continuesTitle(title.get(title.size() - 1), doc.line(next))) {
                break;
            }
            title.add(doc.line(next));
            last = next;
        }
        open.title = WrappedLines.join(title);
        if (open.title.isEmpty()) {
            warn(i, open.name() + ": no title");
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
        return AssignmentHeader.parse(line).isPresent() || AssignmentHeader.isLabelOnly(line)
                || LetterStructure.SECTION.matcher(line).matches()
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
        int position = blocks.size() + 1;
        boolean generated = done.ids.isEmpty();
        String id = generated ? generatedId(agencyId(), year, position) : done.ids.get(0).id();
        if (!ids.add(id)) {
            warn(done.source.line(), id + " is given again; only the first is read");
            return;
        }
        String title = done.title;
        String text = WrappedLines.join(done.body.stream().map(SourceLine::text).toList());
        if (done.listItem) {
            title = firstSentence(text);
        } else if (text.isEmpty()) {
            warn(done.source.line(), id + ": no text below the title");
        }
        List<String> ownIds = generated ? List.of(id) : done.ids.stream().map(AssignmentId::id).distinct().toList();
        blocks.add(new AssignmentBlock(
                id,
                generated,
                generated ? (year != null ? year : 0) : done.ids.get(0).year(),
                generated ? position : done.ids.get(0).number(),
                ownIds.subList(1, ownIds.size()),
                done.carriedOver,
                List.copyOf(done.departments),
                title,
                text,
                done.goal,
                deadlineReader.read(done.body, id),
                ReferenceReader.assignments(title + " " + text, ownIds),
                ReferenceReader.posts(text),
                done.source.line()));
    }

    /** A list item's title: its first sentence, without the final full stop. */
    private static String firstSentence(String text) {
        List<String> sentences = DeadlineReader.sentences(text);
        return sentences.isEmpty() ? "" : sentences.get(0).replaceAll("[.:]$", "");
    }

    private String agencyId() {
        return identity.agency() != null ? identity.agency().id() : null;
    }

    /** Says where the numbers of the letter's own assignments jump (TB2025-88, TB2025-90). */
    private void warnOfGaps() {
        Map<String, List<AssignmentBlock>> bySeries = blocks.stream()
                .filter(b -> !b.idGenerated() && !b.carriedOver() && year != null && b.year() == year)
                .collect(Collectors.groupingBy(b -> b.id().substring(0, b.id().lastIndexOf('-'))));
        bySeries.values().forEach(list -> {
            List<AssignmentBlock> sorted = list.stream().sorted(Comparator.comparingInt(AssignmentBlock::number)).toList();
            for (int k = 1; k < sorted.size(); k++) {
                AssignmentBlock before = sorted.get(k - 1);
                AssignmentBlock after = sorted.get(k);
                if (after.number() - before.number() > 1) {
                    warn(after.line(), "No assignment numbered between " + before.id() + " and " + after.id());
                }
            }
        });
        warnings.sort(Comparator.comparingInt(ImportWarning::line));
    }

    private void warn(int line, String message) {
        warnings.add(new ImportWarning(line, message));
    }

    /** The goal whose section holds the line, or null. */
    private GoalRef goalAt(int line) {
        return goalSections.stream().filter(g -> g.section().contains(line)).map(GoalSection::goal)
                .reduce((outer, inner) -> inner).orElse(null);
    }

    private record GoalSection(GoalRef goal, Section section) {
    }

    /**
     * The outline's hovedmål sections: two-level sections in a chapter whose heading names goals, or with a
     * part only a goal has ("3.1.3 Oppdrag"); not a section over carried-over or new assignments.
     */
    private static List<GoalSection> goalSections(ReadDocument document) {
        Set<String> withGoalParts = document.lines().all().stream().map(LetterStructure::goalOfPart)
                .filter(s -> s != null).collect(Collectors.toSet());
        Map<String, Section> chapters = document.sections().stream()
                .filter(s -> s.level() == 1 && s.number() != null)
                .collect(Collectors.toMap(Section::number, Function.identity(), (a, b) -> a));
        List<GoalSection> goals = new ArrayList<>();
        for (Section section : document.sections()) {
            if (section.number() == null || !TWO_LEVELS.matcher(section.number()).matches()
                    || LetterStructure.assignmentsHeading(section.heading())) {
                continue;
            }
            Section chapter = chapters.get(section.number().substring(0, section.number().indexOf('.')));
            boolean inGoalChapter = chapter != null && chapter.contains(section.line())
                    && LetterStructure.namesGoals(chapter.heading());
            if (!inGoalChapter && !withGoalParts.contains(section.number())) {
                continue;
            }
            Integer stated = LetterStructure.goalNumberInHeading(section.heading());
            int number = stated != null ? stated
                    : Integer.parseInt(section.number().substring(section.number().indexOf('.') + 1));
            String title = LetterStructure.goalTitle(section.heading()).replaceAll("\\.$", "");
            goals.add(new GoalSection(new GoalRef(number, section.number(), title, section.line()), section));
        }
        return List.copyOf(goals);
    }

    /** The year most of the ids give (the latest of equals), or null. */
    private static Integer mostCommonYear(List<AssignmentId> headerIds) {
        return headerIds.stream().collect(Collectors.groupingBy(AssignmentId::year, Collectors.counting()))
                .entrySet().stream()
                .max(Map.Entry.<Integer, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** The assignment being read. */
    private static final class Open {
        private final List<AssignmentId> ids;
        private final SourceLine source;
        private final GoalRef goal;
        private final boolean carriedOver;
        private final boolean listItem;
        private final List<String> departments = new ArrayList<>();
        private final List<SourceLine> body = new ArrayList<>();
        private String title = "";

        Open(List<AssignmentId> ids, SourceLine source, GoalRef goal, boolean carriedOver, boolean listItem) {
            this.ids = ids;
            this.source = source;
            this.goal = goal;
            this.carriedOver = carriedOver;
            this.listItem = listItem;
        }

        /** The id for a warning, or "the assignment at line n" for one without. */
        String name() {
            return ids.isEmpty() ? "the assignment at line " + source.line() : ids.get(0).id();
        }
    }
}
