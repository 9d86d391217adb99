package no.styringsdata.assignment.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import no.styringsdata.assignment.domain.AssignmentStatus;

/** Stores a status by its wire name, as the schema's check constraints expect. */
@Converter
public class AssignmentStatusConverter implements AttributeConverter<AssignmentStatus, String> {

    @Override
    public String convertToDatabaseColumn(AssignmentStatus status) {
        return status == null ? null : status.wireName();
    }

    @Override
    public AssignmentStatus convertToEntityAttribute(String name) {
        return name == null ? null : AssignmentStatus.fromWireName(name)
                .orElseThrow(() -> new IllegalStateException("unknown status in database: " + name));
    }
}
