package no.styringsdata.platform.wire;

import jakarta.persistence.AttributeConverter;

/**
 * Stores a {@link WireNamed} enum by its wire name, as the schemas' check constraints expect. A service's
 * converter is one line: {@code @Converter public class StageConverter extends WireNamedAttributeConverter<Stage>}
 * with a constructor naming the enum.
 */
public abstract class WireNamedAttributeConverter<E extends WireNamed> implements AttributeConverter<E, String> {

    private final Class<E> type;

    protected WireNamedAttributeConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : value.wireName();
    }

    @Override
    public E convertToEntityAttribute(String name) {
        return name == null ? null : WireNamed.lookup(type, name).orElseThrow(() -> new IllegalStateException(
                "unknown " + type.getSimpleName() + " in database: " + name));
    }
}
