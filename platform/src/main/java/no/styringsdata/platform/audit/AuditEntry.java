package no.styringsdata.platform.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import no.styringsdata.platform.entity.IdentityKeyEntity;

/** One write through the API: who did what to which record, and the record before and after (JSON). */
@Entity
@Table(name = "audit_log")
public class AuditEntry extends IdentityKeyEntity {

    public Instant occurredAt;

    /** The token's subject (principal name). */
    public String subject;

    public String action;

    public String targetType;

    public String targetId;

    public String before;

    public String after;

    public String requestId;
}
