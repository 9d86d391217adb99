package no.styringsdata.indicator.importer;

/**
 * Identifies an indicator within one parsed document.
 *
 * @param goal the goal's number in that document, or null for the agency's own key figures
 *     (Tabell 2-4 of the annual report), which belong to no goal
 * @param number the number the document gives it ({@code Nøkkeltall 3}), or its position in the
 *     letter's bullet list or the table's rows
 */
public record IndicatorRef(Integer goal, IndicatorKind kind, int number) {
}
