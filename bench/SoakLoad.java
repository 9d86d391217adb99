// The load of bench/soak.sh: a steady rate of mixed reads and writes through the gateway, one import a
// minute, and per minute the status counts, latency percentiles, RSS of every service and the load
// average; at the end the least-squares slope of each. JDK only, run as a single-file program:
//
//   java bench/SoakLoad.java        (configured by SOAK_* environment variables; soak.sh sets them)
//
// Latency is measured from the moment a request was due, not from when it was sent, so a stall of the
// load generator or of the system counts against the system (no coordinated omission).

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Phaser;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

public class SoakLoad {

    record Call(String name, String method, String path, String body) {
        boolean write() {
            return !method.equals("GET");
        }
    }

    /** What one minute saw: latencies of completed calls (microseconds) and counts by outcome. */
    static final class Minute {
        final List<Long> micros = new ArrayList<>();
        final Map<String, Long> outcomes = new ConcurrentHashMap<>();
        long writes;
        final Map<String, Double> rssMb = new LinkedHashMap<>();
        String load = "";
        String imported = "";

        synchronized void record(String outcome, long latencyMicros, boolean write) {
            micros.add(latencyMicros);
            outcomes.merge(outcome, 1L, Long::sum);
            if (write) {
                writes++;
            }
        }

        synchronized double percentileMs(double p) {
            if (micros.isEmpty()) {
                return Double.NaN;
            }
            long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
            return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)] / 1000.0;
        }

        long count(String prefix) {
            return outcomes.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).mapToLong(Map.Entry::getValue).sum();
        }
    }

    static final String GATEWAY = env("SOAK_GATEWAY", "http://localhost:18080");
    static final String TOKEN = env("SOAK_TOKEN", "");
    static final int MINUTES = Integer.parseInt(env("SOAK_MINUTES", "20"));
    static final int RATE = Integer.parseInt(env("SOAK_RATE", "20"));
    static final int WRITE_EVERY = Integer.parseInt(env("SOAK_WRITE_EVERY", "10"));
    static final int WARMUP_SECONDS = Integer.parseInt(env("SOAK_WARMUP_SECONDS", "30"));
    /** Longer than the gateway's own timeout (10 s), so that its 504 is seen rather than the client giving up. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // no h2c upgrade: the gateway proxies HTTP/1.1
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(4, SoakLoad::daemon))
            .build();

    public static void main(String[] args) throws Exception {
        List<Call> reads = calls(env("SOAK_READS", ""), "GET");
        List<Call> writes = writes(env("SOAK_WRITES", ""));
        List<String[]> imports = Arrays.stream(env("SOAK_IMPORTS", "").split(","))
                .filter(s -> !s.isBlank()).map(s -> s.split("=", 2)).toList();
        Map<String, Long> pids = new LinkedHashMap<>();
        for (String entry : env("SOAK_PIDS", "").split(",")) {
            if (!entry.isBlank()) {
                pids.put(entry.split("=")[0], Long.parseLong(entry.split("=")[1]));
            }
        }
        if (reads.isEmpty() || writes.isEmpty() || TOKEN.isEmpty()) {
            throw new IllegalArgumentException("SOAK_READS, SOAK_WRITES and SOAK_TOKEN are required");
        }

        log("warm-up: %d s at %d requests/s (not counted)", WARMUP_SECONDS, RATE);
        run(reads, writes, WARMUP_SECONDS, new Minute[] {new Minute()}, null, Map.of());

        Minute[] minutes = new Minute[MINUTES];
        Arrays.setAll(minutes, i -> new Minute());
        log("soak: %d min at %d requests/s (1 in %d a write), one import a minute", MINUTES, RATE, WRITE_EVERY);
        run(reads, writes, MINUTES * 60, minutes, imports, pids);
        report(minutes, pids.keySet());
    }

    /** Sends calls at the steady rate for the given seconds; minute i of the run records into minutes[i]. */
    static void run(List<Call> reads, List<Call> writes, int seconds, Minute[] minutes, List<String[]> imports,
            Map<String, Long> pids) throws InterruptedException {
        long period = 1_000_000_000L / RATE;
        long total = (long) seconds * RATE;
        long start = System.nanoTime();
        AtomicLong next = new AtomicLong();
        Phaser inFlight = new Phaser(1);
        CountDownLatch done = new CountDownLatch(1);
        ScheduledExecutorService ticker = Executors.newScheduledThreadPool(2, SoakLoad::daemon);
        ticker.scheduleAtFixedRate(() -> {
            long n = next.getAndIncrement();
            if (n >= total) {
                done.countDown();
                return;
            }
            long due = start + n * period;
            Minute minute = minutes[(int) Math.min(minutes.length - 1, (due - start) / 60_000_000_000L)];
            Call call = n % WRITE_EVERY == WRITE_EVERY - 1 ? writes.get((int) (n / WRITE_EVERY % writes.size()))
                    : reads.get((int) (n % reads.size()));
            inFlight.register();
            CLIENT.sendAsync(request(call, n), HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                long micros = (System.nanoTime() - due) / 1000;
                Throwable cause = error instanceof java.util.concurrent.CompletionException ? error.getCause() : error;
                minute.record(cause != null ? "error " + cause.getClass().getSimpleName() : String.valueOf(response.statusCode()),
                        micros, call.write());
                inFlight.arriveAndDeregister();
            });
        }, 0, period, TimeUnit.NANOSECONDS);

        if (imports != null) {
            for (int m = 0; m < minutes.length; m++) {
                sleepUntil(start + m * 60_000_000_000L + 30_000_000_000L); // mid-minute
                String[] seed = imports.get(m % imports.size());
                minutes[m].imported = importSeed(seed[0], Path.of(seed[1]), minutes[m]);
                sleepUntil(start + (m + 1) * 60_000_000_000L);
                sample(minutes[m], pids);
                Minute minute = minutes[m];
                log("minute %d: %d calls, %d 5xx, %d errors, p50 %.1f ms, p99 %.1f ms, import %s, RSS %s, load %s",
                        m + 1, minute.micros.size(), minute.count("5"), minute.count("error"), minute.percentileMs(50),
                        minute.percentileMs(99), minute.imported, minute.rssMb, minute.load);
            }
        }
        done.await();
        ticker.shutdown();
        // the last calls may still be on their way; none takes longer than the timeout
        try {
            inFlight.awaitAdvanceInterruptibly(inFlight.arrive(), TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            log("WARNING: %d calls still unanswered after the timeout", inFlight.getUnarrivedParties());
        }
    }

    static HttpRequest request(Call call, long n) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(GATEWAY + call.path())).timeout(TIMEOUT);
        if (!call.write()) {
            return builder.GET().build();
        }
        String body = call.body().replace("{n}", String.valueOf(n));
        return builder.header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .method(call.method(), HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** Re-imports a seed document (idempotent) and records it in the minute; returns "status seconds". */
    static String importSeed(String prefix, Path document, Minute minute) {
        long t0 = System.nanoTime();
        String outcome;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(GATEWAY + prefix + "/imports"))
                    .timeout(Duration.ofSeconds(120))
                    .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "text/plain; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofFile(document)).build();
            outcome = String.valueOf(CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (IOException | InterruptedException e) {
            outcome = "error " + e.getClass().getSimpleName();
        }
        long micros = (System.nanoTime() - t0) / 1000;
        minute.outcomes.merge("import " + outcome, 1L, Long::sum);
        return String.format(Locale.ROOT, "%s:%s %s %.2fs", prefix.replace("/api/", ""), document.getFileName().toString().substring(0, 3),
                outcome, micros / 1e6);
    }

    static void sample(Minute minute, Map<String, Long> pids) {
        for (var pid : pids.entrySet()) {
            minute.rssMb.put(pid.getKey(), rssMb(pid.getValue()));
        }
        try {
            minute.load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            minute.load = "?";
        }
    }

    static double rssMb(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                    .mapToDouble(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024.0).findFirst().orElse(Double.NaN);
        } catch (IOException e) {
            return Double.NaN; // the process is gone
        }
    }

    static void report(Minute[] minutes, Iterable<String> services) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-4s %6s %6s %5s %5s %5s %8s %8s %8s %8s %5s", "min", "calls", "writes",
                "4xx", "5xx", "err", "p50 ms", "p95 ms", "p99 ms", "max ms", "load"));
        for (String service : services) {
            out.append(String.format(Locale.ROOT, " %9s", abbreviate(service)));
        }
        out.append("  import (status, seconds)\n");
        for (int m = 0; m < minutes.length; m++) {
            Minute minute = minutes[m];
            out.append(String.format(Locale.ROOT, "%-4d %6d %6d %5d %5d %5d %8.1f %8.1f %8.1f %8.1f %5s", m + 1,
                    minute.micros.size(), minute.writes, minute.count("4"), minute.count("5"), minute.count("error"),
                    minute.percentileMs(50), minute.percentileMs(95), minute.percentileMs(99), minute.percentileMs(100),
                    minute.load));
            for (String service : services) {
                out.append(String.format(Locale.ROOT, " %9.0f", minute.rssMb.getOrDefault(service, Double.NaN)));
            }
            out.append("  ").append(minute.imported).append('\n');
        }
        out.append("(RSS in MB at the end of each minute; load: 1-minute load average then)\n\n");

        long calls = Arrays.stream(minutes).mapToLong(m -> m.micros.size()).sum();
        Map<String, Long> outcomes = new java.util.TreeMap<>();
        for (Minute minute : minutes) {
            minute.outcomes.forEach((k, v) -> outcomes.merge(k, v, Long::sum));
        }
        long fiveXx = Arrays.stream(minutes).mapToLong(m -> m.count("5") + m.count("import 5")).sum();
        long errors = Arrays.stream(minutes).mapToLong(m -> m.count("error") + m.count("import error")).sum();
        out.append(String.format(Locale.ROOT, "calls: %d (%d imports); outcomes: %s%n", calls,
                outcomes.entrySet().stream().filter(e -> e.getKey().startsWith("import")).mapToLong(Map.Entry::getValue).sum(),
                outcomes));
        out.append(String.format(Locale.ROOT, "5xx: %d   connection errors and timeouts (> %d s): %d%n", fiveXx,
                TIMEOUT.toSeconds(), errors));
        out.append("slopes (least squares over the minutes; change over the run = slope x minutes):\n");
        slope(out, "latency p50", "ms", minutes, m -> m.percentileMs(50));
        slope(out, "latency p95", "ms", minutes, m -> m.percentileMs(95));
        slope(out, "latency p99", "ms", minutes, m -> m.percentileMs(99));
        for (String service : services) {
            slope(out, "RSS " + service, "MB", minutes, m -> m.rssMb.getOrDefault(service, Double.NaN));
        }
        System.out.print(out);
        System.out.printf(Locale.ROOT, "RESULT five_xx=%d errors=%d calls=%d%n", fiveXx, errors, calls);
    }

    static void slope(StringBuilder out, String what, String unit, Minute[] minutes,
            java.util.function.ToDoubleFunction<Minute> value) {
        double[] y = Arrays.stream(minutes).mapToDouble(value).toArray();
        int n = y.length;
        double meanY = Arrays.stream(y).average().orElse(Double.NaN);
        double slope = leastSquares(y);
        // the second half alone: growth that levels off (a heap reaching its size) is not a leak
        double secondHalf = leastSquares(Arrays.copyOfRange(y, n / 2, n));
        out.append(String.format(Locale.ROOT, "  %-32s %+9.3f %s/min   mean %9.1f %s   over the run %+7.1f %s (%+.1f %%)"
                        + "   second half %+9.3f %s/min%n",
                what, slope, unit, meanY, unit, slope * (n - 1), unit, 100 * slope * (n - 1) / meanY, secondHalf, unit));
    }

    static double leastSquares(double[] y) {
        int n = y.length;
        double meanX = (n - 1) / 2.0;
        double meanY = Arrays.stream(y).average().orElse(Double.NaN);
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (i - meanX) * (y[i] - meanY);
            sxx += (i - meanX) * (i - meanX);
        }
        return n < 2 ? Double.NaN : sxy / sxx;
    }

    static String abbreviate(String service) {
        return (service.replace("-service", "") + " MB");
    }

    /** Paths (with their query), separated by white space. */
    static List<Call> calls(String spec, String method) {
        return Arrays.stream(spec.trim().split("\\s+")).filter(s -> !s.isBlank())
                .map(path -> new Call(path, method, path, null)).toList();
    }

    /** "METHOD path body" entries, one a line; {n} in the body is the request's number. */
    static List<Call> writes(String spec) {
        return spec.lines().map(String::trim).filter(l -> !l.isEmpty()).map(l -> l.split(" ", 3))
                .map(p -> new Call(p[1], p[0], p[1], p[2])).toList();
    }

    static Thread daemon(Runnable runnable) {
        Thread thread = new Thread(runnable);
        thread.setDaemon(true);
        return thread;
    }

    static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static void log(String format, Object... args) {
        System.err.printf(Locale.ROOT, "[%s] " + format + "%n",
                concat(LocalTime.now().truncatedTo(ChronoUnit.SECONDS), args));
    }

    static Object[] concat(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
