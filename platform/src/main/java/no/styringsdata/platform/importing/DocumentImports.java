package no.styringsdata.platform.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.function.Function;
import no.styringsdata.platform.audit.AuditLog;
import no.styringsdata.platform.problem.Problems;
import no.styringsdata.platform.scope.AgencyEntity;
import no.styringsdata.platform.scope.ImportParams;
import no.styringsdata.platform.scope.ScopeRegistry;
import no.styringsdata.reader.DocumentReader;
import no.styringsdata.reader.ReadDocument;
import no.styringsdata.reader.identity.DocumentIdentity;

/**
 * The one path of an import, the same in every service: refuse an empty body, read the document (its kind, ministry,
 * agency and year, completed by the parameters), parse it with the service's parser, then store it when the imports
 * before it are done ({@link ImportLock}); measured and logged by {@link ImportMetrics}. Reading and parsing are pure
 * and run at once; a text they cannot read is a 422 ({@link DocumentParsing}). The store begins with {@link #begin} and
 * ends with {@link #audit}.
 */
@ApplicationScoped
public class DocumentImports {

    @Inject
    ImportMetrics metrics;

    @Inject
    ImportLock lock;

    @Inject
    ScopeRegistry scopes;

    @Inject
    AuditLog audit;

    /** Stores what was parsed, in one transaction: a service's {@code @Transactional} method. */
    @FunctionalInterface
    public interface Store<P> {
        ImportReport store(ReadDocument document, P parsed, String text, long parseMillis);
    }

    public <P> ImportReport run(ImportParams params, String text, Function<ReadDocument, P> parse, Store<P> store) {
        return metrics.measure(params.kind, () -> {
            if (text == null || text.isBlank()) {
                throw Problems.invalidField("body", "body", "the document text is empty");
            }
            long started = System.nanoTime();
            ReadDocument document = DocumentParsing.parseOr422("the text",
                    () -> DocumentReader.read(text, params.hints()));
            P parsed = DocumentParsing.parseOr422(name(document), () -> parse.apply(document));
            long parseMillis = (System.nanoTime() - started) / 1_000_000;
            return lock.serialised(() -> store.store(document, parsed, text, parseMillis));
        });
    }

    /**
     * First in a store's transaction: waits for the imports of other replicas (what is read next is what the one
     * before committed), then registers the document's ministry and agency. Returns the agency, null for none.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AgencyEntity begin(DocumentIdentity identity) {
        lock.lockDatabase();
        String agency = scopes.register(identity);
        return agency == null ? null : AgencyEntity.findById(agency);
    }

    /** Keeps an import that changed anything in the audit log, with {@code summary} as what it did. */
    public void audit(ImportReport report, String targetType, String targetId, Object summary) {
        if (report.changed()) {
            audit.record("import", targetType, targetId, null, summary);
        }
    }

    private static String name(ReadDocument document) {
        return "the " + document.identity().kind().label() + " \"" + document.identity().title() + "\"";
    }
}
