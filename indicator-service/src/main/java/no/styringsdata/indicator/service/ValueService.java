package no.styringsdata.indicator.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.styringsdata.indicator.domain.Periods;
import no.styringsdata.indicator.dto.ValueInput;
import no.styringsdata.indicator.dto.ValueRow;
import no.styringsdata.indicator.entity.Indicator;
import no.styringsdata.indicator.entity.IndicatorValue;
import no.styringsdata.indicator.domain.Period;
import no.styringsdata.indicator.domain.ValueUnit;
import no.styringsdata.platform.audit.AuditLog;
import no.styringsdata.platform.problem.Problems;
import no.styringsdata.platform.write.KeyLocks;
import no.styringsdata.platform.write.Precondition;

/**
 * Adds and corrects values by hand. Each write records who and when and bumps the value's version
 * (its ETag), so that a writer who read an older version gets 412. Imports leave these values alone.
 *
 * <p>Every write locks the indicator first, so that writers of one indicator's values queue: of
 * writers who add a value for the same period and breakdown at once exactly one adds it, and each of
 * the others then finds it (200 with it if it sent the same, else 409 naming the key), never a unique
 * violation. The lock order is always indicator, then value, so writers cannot deadlock.
 */
@ApplicationScoped
public class ValueService {

    @Inject
    AuditLog audit;

    @Inject
    KeyLocks keys;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The outcome: whether anything was written (for an add: whether it was added), the value and its version. */
    public record Written(boolean changed, ValueRow value) {
    }

    private record Valid(Period period, BigDecimal value, ValueUnit unit, String breakdown, String note) {
    }

    @Transactional
    public Written add(long indicatorId, ValueInput input) {
        Valid valid = validate(input);
        Indicator indicator = Indicator.findById(indicatorId, LockModeType.PESSIMISTIC_WRITE);
        if (indicator == null) {
            throw Problems.notFound("No indicator " + indicatorId);
        }
        IndicatorValue existing = findValue(indicator, valid.period(), valid.breakdown());
        if (existing != null) {
            if (existing.enteredThroughApi() && sameAs(existing, valid)) {
                return new Written(false, IndicatorQueryService.valueRow(existing));
            }
            throw taken(indicatorId, valid, existing.id, "has a value for");
        }
        IndicatorValue value = new IndicatorValue();
        value.indicator = indicator;
        write(value, valid, audit.subject());
        value.persist();
        IndicatorValue.flush();
        ValueRow after = IndicatorQueryService.valueRow(value);
        audit.record("create", "value", String.valueOf(value.id), null, after);
        return new Written(true, after);
    }

    @Transactional
    public Written correct(long indicatorId, long valueId, ValueInput input, Long expectedVersion) {
        Valid valid = validate(input);
        IndicatorValue value = keys.lockAndCheck("value", String.valueOf(valueId),
                () -> lockedValue(indicatorId, valueId), v -> v.version, Precondition.ifMatch(expectedVersion),
                "value " + valueId);
        Period current = Periods.of(value.periodYear, value.periodKind, value.periodPart);
        boolean moves = !current.equals(valid.period()) || !Objects.equals(value.breakdown, valid.breakdown());
        IndicatorValue other = moves ? findValue(value.indicator, valid.period(), valid.breakdown()) : null;
        if (other != null) {
            throw taken(indicatorId, valid, other.id, "has another value for");
        }
        if (!moves && sameAs(value, valid)) {
            return new Written(false, IndicatorQueryService.valueRow(value));
        }
        ValueRow before = IndicatorQueryService.valueRow(value);
        write(value, valid, audit.subject());
        IndicatorValue.flush();
        ValueRow after = IndicatorQueryService.valueRow(value);
        audit.record("update", "value", String.valueOf(value.id), before, after);
        return new Written(true, after);
    }

    /**
     * The value, locked, after its indicator: the indicator so that a move to another period queues behind an
     * add to it (the lock order is always indicator, then value), the value so that two writers who both sent
     * the current version cannot both pass the check. 404 when either is missing.
     */
    private static IndicatorValue lockedValue(long indicatorId, long valueId) {
        Indicator indicator = Indicator.findById(indicatorId, LockModeType.PESSIMISTIC_WRITE);
        IndicatorValue value = indicator == null ? null : IndicatorValue.findById(valueId, LockModeType.PESSIMISTIC_WRITE);
        if (value == null || value.indicator.id != indicatorId) {
            throw Problems.notFound("No value " + valueId + " of indicator " + indicatorId);
        }
        return value;
    }

    /** The indicator's value for a period and breakdown (null: the whole), or null. */
    private static IndicatorValue findValue(Indicator indicator, Period period, String breakdown) {
        return IndicatorValue.findByKey(indicator, period.year(), Periods.kindName(period.kind()), period.part(), breakdown);
    }

    private static boolean sameAs(IndicatorValue value, Valid valid) {
        return value.value != null && value.value.compareTo(valid.value()) == 0
                && Objects.equals(value.unit, valid.unit().wireName()) && Objects.equals(value.note, valid.note());
    }

    /** 409 naming the key (period and breakdown) that value {@code otherId} has. */
    private static RuntimeException taken(long indicatorId, Valid valid, long otherId, String has) {
        String key = valid.period().label() + (valid.breakdown() == null ? "" : " (" + valid.breakdown() + ")");
        String message = "indicator " + indicatorId + " has value " + otherId + " for this period and breakdown";
        List<Map<String, String>> fields = new ArrayList<>();
        fields.add(Problems.keyField("body", "period", message));
        if (valid.breakdown() != null) {
            fields.add(Problems.keyField("body", "breakdown", message));
        }
        return Problems.duplicateKey("Indicator " + indicatorId + " " + has + " " + key + " already: value " + otherId
                + "; correct that one with PUT on its URL instead", fields).build();
    }

    private static void write(IndicatorValue value, Valid valid, String user) {
        value.periodYear = valid.period().year();
        value.periodKind = Periods.kindName(valid.period().kind());
        value.periodPart = valid.period().part();
        value.value = valid.value();
        value.unit = valid.unit().wireName();
        value.breakdown = valid.breakdown();
        value.origin = IndicatorValue.API_ORIGIN;
        value.note = valid.note();
        value.source = IndicatorValue.API_ORIGIN;
        value.sourceLine = null;
        value.recordedBy = user;
        value.recordedAt = Instant.now();
    }

    /** The input (checked field by field by its annotations) with the rule that spans two fields checked. */
    private static Valid validate(ValueInput input) {
        Period period = Periods.parse(input.period()).orElseThrow(() ->
                new IllegalStateException("ValueInput.PERIOD let through " + input.period()));
        if (input.unit() == ValueUnit.PERCENT && (input.value().signum() < 0 || input.value().compareTo(HUNDRED) > 0)) {
            throw Problems.invalidField("body", "value", "a percentage must be between 0 and 100");
        }
        return new Valid(period, input.value(), input.unit(), blankToNull(input.breakdown()), blankToNull(input.note()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
