package no.styringsdata.assignment.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import no.styringsdata.platform.wire.WireNamed;

/** Where an assignment stands; every assignment starts as {@link #NOT_STARTED} when its letter is imported. */
public enum AssignmentStatus implements WireNamed {
    NOT_STARTED,
    IN_PROGRESS,
    DELIVERED,
    DELAYED,
    CANCELLED;

    @Override
    @JsonValue
    public String wireName() {
        return WireNamed.lowerCaseName(this);
    }

    /** Delivered and cancelled assignments have no deadline left to meet. */
    public boolean isOpen() {
        return this != DELIVERED && this != CANCELLED;
    }
}
