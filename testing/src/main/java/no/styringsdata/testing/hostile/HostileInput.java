package no.styringsdata.testing.hostile;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import javax.sql.DataSource;
import no.styringsdata.testing.DatabaseChecksum;

/**
 * Sends a service hostile requests generated for every operation of its OpenAPI document, one at a
 * time over one keep-alive connection, and checks each answer ({@link ResponseChecks}) and that no
 * rejected write changed the database ({@link DatabaseChecksum}, taken around writes only). The
 * seed makes a run repeatable; {@code -Dhostile.seed=...} tries another.
 */
public final class HostileInput {

    private static final System.Logger LOG = System.getLogger(HostileInput.class.getName());

    /**
     * A body from which size on the server may answer (400, 401) before reading it all and close the
     * connection: the client, still sending, then loses the answer. Counted, not a violation.
     */
    private static final int CUT_OFF_BODY = 512 * 1024;

    private final String service;
    private final URI base;
    private final String openApiPath;
    private String editorToken;
    private String otherRoleToken;
    private DatabaseChecksum database;
    private List<String> documents = List.of();
    private final Map<String, List<String>> known = new LinkedHashMap<>();
    private int requests = 10_000;
    private long seed;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    private HostileInput(String service, URI base, String openApiPath) {
        this.service = service;
        this.base = base;
        this.openApiPath = openApiPath;
    }

    /** Hostile input for the service at {@code base}, whose OpenAPI document (JSON) is at {@code openApiPath}. */
    public static HostileInput against(String service, URI base, String openApiPath) {
        return new HostileInput(service, base, openApiPath);
    }

    /** A token with the service's editor role (most requests carry it, so writes reach validation), and one with another role. */
    public HostileInput tokens(String editor, String otherRole) {
        this.editorToken = editor;
        this.otherRoleToken = otherRole;
        return this;
    }

    public HostileInput database(DataSource dataSource) {
        this.database = new DatabaseChecksum(dataSource);
        return this;
    }

    /** Real documents, broken for the importers (cut, shuffled, re-encoded, ...). */
    public HostileInput documents(List<String> documents) {
        this.documents = List.copyOf(documents);
        return this;
    }

    /** Values that exist in the data, for parameters and body properties of this name, so requests reach deep code. */
    public HostileInput known(String name, String... values) {
        known.put(name, List.of(values));
        return this;
    }

    public HostileInput requests(int requests, long seed) {
        this.requests = requests;
        this.seed = Long.getLong("hostile.seed", seed);
        return this;
    }

    public HostileReport run() throws IOException, InterruptedException {
        Objects.requireNonNull(editorToken, "tokens");
        Objects.requireNonNull(database, "database");
        List<Operation> operations = OpenApiOperations.of(new ObjectMapper().readTree(get(openApiPath)));
        HostileRequests generator = new HostileRequests(base, new HostileRequests.Tokens(editorToken, otherRoleToken),
                known, documents.isEmpty() ? List.of("") : documents);
        LOG.log(System.Logger.Level.INFO, "{0}: {1} hostile requests over {2} operations, seed {3,number,#}",
                service, requests, operations.size(), seed);
        Random random = new Random(seed);
        HostileReport report = new HostileReport(service, seed);
        long start = System.nanoTime();
        String data = database.current();
        for (int i = 0; i < requests; i++) {
            Operation operation = operations.get(random.nextInt(operations.size()));
            long started = System.nanoTime();
            HostileRequests.Generated request = generator.next(operation, random);
            int status = send(request, report, i);
            if (operation.writes()) {
                String after = database.current();
                if (status < 200 || status >= 300) {
                    report.rejectedWrite();
                    if (!after.equals(data)) {
                        report.violation("rejected write changed the database", "#" + i + " " + request + " -> " + status);
                    }
                }
                data = after;
            }
            report.timed(operation, (System.nanoTime() - started) / 1_000_000);
        }
        report.took((System.nanoTime() - start) / 1_000_000);
        return report;
    }

    /** Sends one request and checks its answer; the status, or -1 when there was none. */
    private int send(HostileRequests.Generated request, HostileReport report, int index) throws InterruptedException {
        HttpResponse<String> response;
        try {
            response = sendOnce(request.request());
        } catch (IOException e) {
            report.unanswered();
            if (request.bodyLength() < CUT_OFF_BODY) {
                report.violation("no answer", "#" + index + " " + request + ": " + e);
            }
            return -1;
        }
        report.answered(response.statusCode());
        String violation = ResponseChecks.violationOf(response);
        if (violation != null) {
            report.violation(violation, "#" + index + " " + request + " -> " + response.statusCode() + " "
                    + response.headers().firstValue("Content-Type").orElse("(no type)") + ": " + HostileRequests.abbreviate(response.body(), 400));
        }
        return response.statusCode();
    }

    /**
     * The server may close a keep-alive connection between two requests; the client may already
     * have sent the next request on it, and it resends only GETs by itself. So a request that got no
     * answer is sent once more, on a fresh connection: a server that really drops it drops it again.
     */
    private HttpResponse<String> sendOnce(HttpRequest request) throws IOException, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException closedConnection) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no OpenAPI document at " + path + ": " + response.statusCode());
        }
        return response.body();
    }
}
