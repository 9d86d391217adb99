package no.styringsdata.platform.importing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import no.styringsdata.reader.DocumentKind;
import no.styringsdata.reader.text.DocumentFormatException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The meters of a service's imports, by service, document kind and outcome ({@code changed}, {@code unchanged},
 * {@code rejected}: the document or a parameter was refused, 4xx; {@code failed}: anything else, e.g. the database):
 * <ul>
 * <li>{@code styringsdata_imports_seconds} (count, sum, max): imports and their duration;</li>
 * <li>{@code styringsdata_import_rows_total}: what imports read from their documents (the counts of the report's
 * sections: rows, assignments, goals, values, …; tables are not counted);</li>
 * <li>{@code styringsdata_import_warnings_total}: what they could not read.</li>
 * </ul>
 * Each import also writes one log line, which carries the request and trace ids.
 */
@ApplicationScoped
public class ImportMetrics {

    private static final Logger LOG = Logger.getLogger(ImportMetrics.class);
    private static final String UNKNOWN_KIND = "unknown";

    private final MeterRegistry registry;
    private final String service;

    ImportMetrics(MeterRegistry registry, @ConfigProperty(name = "quarkus.application.name") String service) {
        this.registry = registry;
        this.service = service;
    }

    /**
     * Runs an import and measures it. {@code hintedKind} (the {@code kind} parameter, may be null) names the kind of
     * a document that fails before its report says what it is.
     */
    public ImportReport measure(String hintedKind, Supplier<ImportReport> importing) {
        long start = System.nanoTime();
        ImportReport report;
        try {
            report = importing.get();
        } catch (RuntimeException e) {
            String kind = DocumentKind.fromWireName(hintedKind == null ? "" : hintedKind.strip())
                    .map(DocumentKind::wireName).orElse(UNKNOWN_KIND);
            String outcome = isRejection(e) ? "rejected" : "failed";
            long millis = record(kind, outcome, start);
            LOG.infof("Import of %s %s after %d ms: %s", kind, outcome, millis, e.getClass().getSimpleName());
            throw e;
        }
        String kind = report.kind() == null ? UNKNOWN_KIND : report.kind();
        String outcome = report.changed() ? "changed" : "unchanged";
        long millis = record(kind, outcome, start);
        long rows = rows(report);
        int warnings = report.warnings().size();
        counter("styringsdata.import.rows", "What imports read from their documents", kind).increment(rows);
        counter("styringsdata.import.warnings", "What imports could not read", kind).increment(warnings);
        LOG.infof("Import of %s %s in %d ms: %d rows, %d warnings", kind, outcome, millis, rows, warnings);
        return report;
    }

    /** What was read, by the report's sections: everything counted there but tables. */
    private static long rows(ImportReport report) {
        return report.sections().stream().flatMap(section -> section.found().entrySet().stream())
                .filter(found -> !found.getKey().equals("tables"))
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** Records the import's duration; returns it in milliseconds. */
    private long record(String kind, String outcome, long start) {
        long nanos = System.nanoTime() - start;
        Timer.builder("styringsdata.imports")
                .description("Imports by service, document kind and outcome")
                .tag("service", service).tag("kind", kind).tag("outcome", outcome)
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
        return nanos / 1_000_000;
    }

    private Counter counter(String name, String description, String kind) {
        return Counter.builder(name).description(description)
                .tag("service", service).tag("kind", kind)
                .register(registry);
    }

    /** Whether the exception is answered 4xx: the request was refused, the service did not fail. */
    private static boolean isRejection(RuntimeException e) {
        if (e instanceof HttpProblem problem) {
            return problem.getStatusCode() < 500;
        }
        if (e instanceof WebApplicationException web) {
            return web.getResponse().getStatus() < 500;
        }
        return e instanceof ValidationException || e instanceof DocumentFormatException;
    }
}
