package no.styringsdata.indicator.importer;

import java.math.BigDecimal;
import no.styringsdata.indicator.domain.Period;
import no.styringsdata.indicator.domain.ValueUnit;
import no.styringsdata.reader.text.SourceLine;

/**
 * One reported value of an indicator.
 *
 * @param value the number, in {@code unit}; null when the report gives only prose
 * @param unit null exactly when value is null
 * @param breakdown what part the value is for (e.g. {@code POBO}, {@code Innbyggere: Andel
 *     telefonsamtaler besvart ...}); null when it is for the whole
 * @param note the sentence or line the value was read from; for prose-only results the whole
 *     result text
 * @param source the line the number (or the result text) starts on
 */
public record ParsedIndicatorValue(
        IndicatorRef indicator,
        Period period,
        BigDecimal value,
        ValueUnit unit,
        String breakdown,
        ValueOrigin origin,
        String note,
        SourceLine source) {
}
