package no.styringsdata.budget.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import no.styringsdata.budget.domain.Stage;

/** Stores a stage by its Norwegian wire name, as the schema's check constraint expects. */
@Converter
public class StageConverter implements AttributeConverter<Stage, String> {

    @Override
    public String convertToDatabaseColumn(Stage stage) {
        return stage == null ? null : stage.wireName();
    }

    @Override
    public Stage convertToEntityAttribute(String name) {
        return name == null ? null : Stage.fromWireName(name)
                .orElseThrow(() -> new IllegalStateException("unknown stage in database: " + name));
    }
}
