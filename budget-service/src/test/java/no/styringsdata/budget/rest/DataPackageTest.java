package no.styringsdata.budget.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.agroal.api.AgroalDataSource;
import io.agroal.api.AgroalDataSourceMetrics;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import no.styringsdata.testing.postgres.PostgresTestResource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The budget's data package, also a Fiscal Data Package: see {@link no.styringsdata.testing.DataPackageTest}. And
 * that a package of many amounts, and the whole list of amounts in CSV, are streamed: the client has its first bytes
 * while the database still copies or reads the amounts out; a client that goes away gives the connection back.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class DataPackageTest extends no.styringsdata.testing.DataPackageTest {

    private static final Logger LOG = Logger.getLogger(DataPackageTest.class);
    private static final String SYNTHETIC = "synthetic amount ";
    private static final String WHOLE_AMOUNTS = "/api/budget/amounts?format=csv&whole=true";
    /** What a client reads before it looks at the database: far less than the answers, far more than a run. */
    private static final int FIRST_BYTES = 256 * 1024;

    @Inject
    AgroalDataSource pool;
    /**
     * About 12 000 amounts of 2 kB each: 8 posts, every year the schema allows, every stage. Their texts are random, so
     * that the package zips to far more than the buffers on its way (few rows: the change log's triggers make a row
     * slow to write).
     */
    private static final String MANY_AMOUNTS = amounts(8,
            "(SELECT string_agg(md5(random()::text || g || p.id || y || s), '') FROM generate_series(1, 64) g)");
    /** At least 50 000 amounts of 1 kB each: 40 posts, every year the schema allows, every stage. */
    private static final String MORE_AMOUNTS = amounts(40, "repeat('x', 1000)");

    /** Synthetic amounts of the first {@code posts} posts, every year the schema allows, every stage. */
    private static String amounts(int posts, String text) {
        return """
                INSERT INTO amount (post_id, year, stage, amount_nok, source_text)
                SELECT p.id, y, s, (random() * 1e9)::bigint, '%s' || %s
                FROM (SELECT id FROM post ORDER BY id LIMIT %d) p, generate_series(1900, 2200) y,
                     unnest(ARRAY['regnskap', 'saldert', 'forslag', 'revidert', 'tildeling']) s
                ON CONFLICT DO NOTHING""".formatted(SYNTHETIC, text, posts);
    }

    @Override
    protected void seed() {
        SeedDocuments.importAll();
    }

    @Override
    protected List<String> csvLists() {
        return List.of("/api/budget/amounts", "/api/budget/chapters", "/api/budget/amounts?stage=forslag",
                "/api/budget/chapters?sort=-name");
    }

    @Override
    protected String[] keptTables() {
        return new String[] {"data_version"};
    }

    @Override
    protected String profile() {
        return "fiscal-data-package";
    }

    @Test
    void aPackageOfManyAmountsIsStreamedNotHeld() throws SQLException, IOException, InterruptedException {
        seed();
        execute(MANY_AMOUNTS);
        try {
            Download download = download(path(), this::copying, body -> {
                try (ZipInputStream zip = new ZipInputStream(body)) {
                    for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                        if (entry.getName().equals("amount.csv")) {
                            return new String(zip.readAllBytes(), StandardCharsets.UTF_8).lines().count() - 1;
                        }
                    }
                }
                return 0;
            });
            assertEquals(count("SELECT count(*) FROM amount"), download.rows(), "every amount");
            assertTrue(download.busyAfterFirstBytes(), "the amounts were still being copied out when the first bytes "
                    + "arrived");
            LOG.infof("data package of %d amounts: %d bytes zipped in %d ms; heap grew by at most %d MiB while streaming",
                    download.rows(), download.bytes(), download.millis(), (download.heapPeak() - download.heapBefore()) >> 20);
        } finally {
            execute("DELETE FROM amount WHERE source_text LIKE '" + SYNTHETIC + "%'");
        }
    }

    /**
     * The whole list of at least 50 000 amounts in CSV: every row, streamed (the amounts are still being read when the
     * first bytes arrive), and a client that goes away mid-stream ends the reading and gives the connection back.
     */
    @Test
    void aWholeListOfManyAmountsIsStreamedNotHeld() throws SQLException, IOException, InterruptedException {
        seed();
        execute(MORE_AMOUNTS);
        try {
            long amounts = count("SELECT count(*) FROM amount");
            assertTrue(amounts >= 50_000, "many amounts: " + amounts);
            Download download = download(WHOLE_AMOUNTS, this::readingAmounts, body -> {
                long rows = 0;
                try (MappingIterator<List<String>> csv = new CsvMapper()
                        .enable(CsvParser.Feature.WRAP_AS_ARRAY).readerForListOf(String.class).readValues(body)) {
                    for (; csv.hasNextValue(); csv.nextValue()) {
                        rows++;
                    }
                }
                return rows - 1; // the header
            });
            assertEquals(amounts, download.total(), "X-Total-Count");
            assertEquals(amounts, download.rows(), "every amount");
            assertTrue(download.busyAfterFirstBytes(), "the amounts were still being read when the first bytes arrived");
            LOG.infof("whole amounts CSV of %d rows: %d bytes in %d ms; heap %d MiB before, at most %d MiB while "
                            + "streaming, %d MiB after", amounts, download.bytes(), download.millis(),
                    download.heapBefore() >> 20, download.heapPeak() >> 20, download.heapAfter() >> 20);
            aClientThatGoesAwayMidStreamGivesItsConnectionBack();
        } finally {
            execute("DELETE FROM amount WHERE source_text LIKE '" + SYNTHETIC + "%'");
        }
    }

    private void aClientThatGoesAwayMidStreamGivesItsConnectionBack() throws SQLException, IOException,
            InterruptedException {
        AgroalDataSourceMetrics metrics = pool.getMetrics();
        long active = metrics.activeCount();
        HttpURLConnection http = open(WHOLE_AMOUNTS);
        try (InputStream in = http.getInputStream()) {
            assertEquals(FIRST_BYTES, in.readNBytes(FIRST_BYTES).length);
            assertTrue(readingAmounts(), "the amounts are being read");
        } finally {
            http.disconnect(); // mid-stream: the socket is closed, not read to its end
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while ((readingAmounts() || metrics.activeCount() > active) && System.nanoTime() - deadline < 0) {
            Thread.sleep(50);
        }
        assertFalse(readingAmounts(), "the reading of the amounts ended with the client");
        assertEquals(active, metrics.activeCount(), "the connection is back in the pool");
        given().when().get(WHOLE_AMOUNTS + "&year=2026").then().statusCode(200); // and the service answers
    }

    /** What a download measured: its bytes, the rows it held, its time, and the heap (of the test and the service). */
    private record Download(long bytes, long rows, Long total, boolean busyAfterFirstBytes, long millis,
                            long heapBefore, long heapPeak, long heapAfter) {
    }

    private interface Check {
        boolean holds() throws SQLException;
    }

    private interface RowCount {
        long of(InputStream body) throws IOException;
    }

    /**
     * Downloads {@code path}, noting whether the database is still {@code busy} once the first bytes have come, and
     * counting its rows; the heap is sampled every millisecond while it runs.
     */
    private static Download download(String path, Check busy, RowCount rows)
            throws SQLException, IOException, InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        AtomicBoolean downloading = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (downloading.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                LockSupport.parkNanos(1_000_000); // a sample a millisecond
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long started = System.nanoTime();
        HttpURLConnection http = open(path);
        long counted;
        long bytes;
        boolean busyAfterFirstBytes;
        try (InputStream in = http.getInputStream()) {
            byte[] first = in.readNBytes(FIRST_BYTES);
            busyAfterFirstBytes = busy.holds();
            CountingInput rest = new CountingInput(in);
            counted = rows.of(new SequenceInputStream(new ByteArrayInputStream(first), rest));
            bytes = first.length + rest.count;
        } finally {
            downloading.set(false);
            sampler.join();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.gc();
        String total = http.getHeaderField("X-Total-Count");
        return new Download(bytes, counted, total == null ? null : Long.valueOf(total), busyAfterFirstBytes, millis,
                before, peak.get(), memory.getHeapMemoryUsage().getUsed());
    }

    private static HttpURLConnection open(String path) throws IOException {
        return (HttpURLConnection) URI.create("http://localhost:" + RestAssured.port + path).toURL().openConnection();
    }

    /** Whether a transaction is open that reads the amounts' list (the SQL Hibernate makes of it). */
    private boolean readingAmounts() throws SQLException {
        return count("SELECT count(*) FROM pg_stat_activity WHERE pid <> pg_backend_pid() "
                + "AND state IN ('active', 'idle in transaction') AND query ILIKE 'select %from amount %order by%'") > 0;
    }

    /** Whether the package's COPY is running in the database. */
    private boolean copying() throws SQLException {
        return count("SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND query LIKE 'COPY (%'") > 0;
    }

    private long count(String sql) throws SQLException {
        try (Connection db = dataSource.getConnection(); Statement query = db.createStatement();
                ResultSet count = query.executeQuery(sql)) {
            count.next();
            return count.getLong(1);
        }
    }

    /** On a connection of its own: the pool's gives a statement 10 s, and writing 100 000 rows takes longer. */
    private static void execute(String sql) throws SQLException {
        Config config = ConfigProvider.getConfig();
        try (Connection db = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
                Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Counts the bytes read through it. */
    private static final class CountingInput extends java.io.FilterInputStream {
        long count;

        CountingInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            count += Math.max(read, 0);
            return read;
        }
    }
}
