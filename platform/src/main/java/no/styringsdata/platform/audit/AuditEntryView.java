package no.styringsdata.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import no.styringsdata.platform.openapi.Bounds;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One audited write: who (the token's subject), when, what, and the record before and after.")
public record AuditEntryView(
        @Schema(example = "42", minimum = Bounds.ID_MIN, maximum = Bounds.LONG_MAX) long id,
        Instant occurredAt,
        @Schema(example = "hod-saksbehandler") String subject,
        @Schema(description = "`create`, `update`, `import` or `status-change`", example = "update", pattern = WORDS,
                maxLength = 40) String action,
        @Schema(description = "The kind of record, e.g. `chapter`, `value`, `document`", example = "chapter", pattern = WORDS,
                maxLength = 40) String targetType,
        @Schema(example = "740") String targetId,
        @Schema(description = "The record before the write; null for a creation", nullable = true) JsonNode before,
        @Schema(description = "The record after the write", nullable = true) JsonNode after,
        @Schema(description = "The request's `X-Request-Id`", nullable = true, pattern = "^[A-Za-z0-9._:-]+$", maxLength = 100)
        String requestId) {

    /** The actions and kinds of record the services write: lower-case words joined by hyphens. */
    static final String WORDS = "^[a-z]+(-[a-z]+)*$";
}
