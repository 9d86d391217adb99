package no.styringsdata.budget.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
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
 * that a package of many amounts is streamed: the client has its first bytes while the database still copies the
 * amounts out.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class DataPackageTest extends no.styringsdata.testing.DataPackageTest {

    private static final Logger LOG = Logger.getLogger(DataPackageTest.class);
    private static final String SYNTHETIC = "synthetic amount ";
    /**
     * About 12 000 amounts of 2 kB each: 8 posts, every year the schema allows, every stage. Their texts are random, so
     * that the package zips to far more than the buffers on its way (few rows: the change log's triggers make a row
     * slow to write).
     */
    private static final String MANY_AMOUNTS = """
            INSERT INTO amount (post_id, year, stage, amount_nok, source_text)
            SELECT p.id, y, s, (random() * 1e9)::bigint,
                   '%s' || (SELECT string_agg(md5(random()::text || g || p.id || y || s), '') FROM generate_series(1, 64) g)
            FROM (SELECT id FROM post ORDER BY id LIMIT 8) p, generate_series(1900, 2200) y,
                 unnest(ARRAY['regnskap', 'saldert', 'forslag', 'revidert', 'tildeling']) s
            ON CONFLICT DO NOTHING""".formatted(SYNTHETIC);

    @Override
    protected void seed() {
        SeedDocuments.importAll();
    }

    @Override
    protected List<String> csvLists() {
        return List.of("/api/budget/amounts", "/api/budget/chapters");
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
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            long baseline = memory.getHeapMemoryUsage().getUsed();
            AtomicLong peak = new AtomicLong(baseline);
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
            HttpURLConnection http = (HttpURLConnection) URI.create("http://localhost:" + RestAssured.port + path())
                    .toURL().openConnection();
            long amountRows = 0;
            long bytes;
            boolean copyingAfterFirstBytes;
            try (InputStream in = http.getInputStream()) {
                byte[] first = in.readNBytes(256 * 1024);
                copyingAfterFirstBytes = copying();
                CountingInput rest = new CountingInput(in);
                try (ZipInputStream zip = new ZipInputStream(new SequenceInputStream(new ByteArrayInputStream(first), rest))) {
                    for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                        if (entry.getName().equals("amount.csv")) {
                            amountRows = new String(zip.readAllBytes(), StandardCharsets.UTF_8).lines().count() - 1;
                        }
                    }
                }
                bytes = first.length + rest.count;
            } finally {
                downloading.set(false);
                sampler.join();
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertEquals(count("SELECT count(*) FROM amount"), amountRows, "every amount");
            assertTrue(copyingAfterFirstBytes, "the amounts were still being copied out when the first bytes arrived");
            LOG.infof("data package of %d amounts: %d bytes zipped in %d ms; heap grew by at most %d MiB while streaming",
                    amountRows, bytes, millis, (peak.get() - baseline) >> 20);
        } finally {
            execute("DELETE FROM amount WHERE source_text LIKE '" + SYNTHETIC + "%'");
        }
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
