package no.styringsdata.platform.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Function;
import no.styringsdata.platform.problem.Problems;
import no.styringsdata.platform.scope.ImportParams;
import no.styringsdata.reader.DocumentReader;
import no.styringsdata.reader.ReadDocument;

/**
 * The one path of an import, the same in every service: refuse an empty body, read the document (its kind, ministry,
 * agency and year, completed by the parameters), parse it with the service's parser, then store it when the imports
 * before it are done ({@link ImportLock}); measured and logged by {@link ImportMetrics}. Reading and parsing are pure
 * and run at once; a text they cannot read is a 422 ({@link DocumentParsing}).
 */
@ApplicationScoped
public class DocumentImports {

    @Inject
    ImportMetrics metrics;

    @Inject
    ImportLock lock;

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

    private static String name(ReadDocument document) {
        return "the " + document.identity().kind().label() + " \"" + document.identity().title() + "\"";
    }
}
