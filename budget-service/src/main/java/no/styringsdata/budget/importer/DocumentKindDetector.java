package no.styringsdata.budget.importer;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells which kind of budget document a text is, by the structure each kind has: Prop. 1 S closes its
 * chapter tables with {@code Sum kap.}; an årsrapport has the statement {@code Bevilgningsrapportering};
 * the main tildelingsbrev has a numbered chapter {@code Budsjettildeling} with {@code Utgifter}; a
 * supplementary letter calls itself so in its title, or brings new assignments and budget changes
 * without the main letter's structure.
 */
public final class DocumentKindDetector {

    private static final Pattern PROP_1_S = Pattern.compile("Prop\\.\\s*1\\s+S\\b");
    private static final Pattern CHAPTER_SUM = Pattern.compile("(?im)^\\s*Sum\\s+kap\\.?\\s*\\d{1,4}\\b");
    private static final Pattern ANNUAL_REPORT = Pattern.compile("(?i)årsrapport");
    private static final Pattern APPROPRIATION_STATEMENT = Pattern.compile("(?im)^\\s*Bevilgningsrapportering\\b");
    private static final Pattern SUPPLEMENTARY_TITLE = Pattern.compile(
            "(?im)^\\s*(?:supplerende\\s+tildelingsbrev|tillegg\\s+til\\s+tildelingsbrev(?:et)?|tilleggstildelingsbrev)"
                    + "(?:\\s+(?:nr\\.?\\s*\\d+|\\d{4}|for\\s+\\d{4}|til\\s+\\S+))*\\s*[-–:]?\\s*$");
    private static final Pattern BUDGET_CHAPTER = Pattern.compile("(?im)^\\s*\\d+\\.?\\s+Budsjettildeling\\s*$");
    private static final Pattern EXPENDITURE_SECTION = Pattern.compile("(?im)^\\s*\\d+\\.\\d+\\.?\\s+Utgifter\\s*$");
    private static final Pattern SELF_REFERENCE = Pattern.compile("(?i)\\bi\\s+dette\\s+tildelingsbrevet\\b");
    private static final Pattern NEW_ASSIGNMENTS = Pattern.compile("(?im)^\\s*nye\\s+oppdrag\\s*:?\\s*$");
    private static final Pattern BUDGET_CHANGES = Pattern.compile(
            "(?im)^\\s*(?:budsjettildelinger|budsjettendringer|endringer i tildelingen)\\s*:?\\s*$");
    private static final Pattern LETTER_MARK = Pattern.compile("(?i)\\bTB\\d{4}\\s*[-–]\\s*\\d+|tildelingsbrev|tildeling");
    private static final int MIN_CHAPTER_SUMS = 2;
    /** How far from the top a letter's title may stand. */
    private static final int TITLE_LINES = 40;

    /** The kind of the text, or empty when it is none of the kinds the budget importer reads. */
    public Optional<DocumentKind> detect(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (PROP_1_S.matcher(text).find() && CHAPTER_SUM.matcher(text).results().limit(MIN_CHAPTER_SUMS).count()
                == MIN_CHAPTER_SUMS) {
            return Optional.of(DocumentKind.PROP1S);
        }
        if (ANNUAL_REPORT.matcher(text).find() && APPROPRIATION_STATEMENT.matcher(text).find()) {
            return Optional.of(DocumentKind.ANNUAL_REPORT);
        }
        if (SUPPLEMENTARY_TITLE.matcher(head(text)).find()) {
            return Optional.of(DocumentKind.SUPPLEMENTARY_LETTER);
        }
        if (BUDGET_CHAPTER.matcher(text).find() && EXPENDITURE_SECTION.matcher(text).find()
                || SELF_REFERENCE.matcher(text).find()) {
            return Optional.of(DocumentKind.ALLOCATION_LETTER);
        }
        boolean supplementary = NEW_ASSIGNMENTS.matcher(text).find() || BUDGET_CHANGES.matcher(text).find();
        if (supplementary && LETTER_MARK.matcher(text).find()) {
            return Optional.of(DocumentKind.SUPPLEMENTARY_LETTER);
        }
        return Optional.empty();
    }

    private static String head(String text) {
        return String.join("\n", text.lines().limit(TITLE_LINES).toList());
    }
}
