package no.styringsdata.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One audited write: who (the token's subject), when, what, and the record before and after.")
public record AuditEntryView(
        @Schema(example = "42") long id,
        Instant occurredAt,
        @Schema(example = "hod-saksbehandler") String subject,
        @Schema(example = "update") String action,
        @Schema(example = "chapter") String targetType,
        @Schema(example = "740") String targetId,
        @Schema(description = "The record before the write; null for a creation", nullable = true) JsonNode before,
        @Schema(description = "The record after the write", nullable = true) JsonNode after,
        @Schema(nullable = true) String requestId) {
}
