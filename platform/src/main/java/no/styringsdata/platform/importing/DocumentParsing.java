package no.styringsdata.platform.importing;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.util.function.Supplier;
import no.styringsdata.platform.problem.Problems;
import no.styringsdata.reader.identity.IdentityException;
import no.styringsdata.reader.text.DocumentFormatException;
import org.jboss.logging.Logger;

/**
 * Parse or 422: a document the reader or a parser cannot read is the caller's problem, answered 422 naming the
 * document, with the reader's failure logged and chained as the cause. Anything else a parser throws is a bug
 * of ours and goes on to be a 500, logged at ERROR by the problem mappers: it must not pass for a bad document.
 */
public final class DocumentParsing {

    private static final Logger LOG = Logger.getLogger(DocumentParsing.class);

    private DocumentParsing() {
    }

    /**
     * Runs {@code parse} on the document that {@code document} names (e.g. "the tildelingsbrev \"Tildelingsbrev
     * 2025\"", or "the text" before its kind is known). An {@link IdentityException} passes as it is: it names the
     * import parameter at fault, and its mapper says which.
     */
    public static <T> T parseOr422(String document, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IdentityException e) {
            throw e;
        } catch (DocumentFormatException e) {
            LOG.warnf(e, "Could not read %s", document);
            HttpProblem problem = Problems.unreadableDocument("Could not read " + document + ": " + e.getMessage(),
                    e.line());
            problem.initCause(e);
            throw problem;
        }
    }
}
