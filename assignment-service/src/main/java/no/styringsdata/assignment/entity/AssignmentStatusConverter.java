package no.styringsdata.assignment.entity;

import jakarta.persistence.Converter;
import no.styringsdata.assignment.domain.AssignmentStatus;
import no.styringsdata.platform.wire.WireNamedAttributeConverter;

/** Stores every status attribute by its wire name, as the schema's check constraints expect. */
@Converter(autoApply = true)
public class AssignmentStatusConverter extends WireNamedAttributeConverter<AssignmentStatus> {

    public AssignmentStatusConverter() {
        super(AssignmentStatus.class);
    }
}
