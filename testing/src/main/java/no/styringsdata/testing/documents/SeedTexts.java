package no.styringsdata.testing.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The bundled seed documents, read from a test classpath (each service puts {@code seeds/} there). A service's
 * {@code SeedDocuments} extends it with the seeds its tests import.
 */
public class SeedTexts {

    public static final String ALLOCATION_LETTER = "000_8d4a857d2773e53a.txt";
    public static final String ANNUAL_REPORT = "001_74ce41b747f7677e.txt";
    public static final String PROP1S = "003_82c1b6682bf832eb.txt";
    public static final String SUPPLEMENTARY_LETTER = "004_cc102a77bccaaff9.txt";

    protected SeedTexts() {
    }

    /**
     * A hand-written letter on another ministry's template (Del I–IV, virksomhetsmål with lettered
     * styringsparametre and prestasjonskrav, assignments as bullets without ids, a numbered allocation
     * table with Bevilgning and a Sum kap. line): KD to a directorate, 2024.
     */
    public static final String OTHER_TEMPLATE_LETTER = "fixtures/tildelingsbrev-2024-kd-template.txt";

    /** The text of one seed document, by its file name, or of a fixture ({@code fixtures/…}). */
    public static String read(String name) {
        String path = name.startsWith("fixtures/") ? "/" + name : "/seeds/" + name;
        try (InputStream in = SeedTexts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("document missing from the test classpath: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
