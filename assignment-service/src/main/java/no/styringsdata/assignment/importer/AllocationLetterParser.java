package no.styringsdata.assignment.importer;
import no.styringsdata.reader.text.NorwegianDates;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.styringsdata.assignment.domain.LetterKind;
import no.styringsdata.reader.text.DocumentFormatException;
import no.styringsdata.reader.text.DocumentLines;

/**
 * Reads the assignments (oppdrag) of an allocation letter (tildelingsbrev), main or supplementary, from
 * the text extracted from its PDF: id, departments, title, text, goal, deadlines and references. Pure:
 * text in, records and warnings out.
 */
public final class AllocationLetterParser {

    private static final int TITLE_SEARCH_LINES = 15;
    private static final int DATE_SEARCH_LINES = 40;
    /** A title line, not a sentence that mentions a letter: "Supplerende tildelingsbrev nr. 2 – 2025". */
    private static final Pattern LETTER_TITLE = Pattern.compile("\\s*((?:(?:Supplerende|Tillegg til) tildelingsbrev|"
            + "Tildelingsbrev|TILDELINGSBREV|SUPPLERENDE TILDELINGSBREV)\\b(?:(?!\\.\\s+\\p{Lu})[^,;]){0,80}?)\\s*");
    private static final Pattern SUPPLEMENTARY_TITLE = Pattern.compile("(?iu).*\\b(?:supplerende|tillegg)\\b.*");
    private static final Pattern TITLE_YEAR = Pattern.compile("\\b((?:19|20)\\d{2})\\b");
    private static final Pattern LETTER_DATE = Pattern.compile("(?iu)(?:vår\\s+dato|dato|oslo)\\s*[:,.]?\\s*");
    /** The opening of a main letter: "I dette tildelingsbrevet meddeles Stortingets budsjettvedtak". */
    private static final Pattern MAIN_LETTER_OPENING = Pattern.compile("(?iu)stortingets\\s+budsjettvedtak");

    /**
     * @throws DocumentFormatException when the text is empty or holds no assignment
     */
    public ParsedLetter parse(String text) {
        if (text == null || text.isBlank()) {
            throw new DocumentFormatException("The text is empty", 0);
        }
        DocumentLines doc = DocumentLines.of(text);
        List<AssignmentHeader> headers = doc.all().stream()
                .map(AssignmentHeader::parse).flatMap(Optional::stream).toList();
        if (headers.isEmpty()) {
            throw new DocumentFormatException("No assignment id (such as TB2025-43) starts a line: "
                    + "not an allocation letter with assignments", 0);
        }
        String title = title(doc);
        int year = year(title, headers);
        LetterReader reader = new LetterReader(doc, year);
        reader.read();
        return new ParsedLetter(kind(title, reader, text), year, title, date(doc), reader.goals(), reader.assignments(),
                reader.warnings());
    }

    private static String title(DocumentLines doc) {
        return contentLines(doc, TITLE_SEARCH_LINES).stream()
                .map(LETTER_TITLE::matcher).filter(Matcher::matches)
                .map(m -> m.group(1)).findFirst().orElse(null);
    }

    /** The year in the title, else the year most of the assignment ids have. */
    private static int year(String title, List<AssignmentHeader> headers) {
        if (title != null) {
            Matcher m = TITLE_YEAR.matcher(title);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        Map<Integer, Long> counts = headers.stream()
                .collect(Collectors.groupingBy(AssignmentHeader::year, Collectors.counting()));
        return counts.entrySet().stream()
                .max(Comparator.comparing(Map.Entry<Integer, Long>::getValue).thenComparing(Map.Entry::getKey))
                .orElseThrow().getKey();
    }

    private static LocalDate date(DocumentLines doc) {
        for (String line : contentLines(doc, DATE_SEARCH_LINES)) {
            Matcher marker = LETTER_DATE.matcher(line);
            if (marker.find()) {
                Optional<LocalDate> date = NorwegianDates.find(line.substring(marker.end()), 0).stream()
                        .filter(d -> d.date() != null && !d.yearInferred() && d.start() == 0)
                        .map(NorwegianDates.Found::date).findFirst();
                if (date.isPresent()) {
                    return date.get();
                }
            }
        }
        return null;
    }

    /**
     * A title line says which kind the letter is; without one, a letter with goal sections or the
     * main letter's opening is the main letter, and any other letter with assignments is supplementary.
     */
    private static LetterKind kind(String title, LetterReader reader, String text) {
        if (title != null) {
            return SUPPLEMENTARY_TITLE.matcher(title).matches() ? LetterKind.SUPPLEMENTARY : LetterKind.MAIN;
        }
        return !reader.goals().isEmpty() || MAIN_LETTER_OPENING.matcher(text).find()
                ? LetterKind.MAIN : LetterKind.SUPPLEMENTARY;
    }

    private static List<String> contentLines(DocumentLines doc, int limit) {
        return doc.all().stream().filter(line -> !line.isBlank()).limit(limit).toList();
    }
}
