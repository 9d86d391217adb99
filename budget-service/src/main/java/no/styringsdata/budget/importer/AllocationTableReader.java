package no.styringsdata.budget.importer;
import no.styringsdata.reader.text.WrappedLines;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.styringsdata.reader.text.DocumentLines;
import no.styringsdata.reader.text.ImportWarning;
import no.styringsdata.reader.text.NorwegianNumbers;
import no.styringsdata.reader.text.SourceLine;

/**
 * Reads the rows of an allocation letter's table {@code Kap./post Benevnelse Tildeling Kommentarer}
 * (amounts in 1 000 kroner) as the PDF extraction gives it: the narrow name cell wraps over several
 * lines, the amount follows on the last name line or a line of its own, then the comment's lines.
 * Lines holding a single space are paragraph breaks of the comment; a line indented after a
 * non-empty line starts a new page, where the rest of a cut name cell may follow.
 */
final class AllocationTableReader {

    /** One row of the table, amount in whole kroner. */
    record Row(int chapter, int post, String name, long amountNok, String purpose, String comment,
               SourceLine source) {
    }

    /** The rows read, what could not be read, and the last line that belonged to the table. */
    record Table(List<Row> rows, List<ImportWarning> warnings, int lastLine) {
    }

    static final Pattern UNITS_LINE = Pattern.compile(
            "(?i)^\\s*\\(\\s*(?:alle\\s+tall\\s+)?i\\s+1\\s?000\\s+kr(?:oner)?\\.?\\s*\\)\\s*$");
    static final Pattern HEADER_LINE = Pattern.compile(
            "(?i)^\\s*Kap\\.?\\s*/?\\s*post\\s+(?:Benevnelse|Betegnelse)\\b.*\\bTildeling\\b.*");
    private static final Pattern ROW_START = Pattern.compile("^\\s*(\\d{3,4})\\.(\\d{2})(?=\\s|$)(.*)$");
    private static final Pattern SECTION_HEADING = Pattern.compile("^\\s*\\d\\.(?:\\d{1,2}\\.?)?\\s+\\p{Lu}.*");
    private static final Pattern KAP_HEADING = Pattern.compile("(?i)^\\s*Kap\\.\\s*\\d.*");
    private static final Pattern SIGNATURE = Pattern.compile("(?i)^\\s*med\\s+(?:vennlig\\s+)?hilsen\\b.*");
    private static final Pattern FURNITURE = Pattern.compile("(?i)^\\s*(?:Side\\s+\\d+|Kommentarer)\\s*$");
    /** A whole amount standing alone among words: "4 000", "1 589 294". */
    private static final Pattern AMOUNT = Pattern.compile("(?:^|(?<=\\s))(\\d{1,3}(?: \\d{3})*)(?=\\s|$)");
    /** Name text ending where a post number of a stikkord follows: "kan nyttes under post", "postene 72 og". */
    private static final Pattern POST_NUMBER_CONTEXT =
            Pattern.compile("(?i).*\\bpost(?:ene)?\\s*(?:\\d{2}\\s*(?:,|og)\\s*)*$");
    /** Name text that cannot be the whole name: cut after a hyphen, comma, open parenthesis or small word. */
    private static final Pattern INCOMPLETE_NAME =
            Pattern.compile("(?i).*(?:[-,(]|\\b(?:kan|og|under|post|postene|i|til|for|av|med))$");
    private static final Pattern ITEM_START = Pattern.compile(
            "(?i)^(?:[•\\-–]\\s|\\d+(?:[ ,]\\d+)*\\s*(?:mill\\.|millioner|mrd\\.|kroner|kr\\b)).*");
    private static final Pattern PARENTHESISED_STIKKORD =
            Pattern.compile("\\(([^()]*\\b(?:kan|overslagsbevilgning)[^()]*)\\)");
    private static final int NAME_CELL_WIDTH = 25;
    private static final int MAX_PURPOSE_WORDS = 20;
    private static final int SAMPLE_LINES = 200;

    private AllocationTableReader() {
    }

    /** Whether a line starts a new table: its units line or its column header. */
    static boolean startsTable(String line) {
        return UNITS_LINE.matcher(line).matches() || HEADER_LINE.matcher(line).matches();
    }

    /**
     * Reads the table whose units line or header is {@code firstLine} (0: rows from the first line on),
     * up to the first line that ends it.
     */
    static Table read(DocumentLines lines, int firstLine) {
        List<Row> rows = new ArrayList<>();
        List<ImportWarning> warnings = new ArrayList<>();
        boolean brokenWordsShow = lineEndsShowBrokenWords(lines, firstLine);
        RowBuilder row = null;
        int lastLine = firstLine;
        boolean closed = false;
        boolean previousEmpty = true;
        for (int n = firstLine + 1; n <= lines.size(); n++) {
            String raw = lines.line(n);
            boolean pageStart = !raw.isEmpty() && Character.isWhitespace(raw.charAt(0)) && !previousEmpty;
            previousEmpty = raw.isEmpty();
            if (raw.isEmpty()) {
                continue;
            }
            if (endsTable(raw, row != null)) {
                closed = true;
                break;
            }
            lastLine = n;
            if (UNITS_LINE.matcher(raw).matches() || HEADER_LINE.matcher(raw).matches()
                    || FURNITURE.matcher(raw).matches()) {
                continue;
            }
            Matcher start = ROW_START.matcher(raw);
            if (start.matches()) {
                finish(row, rows, warnings);
                row = new RowBuilder(Integer.parseInt(start.group(1)), Integer.parseInt(start.group(2)), n,
                        lines.source(n), brokenWordsShow);
                row.nameLine(n, start.group(3), lines);
            } else if (row != null) {
                row.line(n, raw, pageStart, lines);
            }
        }
        finish(row, rows, warnings);
        if (!closed && !rows.isEmpty()) {
            warnings.add(new ImportWarning(lastLine, "the allocation table runs to the end of the document; "
                    + "it may be cut off"));
        }
        return new Table(rows, warnings, lastLine);
    }

    private static boolean endsTable(String raw, boolean insideRows) {
        return SECTION_HEADING.matcher(raw).matches() && !ROW_START.matcher(raw).matches()
                || KAP_HEADING.matcher(raw).matches()
                || SIGNATURE.matcher(raw).matches()
                || insideRows && UNITS_LINE.matcher(raw).matches();
    }

    private static void finish(RowBuilder row, List<Row> rows, List<ImportWarning> warnings) {
        if (row == null) {
            return;
        }
        row.build().ifPresentOrElse(rows::add, () -> warnings.add(new ImportWarning(row.startLine,
                "kap./post %d.%02d has no amount (\"%s\"); row skipped".formatted(row.chapter, row.post,
                        row.name()))));
    }

    /**
     * Whether the text keeps the space that ends a wrapped line, so that a line without it shows a word
     * broken inside the cell; texts that strip trailing spaces do not tell.
     */
    private static boolean lineEndsShowBrokenWords(DocumentLines lines, int firstLine) {
        int withSpace = 0;
        int withText = 0;
        for (int n = Math.max(1, firstLine); n <= lines.size() && withText < SAMPLE_LINES; n++) {
            String line = lines.line(n);
            if (!line.isBlank()) {
                withText++;
                withSpace += Character.isWhitespace(line.charAt(line.length() - 1)) ? 1 : 0;
            }
        }
        return withSpace * 2 > withText;
    }

    /** Splits a post's full name into name and stikkord, also when the stikkord stand in parentheses. */
    static Stikkord.Name splitName(String fullName) {
        return Stikkord.split(PARENTHESISED_STIKKORD.matcher(fullName).replaceAll(", $1"));
    }

    /**
     * Joins the lines of a narrow table cell. Where the text shows it, a line without trailing space was
     * broken inside a word ("overslagsbevilgnin" + "g"), and is glued to the next; hyphens are repaired as
     * {@link WrappedLines#join} does, except after a one-letter word ("e-" + "sigaretter").
     */
    static String joinCell(List<String> rawParts, boolean brokenWordsShow) {
        StringBuilder joined = new StringBuilder();
        String previousRaw = null;
        for (String raw : rawParts) {
            String part = raw.strip();
            if (part.isEmpty()) {
                continue;
            }
            if (joined.length() == 0) {
                joined.append(part);
            } else {
                boolean brokenWord = brokenWordsShow
                        && !Character.isWhitespace(previousRaw.charAt(previousRaw.length() - 1));
                char last = joined.charAt(joined.length() - 1);
                if (brokenWord && Character.isLetter(last) && Character.isLowerCase(part.charAt(0))
                        || brokenWord && last == '-' && afterOneLetterWord(joined)) {
                    joined.append(part);
                } else {
                    String repaired = WrappedLines.join(List.of(joined.toString(), part));
                    joined.setLength(0);
                    joined.append(repaired);
                }
            }
            previousRaw = raw;
        }
        return joined.toString().replaceAll("\\s+", " ").strip();
    }

    private static boolean afterOneLetterWord(CharSequence text) {
        int length = text.length();
        return length >= 2 && Character.isLetter(text.charAt(length - 2))
                && (length == 2 || !Character.isLetter(text.charAt(length - 3)));
    }

    /** Collects one row's lines: name parts until the amount, then the comment's paragraphs. */
    private static final class RowBuilder {
        private final int chapter;
        private final int post;
        private final int startLine;
        private final boolean brokenWordsShow;
        private final List<String> nameParts = new ArrayList<>();
        private final List<List<String>> paragraphs = new ArrayList<>();
        private Long amountThousands;
        private SourceLine amountSource;
        private boolean amountMayContinue;
        private boolean continuingName;
        private boolean breakPending = true;

        RowBuilder(int chapter, int post, int startLine, SourceLine source, boolean brokenWordsShow) {
            this.chapter = chapter;
            this.post = post;
            this.startLine = startLine;
            this.brokenWordsShow = brokenWordsShow;
            this.amountSource = source;
        }

        void line(int n, String raw, boolean pageStart, DocumentLines lines) {
            if (amountThousands == null) {
                nameLine(n, raw, lines);
            } else if (raw.isBlank()) {
                breakPending = true;
                amountMayContinue = false;
            } else if (amountMayContinue && raw.strip().matches("\\d{3}")) {
                // "15 104" + "900": an amount wrapped in its cell
                amountThousands = amountThousands * 1000 + Integer.parseInt(raw.strip());
                amountMayContinue = false;
            } else if ((pageStart || continuingName) && raw.strip().length() <= NAME_CELL_WIDTH && nameIncomplete()) {
                nameParts.add(raw);
                continuingName = true;
            } else {
                continuingName = false;
                amountMayContinue = false;
                commentLine(raw);
            }
        }

        void nameLine(int n, String raw, DocumentLines lines) {
            if (raw.isBlank()) {
                return;
            }
            Matcher amount = AMOUNT.matcher(raw);
            while (amount.find()) {
                String before = joinCell(withPart(raw.substring(0, amount.start())), brokenWordsShow) + " ";
                boolean postNumber = amount.group(1).length() == 2 && POST_NUMBER_CONTEXT.matcher(before).matches();
                if (!postNumber) {
                    nameParts.add(raw.substring(0, amount.start()));
                    amountThousands = NorwegianNumbers.parseWhole(amount.group(1)).orElseThrow();
                    amountSource = lines.source(n);
                    String rest = raw.substring(amount.end());
                    amountMayContinue = rest.isBlank();
                    if (!rest.isBlank()) {
                        commentLine(rest);
                    }
                    return;
                }
            }
            nameParts.add(raw);
        }

        private List<String> withPart(String part) {
            List<String> parts = new ArrayList<>(nameParts);
            parts.add(part);
            return parts;
        }

        private boolean nameIncomplete() {
            return INCOMPLETE_NAME.matcher(name()).matches();
        }

        String name() {
            return joinCell(nameParts, brokenWordsShow);
        }

        private void commentLine(String raw) {
            String text = raw.strip();
            if (breakPending || ITEM_START.matcher(text).matches() || paragraphs.isEmpty()) {
                paragraphs.add(new ArrayList<>());
                breakPending = false;
            }
            paragraphs.get(paragraphs.size() - 1).add(text);
        }

        Optional<Row> build() {
            if (amountThousands == null) {
                return Optional.empty();
            }
            List<List<String>> texts = paragraphs.stream().filter(p -> !p.isEmpty()).toList();
            String purpose = "";
            List<String> commentLines = new ArrayList<>();
            texts.forEach(commentLines::addAll);
            if (!texts.isEmpty()) {
                String first = WrappedLines.join(texts.get(0));
                if (isPurpose(first)) {
                    purpose = first;
                    commentLines = new ArrayList<>();
                    texts.subList(1, texts.size()).forEach(commentLines::addAll);
                }
            }
            return Optional.of(new Row(chapter, post, name(), amountThousands * 1000, purpose,
                    WrappedLines.join(commentLines), amountSource));
        }

        /** A row's own short purpose text, not the first item of a breakdown nor an introduction to a list. */
        private static boolean isPurpose(String paragraph) {
            return !ITEM_START.matcher(paragraph).matches() && !paragraph.endsWith(":")
                    && paragraph.split("\\s+").length <= MAX_PURPOSE_WORDS;
        }
    }
}
