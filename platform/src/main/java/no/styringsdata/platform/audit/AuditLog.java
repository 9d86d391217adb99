package no.styringsdata.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Records writes in the service's own audit log, in the writer's transaction: a write that rolls
 * back leaves no audit entry, and an audited write cannot commit without one.
 */
@ApplicationScoped
public class AuditLog {

    public static final String REQUEST_ID_HEADER = "X-Request-Id";

    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentVertxRequest request;

    @Inject
    ObjectMapper json;

    /** Records that the current caller did {@code action} to a record; {@code before} is null for a creation. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String targetType, String targetId, Object before, Object after) {
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = Instant.now();
        entry.subject = subject();
        entry.action = action;
        entry.targetType = targetType;
        entry.targetId = targetId;
        entry.before = toJson(before);
        entry.after = toJson(after);
        entry.requestId = requestId();
        entry.persist();
    }

    /** Who is calling: the bearer token's subject, or {@code anonymous}. */
    public String subject() {
        return identity == null || identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    private String requestId() {
        RoutingContext context = request.getCurrent();
        String id = context == null ? null : context.request().getHeader(REQUEST_ID_HEADER);
        return id == null || id.length() > 100 ? null : id;
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an audit snapshot must serialise", e);
        }
    }
}
