package no.styringsdata.reader.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import no.styringsdata.reader.text.ImportWarning;
import no.styringsdata.reader.text.WrappedLines;

/**
 * Collects one row's lines as the PDF extraction gives them: the name cell wraps over several lines, the
 * amounts follow on its last line or on lines of their own (an amount may wrap: "15 104" + "900"), then the
 * comment's lines. A short line indented after a non-empty line starts a new page, where the rest of a cut
 * name cell may follow the comment.
 */
final class RowBuilder {

    /** Name text after which a two-digit figure is a post of a stikkord: "kan nyttes under post", "postene 72 og". */
    private static final Pattern POST_NUMBER_CONTEXT =
            Pattern.compile("(?iU).*\\bpost(?:ene)?\\s*(?:\\d{2}\\s*(?:,|og)\\s*)*$");
    /** Name text that cannot be the whole name: cut after a hyphen, comma, open parenthesis or small word. */
    private static final Pattern INCOMPLETE_NAME =
            Pattern.compile("(?iU).*(?:[-,(]|\\b(?:kan|og|under|post|postene|i|til|for|av|med))$");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f]+");
    private static final int NAME_CELL_WIDTH = 25;
    /** A comment line that starts a list item: a bullet, or an amount as a breakdown's items start ("6 mill. kr til"). */
    static final Pattern ITEM_START = Pattern.compile(
            "(?iU)^(?:[•\\-–]\\s|\\d+(?:[ ,]\\d+)*\\s*(?:mill\\.|millioner|mrd\\.|kroner|kr\\b)).*");

    private final int chapter;
    private final List<Integer> posts;
    private final int amountColumns;
    private final boolean brokenWordsShow;
    private final List<Integer> lines = new ArrayList<>();
    private final List<String> nameParts = new ArrayList<>();
    private final List<String> commentParts = new ArrayList<>();
    private final List<List<String>> commentParagraphs = new ArrayList<>();
    private boolean paragraphBreak;
    /** Figures read so far that may still go on, on the next line. */
    private final List<String> openRun = new ArrayList<>();
    private List<BigDecimal> amounts;
    private boolean continuingName;

    RowBuilder(int chapter, List<Integer> posts, int amountColumns, boolean brokenWordsShow) {
        this.chapter = chapter;
        this.posts = posts;
        this.amountColumns = amountColumns;
        this.brokenWordsShow = brokenWordsShow;
    }

    int chapter() {
        return chapter;
    }

    List<Integer> posts() {
        return posts;
    }

    /**
     * True while the name ends where a stikkord's post number follows ("kan nyttes under post"): a line
     * starting with a post number then goes on with the name rather than starting a row.
     */
    boolean awaitsStikkordPost() {
        return amounts == null && openRun.isEmpty() && POST_NUMBER_CONTEXT.matcher(joinedName("")).matches();
    }

    /** The first line: what follows the kap./post. */
    void start(int number, String rest) {
        lines.add(number);
        nameLine(rest);
    }

    /** A line holding only a space inside the row: the comment's next line starts a new paragraph. */
    void paragraphBreak() {
        paragraphBreak = true;
    }

    /** A following line of the row; {@code pageStart} when it is indented right after a non-empty line. */
    void line(int number, String raw, boolean pageStart) {
        if (raw.isBlank()) {
            return;
        }
        lines.add(number);
        List<String> tokens = tokens(raw);
        if (!openRun.isEmpty()) {
            boolean allFigures = tokens.stream().allMatch(Figures::isFigure);
            boolean needsMore = Figures.mostAmounts(openRun, amountColumns) < amountColumns;
            if (allFigures && (needsMore || Figures.continuesAmount(tokens.get(0)))) {
                openRun.addAll(tokens);
                return;
            }
            if (openRun.stream().allMatch(Figures::isDash) && WrappedLines.startsLowercase(raw)) {
                // "Driftsutgifter –" + "kontrollkommisjonene": the dash was the name's
                nameParts.add(String.join(" ", openRun));
                openRun.clear();
            } else {
                closeRun();
            }
        }
        if (amounts == null) {
            nameLine(raw);
        } else if ((pageStart || continuingName) && raw.strip().length() <= NAME_CELL_WIDTH && nameIncomplete()) {
            nameParts.add(raw);
            continuingName = true;
        } else {
            continuingName = false;
            comment(raw);
        }
    }

    /** Name text up to the first run of figures that is not a post of a stikkord; the run's amounts; comment. */
    private void nameLine(String raw) {
        List<String> tokens = tokens(raw);
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            boolean lastOrBeforeFigure = i + 1 == tokens.size() || Figures.isFigure(tokens.get(i + 1));
            if (!Figures.startsAmount(token) || Figures.isDash(token) && !lastOrBeforeFigure) {
                continue;
            }
            String before = String.join(" ", tokens.subList(0, i));
            if (token.length() == 2 && POST_NUMBER_CONTEXT.matcher(joinedName(before)).matches()) {
                continue;
            }
            nameParts.add(before);
            int end = i;
            while (end < tokens.size() && Figures.isFigure(tokens.get(end))) {
                end++;
            }
            openRun.addAll(tokens.subList(i, end));
            if (end < tokens.size()) {
                List<String> leftover = closeRun();
                List<String> comment = new ArrayList<>(leftover);
                comment.addAll(tokens.subList(end, tokens.size()));
                comment(String.join(" ", comment));
            }
            return;
        }
        nameParts.add(raw);
    }

    private void comment(String part) {
        String text = part.strip();
        if (paragraphBreak || commentParagraphs.isEmpty() || AllocationRow.isListItem(text)) {
            commentParagraphs.add(new ArrayList<>());
            paragraphBreak = false;
        }
        commentParts.add(part);
        commentParagraphs.get(commentParagraphs.size() - 1).add(part);
    }

    /** Reads the open run as the row's amounts; returns the figures left over for the comment. */
    private List<String> closeRun() {
        int count = Figures.mostAmounts(openRun, amountColumns);
        List<String> leftover = List.of();
        if (count == amountColumns) {
            Figures.Reading reading = Figures.read(openRun, count).orElseThrow();
            amounts = reading.amounts();
            leftover = List.copyOf(openRun.subList(reading.tokensUsed(), openRun.size()));
        } else {
            amounts = List.of();
            leftover = List.copyOf(openRun);
        }
        openRun.clear();
        return leftover;
    }

    /** The row, or a warning where it has no amounts to place. */
    Optional<AllocationRow> build(Unit unit, List<ImportWarning> warnings) {
        if (!openRun.isEmpty()) {
            closeRun();
        }
        String key = keyText();
        String name = joinedName("");
        List<Long> kroner = new ArrayList<>(Collections.nCopies(amountColumns, (Long) null));
        if (amounts == null || amounts.isEmpty()) {
            warnings.add(new ImportWarning(lines.get(0), amounts == null
                    ? "kap./post %s (\"%s\") has no amount".formatted(key, name)
                    : "kap./post %s (\"%s\"): cannot read %d amounts; row without amounts".formatted(key, name,
                    amountColumns)));
        } else {
            for (int i = 0; i < amounts.size(); i++) {
                BigDecimal amount = amounts.get(i);
                if (!unit.isWhole(amount)) {
                    warnings.add(new ImportWarning(lines.get(0), "kap./post %s: %s %s is not whole kroner; rounded"
                            .formatted(key, amount.toPlainString(), unit.label())));
                }
                kroner.set(i, unit.toKroner(amount));
            }
        }
        String comment = WrappedLines.join(commentParts);
        List<String> paragraphs = commentParagraphs.stream().map(WrappedLines::join).filter(p -> !p.isBlank()).toList();
        return Optional.of(new AllocationRow(chapter, posts, name, kroner, comment, paragraphs, lines.get(0), lines));
    }

    String keyText() {
        return chapter + "." + String.join("/", posts.stream().map(p -> "%02d".formatted(p)).toList());
    }

    private boolean nameIncomplete() {
        return INCOMPLETE_NAME.matcher(joinedName("")).matches();
    }

    private String joinedName(String more) {
        List<String> parts = new ArrayList<>(nameParts);
        parts.add(more);
        return CellText.join(parts, brokenWordsShow);
    }

    private static List<String> tokens(String raw) {
        String stripped = raw.strip();
        return stripped.isEmpty() ? List.of() : List.of(SPACES.split(stripped));
    }
}
