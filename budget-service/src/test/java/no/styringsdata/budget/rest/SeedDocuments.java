package no.styringsdata.budget.rest;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The bundled seed documents, and importing them through the API (idempotent, so safe to repeat). */
final class SeedDocuments {

    static final String PROP1S = "003_82c1b6682bf832eb.txt";
    static final String ALLOCATION_LETTER = "000_8d4a857d2773e53a.txt";
    static final String SUPPLEMENTARY_LETTER = "004_cc102a77bccaaff9.txt";
    static final String ANNUAL_REPORT = "001_74ce41b747f7677e.txt";

    /**
     * The supplementary letter's text gives no date; the tests date it so that an allocation as of
     * a date before and after it differ. (The local run imports it undated, as the text is.)
     */
    static final String SUPPLEMENTARY_LETTER_DATE = "2025-06-20";

    private static boolean imported;

    private SeedDocuments() {
    }

    static String text(String name) {
        try (InputStream in = SeedDocuments.class.getResourceAsStream("/seeds/" + name)) {
            if (in == null) {
                throw new IllegalStateException("seed document missing from the test classpath: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The query parameters that import a seed as the tests expect it. */
    static java.util.Map<String, String> dateOf(String seed) {
        return seed.equals(SUPPLEMENTARY_LETTER) ? java.util.Map.of("date", SUPPLEMENTARY_LETTER_DATE) : java.util.Map.of();
    }

    /** Imports all four seed documents once per test run. */
    static synchronized void importAll() {
        if (imported) {
            return;
        }
        for (String seed : new String[] {PROP1S, ALLOCATION_LETTER, SUPPLEMENTARY_LETTER, ANNUAL_REPORT}) {
            given().auth().oauth2(Tokens.EDITOR).contentType("text/plain; charset=UTF-8").body(text(seed))
                    .queryParams(dateOf(seed))
                    .when().post("/api/budget/imports")
                    .then().statusCode(200);
        }
        imported = true;
    }
}
