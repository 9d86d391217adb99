package no.styringsdata.assignment.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Where an assignment stands; every assignment starts as {@link #NOT_STARTED} when its letter is imported. */
public enum AssignmentStatus {
    NOT_STARTED("not_started"),
    IN_PROGRESS("in_progress"),
    DELIVERED("delivered"),
    DELAYED("delayed"),
    CANCELLED("cancelled");

    private final String wireName;

    AssignmentStatus(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** Delivered and cancelled assignments have no deadline left to meet. */
    public boolean isOpen() {
        return this != DELIVERED && this != CANCELLED;
    }

    public static Optional<AssignmentStatus> fromWireName(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName.equalsIgnoreCase(name)).findFirst();
    }

    public static String wireNames() {
        return Arrays.stream(values()).map(AssignmentStatus::wireName).collect(Collectors.joining(", "));
    }
}
