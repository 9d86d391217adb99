package no.styringsdata.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import no.styringsdata.platform.query.Where;
import no.styringsdata.platform.rest.Page;
import no.styringsdata.platform.rest.PageRequest;

/** Reads the audit log, newest first. */
@ApplicationScoped
public class AuditEntries {

    @Inject
    ObjectMapper json;

    /** One page of the entries about {@code targetType}'s {@code targetId}; a null filter matches all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditEntryView> list(String targetType, String targetId, PageRequest paging) {
        Where where = Where.start("1 = 1")
                .and("targetType = :type", "type", targetType)
                .and("targetId = :id", "id", targetId);
        long total = AuditEntry.count(where.toString(), where.parameters());
        List<AuditEntryView> rows = AuditEntry.<AuditEntry>find(where + " order by id desc", where.parameters())
                .range(paging.offset(), paging.offset() + paging.size - 1).list().stream()
                .map(this::view).toList();
        return new Page<>(rows, total);
    }

    private AuditEntryView view(AuditEntry entry) {
        return new AuditEntryView(entry.id, entry.occurredAt, entry.subject, entry.action, entry.targetType,
                entry.targetId, parse(entry.before), parse(entry.after), entry.requestId);
    }

    private JsonNode parse(String stored) {
        try {
            return stored == null ? null : json.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the audit log holds JSON it wrote itself", e);
        }
    }
}
