package no.styringsdata.assignment.entity;

import jakarta.persistence.Converter;
import no.styringsdata.assignment.domain.AssignmentStatus;
import no.styringsdata.platform.wire.WireNamedAttributeConverter;

/** Stores a status by its wire name, as the schema's check constraints expect. */
@Converter
public class AssignmentStatusConverter extends WireNamedAttributeConverter<AssignmentStatus> {

    public AssignmentStatusConverter() {
        super(AssignmentStatus.class);
    }
}
