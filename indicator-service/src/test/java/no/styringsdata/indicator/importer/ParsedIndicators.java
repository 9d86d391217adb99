package no.styringsdata.indicator.importer;

import java.util.List;

/** What the parser tests look up in a parsed document. */
final class ParsedIndicators {

    private ParsedIndicators() {
    }

    /** The document's indicators of this kind under goal number {@code goal}, in document order. */
    static List<ParsedIndicator> ofGoal(ParsedIndicatorDocument document, int goal, IndicatorKind kind) {
        return document.indicators().stream()
                .filter(i -> i.goal() != null && i.goal() == goal && i.kind() == kind)
                .toList();
    }
}
