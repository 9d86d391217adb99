package no.styringsdata.indicator.importer;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The kinds of document the indicator importer reads, and how to tell them apart. */
public enum IndicatorDocumentKind {
    /** Tildelingsbrev: sets the goals, steering parameters and key figures of a year. */
    ALLOCATION_LETTER("tildelingsbrev"),
    /** Årsrapport: reports results for them. */
    ANNUAL_REPORT("arsrapport");

    /** {@code 3.1.1. Styringsparametere}, {@code 3.4.2 Nøkkeltall}: the letter's subsections of a goal. */
    private static final Pattern LETTER_SUBSECTION = Pattern.compile(
            "(?m)^\\s*\\d+\\.\\d+\\.\\d+\\.?\\s+(?:Styringsparametere|Nøkkeltall)\\s*$");
    /** {@code Nøkkeltall 3: ...}, {@code Styringsparameter 1: ...}: the report's result headings. */
    private static final Pattern REPORT_RESULT_HEADING = Pattern.compile(
            "(?m)^\\s*(?:Nøkkeltall|Styringsparameter)\\s+\\d+\\s*:");

    private final String wireName;

    IndicatorDocumentKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /**
     * Tells which kind of indicator document the text is, by its structure: a letter has goal
     * subsections named Styringsparametere/Nøkkeltall and calls itself a tildelingsbrev; a report
     * has numbered result headings and calls itself an årsrapport. Empty for anything else
     * (a supplementary letter without goals, a budget proposition, garbage).
     */
    public static Optional<IndicatorDocumentKind> detect(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        long letterSubsections = LETTER_SUBSECTION.matcher(text).results().count();
        long reportHeadings = REPORT_RESULT_HEADING.matcher(text).results().count();
        boolean letter = letterSubsections > 0 && lower.contains("tildelingsbrev");
        boolean report = reportHeadings > 0 && lower.contains("årsrapport");
        if (letter && (!report || letterSubsections >= reportHeadings)) {
            return Optional.of(ALLOCATION_LETTER);
        }
        return report ? Optional.of(ANNUAL_REPORT) : Optional.empty();
    }
}
