package no.styringsdata.testing.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import no.styringsdata.testing.DatabaseChecksum;

/**
 * Requests over a server's limits, sent as plain clients send them (java.net.http, HttpURLConnection,
 * a raw socket), and what each got back: every one must be answered with a problem+json 413, 414 or
 * 431 that the client can read, and none may write anything. {@link #check()} runs them all.
 */
public final class OversizeRequests {

    private static final System.Logger LOG = System.getLogger(OversizeRequests.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROBLEM_JSON = "application/problem+json";
    public static final int KB = 1024;
    public static final int MB = 1024 * KB;
    /** Over every body limit we have (imports: 20 MB). */
    public static final int BODY = 25 * MB;
    public static final int URI_BYTES = 20 * KB;
    /** Over the 128 KiB all header fields may have together. */
    public static final int HEADER_BYTES = 160 * KB;
    /** One header field of this size (a large bearer token) must still be admitted. */
    public static final int ONE_LARGE_HEADER = 100 * KB;

    private final URI base;
    private final String writePath;
    private String token;
    private long bodyLimit;
    private DatabaseChecksum database;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    private OversizeRequests(URI base, String writePath) {
        this.base = base;
        this.writePath = writePath;
    }

    /** Requests to the server at {@code base}; bodies go to {@code writePath} (e.g. the imports). */
    public static OversizeRequests against(URI base, String writePath) {
        return new OversizeRequests(base, writePath);
    }

    /** A token allowed to write, so that only the limits stand between a request and the database. */
    public OversizeRequests token(String token) {
        this.token = token;
        return this;
    }

    /** The body limit the problem's detail must name, in bytes. */
    public OversizeRequests bodyLimit(long bytes) {
        this.bodyLimit = bytes;
        return this;
    }

    /** The database that must be unchanged by every refused request. */
    public OversizeRequests database(DataSource dataSource) {
        this.database = new DatabaseChecksum(dataSource);
        return this;
    }

    /** What a client got: status, content type and body, and how long it took. */
    public record Answer(String request, int status, String contentType, String body, long millis) {

        /** The problem's {@code status}, or -1 when the body is not a JSON object with one. */
        int problemStatus() {
            try {
                JsonNode problem = JSON.readTree(body);
                return problem == null ? -1 : problem.path("status").asInt(-1);
            } catch (IOException notJson) {
                return -1;
            }
        }

        /** Why this is not the problem+json {@code status} whose detail names {@code limit}, or null when it is. */
        public String notProblem(int expected, long limit) {
            if (status != expected || contentType == null || !contentType.startsWith(PROBLEM_JSON) || problemStatus() != expected
                    || !body.contains("\"type\"") || !body.contains("\"title\"") || (limit > 0 && !body.contains(Long.toString(limit)))) {
                return request + ": expected a problem+json " + expected + " naming " + limit + ", got " + this;
            }
            return null;
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + HostileRequests.abbreviate(body, 300) + " in " + millis + " ms";
        }
    }

    /**
     * Sends every oversize request and checks each answer; an {@link AssertionError} lists all that
     * failed. Returns a line with each answer's time, for the test's log.
     */
    public String check(long uriLimit, long headerLimit) throws IOException, InterruptedException {
        String before = database == null ? null : database.current();
        Map<String, Answer> answers = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        expect(failures, answers, "java.net.http 25 MB", post(BODY), 413, bodyLimit);
        expect(failures, answers, "HttpURLConnection 25 MB", postWithUrlConnection(BODY, false), 413, bodyLimit);
        expect(failures, answers, "HttpURLConnection chunked 25 MB", postWithUrlConnection(BODY, true), 413, bodyLimit);
        RawAnswer raw = postOnRawSocket(BODY, MB);
        expect(failures, answers, "raw socket 25 MB", raw.answer(), 413, bodyLimit);
        if (!raw.answeredBeforeTheBodyWasSent() || !raw.restSent() || !raw.closedAfterwards()) {
            failures.add("raw socket: the 413 must come while the body is still being sent, the rest be taken, then the "
                    + "connection closed: " + raw);
        }
        RawAnswer expecting = postExpectingContinue(BODY);
        expect(failures, answers, "raw socket 25 MB, Expect: 100-continue", expecting.answer(), 413, bodyLimit);
        if (!expecting.closedAfterwards()) {
            failures.add("a client that waits for 100 Continue gets the 413 and then the connection closed: " + expecting);
        }
        String longQuery = "?q=" + "x".repeat(URI_BYTES);
        expect(failures, answers, "GET 20 KB URI", get(writePath + longQuery, Map.of()), 414, uriLimit);
        expect(failures, answers, "POST 20 KB URI, 1 MB body", send(writePath + longQuery, Map.of(), MB), 414, uriLimit);
        expect(failures, answers, "GET 160 KB headers", get(writePath, paddingHeaders(HEADER_BYTES)), 431, headerLimit);
        Answer largeToken = send(writePath, Map.of("Authorization", "Bearer " + "x".repeat(ONE_LARGE_HEADER)), 0);
        answers.put("100 KB bearer token", largeToken);
        if (largeToken.status() != 401 || largeToken.problemStatus() != 401) {
            failures.add("a 100 KB bearer token must reach the token check and be refused with a problem+json 401: " + largeToken);
        }
        if (database != null && !database.current().equals(before)) {
            failures.add("a refused request changed the database");
        }
        String figures = answers.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().status() + " " + e.getValue().millis() + " ms")
                .toList().toString();
        LOG.log(System.Logger.Level.INFO, "{0}: oversize requests answered: {1}; raw socket: {2}", base, figures, raw);
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join("\n", failures));
        }
        return figures;
    }

    private static void expect(List<String> failures, Map<String, Answer> answers, String name, Answer answer, int status, long limit) {
        answers.put(name, answer);
        String failure = answer.notProblem(status, limit);
        if (failure != null) {
            failures.add(name + ": " + failure);
        }
    }

    /** Header fields named {@code X-Padding-n}, of 8 KiB each, with {@code bytes} in all. */
    public static Map<String, String> paddingHeaders(int bytes) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 0; i * 8 * KB < bytes; i++) {
            headers.put("X-Padding-" + i, "p".repeat(8 * KB));
        }
        return headers;
    }

    /** A POST of {@code bytes} with Content-Length, through java.net.http. */
    public Answer post(long bytes) throws IOException, InterruptedException {
        return send(writePath, Map.of(), bytes);
    }

    /** A GET of {@code pathAndQuery} with these headers, through java.net.http. */
    public Answer get(String pathAndQuery, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + pathAndQuery))
                .timeout(Duration.ofSeconds(60)).GET();
        headers.forEach(request::header);
        return exchange("GET " + HostileRequests.abbreviate(pathAndQuery, 60), request.build());
    }

    private Answer send(String pathAndQuery, Map<String, String> headers, long bytes) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + pathAndQuery))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(bytes == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofInputStream(() -> new Zeros(bytes)), bytes));
        headers.forEach(request::header);
        if (token != null && !headers.containsKey("Authorization")) {
            request.header("Authorization", "Bearer " + token);
        }
        return exchange("POST " + HostileRequests.abbreviate(pathAndQuery, 60) + " (" + bytes + " bytes)", request.build());
    }

    private Answer exchange(String name, HttpRequest request) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(name, response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                response.body(), (System.nanoTime() - start) / 1_000_000);
    }

    /** A POST of {@code bytes} through HttpURLConnection, which sends the whole body before it reads the answer. */
    public Answer postWithUrlConnection(long bytes, boolean chunked) throws IOException {
        return postWithUrlConnection(new Zeros(bytes), bytes, chunked);
    }

    /** A chunked POST of this body (e.g. a real document, which must still be accepted), through HttpURLConnection. */
    public Answer postChunked(byte[] body) throws IOException {
        return postWithUrlConnection(new ByteArrayInputStream(body), body.length, true);
    }

    private Answer postWithUrlConnection(InputStream content, long bytes, boolean chunked) throws IOException {
        long start = System.nanoTime();
        HttpURLConnection connection = (HttpURLConnection) base.resolve(writePath).toURL().openConnection();
        try {
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setConnectTimeout(10_000);
            connection.setReadTimeout(60_000);
            connection.setRequestProperty("Content-Type", "text/plain; charset=UTF-8");
            if (token != null) {
                connection.setRequestProperty("Authorization", "Bearer " + token);
            }
            if (chunked) {
                connection.setChunkedStreamingMode(64 * KB);
            } else {
                connection.setFixedLengthStreamingMode(bytes);
            }
            try (OutputStream out = connection.getOutputStream(); InputStream in = content) {
                in.transferTo(out);
            }
            int status = connection.getResponseCode();
            InputStream body = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
            String text = body == null ? "" : new String(body.readAllBytes(), StandardCharsets.UTF_8);
            return new Answer("HttpURLConnection POST " + writePath + (chunked ? " chunked" : "") + " (" + bytes + " bytes)",
                    status, connection.getContentType(), text, (System.nanoTime() - start) / 1_000_000);
        } finally {
            connection.disconnect();
        }
    }

    /**
     * What a raw socket client got that announced {@code bytes} of body, sent {@code first} of them,
     * waited for the answer, then sent the rest: the answer, whether it came before the whole body
     * was sent, whether the rest could be sent, and whether the server then closed the connection
     * (an orderly end of stream, not a reset).
     */
    public record RawAnswer(Answer answer, boolean answeredBeforeTheBodyWasSent, boolean restSent, boolean closedAfterwards,
            long sentWhenAnswered) {
    }

    public RawAnswer postOnRawSocket(long bytes, long first) throws IOException, InterruptedException {
        long start = System.nanoTime();
        String head = head(bytes, "");
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            AtomicLong sent = new AtomicLong();
            CountDownLatch answered = new CountDownLatch(1);
            CompletableFuture<Boolean> sender = CompletableFuture.supplyAsync(() -> {
                try {
                    byte[] chunk = new byte[64 * KB];
                    while (sent.get() < bytes) {
                        if (sent.get() >= first && answered.getCount() > 0 && !answered.await(20, TimeUnit.SECONDS)) {
                            return false;
                        }
                        int length = (int) Math.min(chunk.length, bytes - sent.get());
                        out.write(chunk, 0, length);
                        sent.addAndGet(length);
                    }
                    out.flush();
                    return true;
                } catch (IOException | InterruptedException e) {
                    return false;
                }
            });
            Answer answer = readResponse(in, "raw socket POST " + writePath + " (" + bytes + " bytes announced)", start);
            long sentWhenAnswered = sent.get();
            answered.countDown();
            boolean restSent = sender.join();
            boolean closed = in.read() == -1;
            return new RawAnswer(answer, sentWhenAnswered < bytes, restSent, closed, sentWhenAnswered);
        }
    }

    /**
     * A raw socket client that announces {@code bytes} of body and waits for {@code 100 Continue}
     * before sending any (as the JDK's client does with {@code expectContinue}; its JDK 17 version
     * then hangs on a final answer with a body, JDK-8286171, so it is not used here).
     */
    public RawAnswer postExpectingContinue(long bytes) throws IOException {
        long start = System.nanoTime();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write(head(bytes, "Expect: 100-continue\r\n").getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            Answer answer = readResponse(in, "raw socket POST " + writePath + " (" + bytes + " bytes announced, 100-continue)", start);
            return new RawAnswer(answer, true, true, in.read() == -1, 0);
        }
    }

    private String head(long bytes, String extraHeaders) {
        return "POST " + writePath + " HTTP/1.1\r\n"
                + "Host: " + base.getHost() + ":" + base.getPort() + "\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                + extraHeaders
                + "Content-Length: " + bytes + "\r\n\r\n";
    }

    private static Answer readResponse(InputStream in, String name, long start) throws IOException {
        String statusLine = line(in);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            headers.put(header.substring(0, colon).strip().toLowerCase(Locale.ROOT), header.substring(colon + 1).strip());
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        return new Answer(name, status, headers.get("content-type"), body, (System.nanoTime() - start) / 1_000_000);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b == -1) {
                throw new IOException("connection closed before a whole response came: " + line);
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.US_ASCII).strip();
    }

    /** A body of {@code length} zero bytes (as text: NUL characters), made as it is read. */
    private static final class Zeros extends InputStream {

        private long left;

        Zeros(long length) {
            this.left = length;
        }

        @Override
        public int read() {
            if (left <= 0) {
                return -1;
            }
            left--;
            return 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            Arrays.fill(buffer, offset, offset + n, (byte) 0);
            left -= n;
            return n;
        }
    }

}
