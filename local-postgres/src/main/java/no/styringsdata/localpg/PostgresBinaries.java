package no.styringsdata.localpg;

import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * A PostgreSQL version the tests can start: zonky's binaries on the classpath (every test's server), or
 * the one the testing module bundles beside them for the backup tests (a major version a machine's pg_dump can
 * dump; see {@code postgres-binaries/versions.properties}).
 */
public record PostgresBinaries(String version, PgBinaryResolver resolver) {

    private static final String BUNDLED = "/postgres-binaries/%s/postgres-%s-%s.txz";

    public int major() {
        return Integer.parseInt(version.substring(0, version.indexOf('.')));
    }

    /** The classpath's binaries, which zonky finds by itself. */
    public static PostgresBinaries standard() {
        return new PostgresBinaries(versions().getProperty("default"), null);
    }

    /** Every version that can start on this platform, newest first. */
    public static List<PostgresBinaries> available() {
        List<PostgresBinaries> all = new ArrayList<>(List.of(standard()));
        String bundled = versions().getProperty("bundled");
        if (PostgresBinaries.class.getResource(bundledArchive(bundled)) != null) {
            all.add(new PostgresBinaries(bundled, (system, hardware) -> open(bundled)));
        }
        all.sort(Comparator.comparing(PostgresBinaries::major).reversed());
        return all;
    }

    private static InputStream open(String version) throws IOException {
        InputStream archive = PostgresBinaries.class.getResourceAsStream(bundledArchive(version));
        if (archive == null) {
            throw new FileNotFoundException(bundledArchive(version));
        }
        return archive;
    }

    /** Only the linux-amd64 archive is bundled; elsewhere the resource is missing. */
    private static String bundledArchive(String version) {
        String arch = System.getProperty("os.arch").replace("amd64", "x86_64");
        String system = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("linux") ? "linux" : "other";
        return String.format(BUNDLED, version, system, arch);
    }

    private static Properties versions() {
        try (InputStream in = PostgresBinaries.class.getResourceAsStream("/postgres-binaries/versions.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
