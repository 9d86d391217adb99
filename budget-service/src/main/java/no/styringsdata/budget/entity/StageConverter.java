package no.styringsdata.budget.entity;

import jakarta.persistence.Converter;
import no.styringsdata.budget.domain.Stage;
import no.styringsdata.platform.wire.WireNamedAttributeConverter;

/** Stores a stage by its Norwegian wire name, as the schema's check constraint expects. */
@Converter
public class StageConverter extends WireNamedAttributeConverter<Stage> {

    public StageConverter() {
        super(Stage.class);
    }
}
