package no.styringsdata.platform.changes;

import java.net.URI;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Change", description = "The latest change of one resource since the cursor")
public record ChangeView(
        @Schema(description = "`created`, `changed` (read it again) or `removed` (its URL now answers 404)",
                enumeration = {"created", "changed", "removed"}, example = "changed", required = true) String action,
        @Schema(description = "The kind of resource, as the service names it", example = "chapter", required = true,
                maxLength = ChangeView.TYPE_LENGTH) String type,
        @Schema(description = "The resource's id within its type", example = "740", required = true) String id,
        @Schema(description = "Where to read the resource (a list, for resources read as part of one)",
                example = "https://styringsdata.no/api/budget/chapters/740", required = true) URI url,
        @Schema(description = "When the change was committed", example = "2026-03-02T10:15:30.123Z", required = true)
        OffsetDateTime changedAt) {

    /** The longest type: the column {@code change_log.record_type} is {@code VARCHAR(40)}. */
    static final int TYPE_LENGTH = 40;
}
