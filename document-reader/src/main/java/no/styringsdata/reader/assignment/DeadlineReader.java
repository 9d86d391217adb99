package no.styringsdata.reader.assignment;
import no.styringsdata.reader.text.NorwegianDates;
import no.styringsdata.reader.text.WrappedLines;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.styringsdata.reader.text.ImportWarning;
import no.styringsdata.reader.text.SourceLine;

/**
 * Deadlines in an assignment's text. A deadline is a sentence starting with "Frist" or "Frister" at the
 * start of a line or of a sentence ({@code Frist: 31.12.2025}, {@code Frist 1. juni 2026}, {@code ...
 * gjøre. Frist 1. mai 2025.}, {@code Frist for oppdragets del 1 og 2: 01.08 2025. Frist for oppdragets
 * del 3: 01.12.2025.}); "med frist 31. mars" inside a sentence tells of something else and is not read.
 * Each date in the sentence is one deadline; a sentence without a date is one deadline without one.
 */
final class DeadlineReader {

    private static final Pattern FRIST = Pattern.compile("(?<!\\p{L})Frist(?:er)?(?!\\p{L})");
    /** "ferdigstilles innen 31.12.2025", "skal innen 15. mars levere": a date right after "innen". */
    private static final Pattern BY_DATE = Pattern.compile("(?<!\\p{L})innen\\s+(?=\\d{1,2}\\.)");
    /** A new list item or bullet, which never continues a deadline sentence. */
    private static final Pattern LIST_ITEM = Pattern.compile("(?:[•o▪\\-–]\\s|[\\p{Ll}\\d]{1,2}[.)]\\s).*");
    private static final Pattern PART = Pattern.compile(
            "(?<!\\p{L})(?:del(?:oppdrag)?|oppdrag|punkt|pkt\\.)\\s*\\d+(?:\\s*(?:,|og|-|–)\\s*\\d+)*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PARENTHESIS = Pattern.compile("\\(([^()\\d]{1,40})\\)");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s+[\\p{Lu}«\"])");
    private static final Set<String> ABBREVIATIONS = Set.of("jf", "jfr", "kap", "pkt", "nr", "ev", "evt", "mv",
            "bl.a", "st", "prop", "meld", "innst", "ref", "inkl", "dvs", "f.eks", "ca", "iht", "ifm", "mht", "tom",
            "offl", "hhv", "ang", "vedr", "avd", "kl", "jan", "feb", "aug", "sep", "sept", "okt", "nov", "des");

    /** The year a date without one takes; null when the letter's year is not known. */
    private final Integer letterYear;
    private final List<ImportWarning> warnings;

    DeadlineReader(Integer letterYear, List<ImportWarning> warnings) {
        this.letterYear = letterYear;
        this.warnings = warnings;
    }

    List<Deadline> read(List<SourceLine> body, String assignmentId) {
        List<Deadline> deadlines = new ArrayList<>();
        for (int k = 0; k < body.size(); k++) {
            String line = body.get(k).text();
            int start = statementStart(line);
            if (start < 0) {
                continue;
            }
            List<String> parts = new ArrayList<>(List.of(line.substring(start)));
            while (k + 1 < body.size() && continues(parts.get(parts.size() - 1), body.get(k + 1).text())) {
                parts.add(body.get(++k).text());
            }
            int lineNumber = body.get(k - parts.size() + 1).line();
            for (String sentence : sentences(WrappedLines.join(parts))) {
                if (FRIST.matcher(sentence).lookingAt()) {
                    deadlines.addAll(deadlinesOf(sentence, lineNumber, assignmentId));
                }
            }
        }
        return deadlines.isEmpty() ? datesAfterInnen(body) : deadlines;
    }

    /**
     * For an assignment with no "Frist": the dates its sentences give right after "innen" (by), the way
     * some assignments state their deadline ("Arbeidet ... ferdigstilles innen 31.12.2025").
     */
    private List<Deadline> datesAfterInnen(List<SourceLine> body) {
        List<Deadline> deadlines = new ArrayList<>();
        String text = WrappedLines.join(body.stream().map(SourceLine::text).toList());
        for (String sentence : sentences(text)) {
            Matcher innen = BY_DATE.matcher(sentence);
            if (!innen.find()) {
                continue;
            }
            datesIn(sentence.substring(innen.end())).stream()
                    .filter(date -> date.start() == 0 && date.date() != null)
                    .findFirst()
                    .ifPresent(date -> deadlines.add(new Deadline(date.date(), null, sentence,
                            date.yearInferred(), lineOf(body, date.written()))));
        }
        return deadlines;
    }

    /** The dates of a text; one without a year has no date when the letter's year is not known. */
    private List<NorwegianDates.Found> datesIn(String text) {
        return NorwegianDates.find(text, letterYear == null ? 0 : letterYear).stream()
                .map(d -> d.yearInferred() && letterYear == null
                        ? new NorwegianDates.Found(null, true, d.start(), d.end(), d.written()) : d)
                .toList();
    }

    /** The first body line holding the text, or the body's first line. */
    private static int lineOf(List<SourceLine> body, String written) {
        return body.stream().filter(l -> l.text().contains(written)).findFirst().orElse(body.get(0)).line();
    }

    /** Where a deadline sentence starts on the line, or -1: "Frist" first on the line or after a sentence. */
    private static int statementStart(String line) {
        Matcher m = FRIST.matcher(line);
        while (m.find()) {
            String before = line.substring(0, m.start()).strip();
            if (before.isEmpty() || before.endsWith(".") || before.endsWith(";") || before.endsWith("!")
                    || before.endsWith("?")) {
                return m.start();
            }
        }
        return -1;
    }

    private static boolean continues(String previous, String next) {
        String prev = previous.strip();
        String line = next.strip();
        if (prev.endsWith(".") || prev.endsWith("!") || prev.endsWith("?") || line.isEmpty()
                || LIST_ITEM.matcher(line).matches() || FRIST.matcher(line).lookingAt()) {
            return false;
        }
        return WrappedLines.startsLowercase(line) || Character.isDigit(line.charAt(0))
                || WrappedLines.endsWithConnector(prev);
    }

    /** Splits at sentence ends, not at the dot of an abbreviation ("jf. TB2025-3", "Ellinor F. Major"). */
    static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        int from = 0;
        Matcher end = SENTENCE_END.matcher(text);
        while (end.find()) {
            String before = text.substring(from, end.start());
            String lastWord = before.substring(before.lastIndexOf(' ') + 1).replaceAll("^\\P{L}+", "")
                    .toLowerCase(Locale.ROOT);
            if (ABBREVIATIONS.contains(lastWord) || lastWord.length() == 1 && Character.isLetter(lastWord.charAt(0))) {
                continue;
            }
            sentences.add(text.substring(from, end.end()).strip());
            from = end.end();
        }
        String last = text.substring(from).strip();
        if (!last.isEmpty()) {
            sentences.add(last);
        }
        return sentences;
    }

    private List<Deadline> deadlinesOf(String sentence, int line, String assignmentId) {
        List<NorwegianDates.Found> dates = datesIn(sentence);
        if (dates.isEmpty()) {
            return List.of(new Deadline(null, label(sentence, 0, sentence.length(), -1), sentence, false, line));
        }
        List<Deadline> deadlines = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            NorwegianDates.Found date = dates.get(i);
            if (date.date() == null) {
                warnings.add(new ImportWarning(line, assignmentId + ": '" + date.written() + "' in a deadline is not a date"));
            }
            int from = Math.max(sentence.lastIndexOf(';', date.start()) + 1, i > 0 ? dates.get(i - 1).end() : 0);
            int semicolon = sentence.indexOf(';', date.end());
            int to = Math.min(semicolon < 0 ? sentence.length() : semicolon,
                    i + 1 < dates.size() ? dates.get(i + 1).start() : sentence.length());
            String label = label(sentence, from, Math.max(from, to), date.start());
            deadlines.add(new Deadline(date.date(), label, sentence, date.yearInferred(), line));
        }
        return deadlines;
    }

    /**
     * The part of the assignment a deadline is for, read from its share of the sentence: "del 1 og 2",
     * "oppdrag 4", "pkt. 1", else the parenthesis nearest the date ("(mandat)"), else null.
     */
    private static String label(String sentence, int from, int to, int datePosition) {
        String share = sentence.substring(from, to);
        Matcher part = PART.matcher(share);
        if (part.find()) {
            return part.group().strip();
        }
        if (datePosition < 0) {
            return null;
        }
        String nearest = null;
        int distance = Integer.MAX_VALUE;
        Matcher parenthesis = PARENTHESIS.matcher(share);
        while (parenthesis.find()) {
            int d = Math.min(Math.abs(from + parenthesis.start() - datePosition),
                    Math.abs(from + parenthesis.end() - datePosition));
            if (d < distance) {
                distance = d;
                nearest = parenthesis.group(1).strip();
            }
        }
        return nearest;
    }
}
