package no.styringsdata.budget.importer;

/**
 * A check of what was read against the document's own totals, e.g. a chapter's posts against its
 * {@code Sum kap.} line.
 */
public record SelfCheck(String subject, boolean passed, String detail, int line) {
}
