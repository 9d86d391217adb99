package no.styringsdata.budget.importer;

import java.util.ArrayList;
import java.util.List;
import no.styringsdata.reader.table.AllocationRow;
import no.styringsdata.reader.table.AllocationTable;
import no.styringsdata.reader.text.DocumentLines;
import no.styringsdata.reader.text.ImportWarning;
import no.styringsdata.reader.text.SourceLine;
import no.styringsdata.reader.text.WrappedLines;

/**
 * A row of a letter's allocation table as this service keeps it: one kap./post, this year's allocation to
 * the agency in whole kroner (0 where the row gives none: "Posten avsluttes fra 2025"), and the row's own
 * short purpose apart from the rest of its comment.
 *
 * @param name    the name cell with its stikkord ("Spesielle driftsutgifter, kan overføres")
 * @param purpose the comment's first paragraph where it is a short purpose of its own, else empty
 * @param comment the rest of the comment
 * @param source  the line the row starts on
 */
record LetterTableRow(int chapter, int post, String name, long amountNok, String purpose, String comment,
                      SourceLine source) {

    private static final int MAX_PURPOSE_WORDS = 20;

    /** The table's rows; what this mapping decides about a row (no amount, several posts) is a warning. */
    static List<LetterTableRow> of(AllocationTable table, DocumentLines lines, List<ImportWarning> warnings) {
        List<LetterTableRow> rows = new ArrayList<>();
        for (AllocationRow row : table.rows()) {
            int post = row.posts().get(0);
            if (row.posts().size() > 1) {
                warnings.add(new ImportWarning(row.line(), "kap./post %s: one amount for several posts; recorded on post %02d"
                        .formatted(row.key(), post)));
            }
            long amount = table.allocation(row).orElseGet(() -> {
                if (row.amountsKroner().stream().anyMatch(a -> a != null)) {
                    warnings.add(new ImportWarning(row.line(), "kap./post %s has no amount in the column \"%s\"; "
                            .formatted(row.key(), table.amountColumns().get(table.allocationColumn()).heading())
                            + "recorded as an allocation of 0"));
                }
                return 0L;
            });
            List<String> paragraphs = row.commentParagraphs();
            boolean purposeFirst = !paragraphs.isEmpty() && isPurpose(paragraphs.get(0));
            String purpose = purposeFirst ? paragraphs.get(0) : "";
            String comment = purposeFirst ? WrappedLines.join(paragraphs.subList(1, paragraphs.size())) : row.comment();
            rows.add(new LetterTableRow(row.chapter(), post, row.name(), amount, purpose, comment,
                    lines.source(row.line())));
        }
        return rows;
    }

    /** kap. × 100 + post: one key per kap./post. */
    int key() {
        return chapter * 100 + post;
    }

    /** A row's own short purpose, not the first item of a breakdown nor an introduction to a list. */
    private static boolean isPurpose(String paragraph) {
        return !AllocationRow.isListItem(paragraph) && !paragraph.endsWith(":")
                && paragraph.split("\\s+").length <= MAX_PURPOSE_WORDS;
    }
}
