package no.styringsdata.budget.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import no.styringsdata.budget.domain.Stage;
import no.styringsdata.platform.scope.AgencyEntity;
import org.hibernate.annotations.Immutable;

/**
 * The sum of the amounts of a group: everything the aggregations group or filter by but the chapter. Kept by
 * triggers in the transaction of every write (V21__amount_sums.sql); read only.
 */
@Entity
@Immutable
public class AmountSum extends PanacheEntityBase {

    @Id
    public Long id;

    public int year;

    @Convert(converter = StageConverter.class)
    public Stage stage;

    /** Null: the state budget's own figures. */
    @ManyToOne(fetch = FetchType.LAZY)
    public AgencyEntity agency;

    @ManyToOne(fetch = FetchType.LAZY)
    public ProgramCategory category;

    public String ministryCode;

    /** Whether the amounts are of revenue chapters (kap. 3000 and up). */
    public boolean revenue;

    public int postNumber;

    public long amountNok;

    public long amounts;
}
