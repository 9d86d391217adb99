package no.styringsdata.budget.rest;

import static io.restassured.RestAssured.given;

import no.styringsdata.testing.documents.SeedTexts;

/** The bundled seed documents, and importing them through the API (idempotent, so safe to repeat). */
final class SeedDocuments {

    static final String PROP1S = SeedTexts.PROP1S;
    static final String ALLOCATION_LETTER = SeedTexts.ALLOCATION_LETTER;
    static final String SUPPLEMENTARY_LETTER = SeedTexts.SUPPLEMENTARY_LETTER;
    static final String ANNUAL_REPORT = SeedTexts.ANNUAL_REPORT;

    /**
     * The supplementary letter's text gives no date; the tests date it so that an allocation as of
     * a date before and after it differ. (The local run imports it undated, as the text is.)
     */
    static final String SUPPLEMENTARY_LETTER_DATE = "2025-06-20";

    private static boolean imported;

    private SeedDocuments() {
    }

    static String text(String name) {
        return SeedTexts.read(name);
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
        importAllAgain();
        imported = true;
    }

    /** Imports them whether or not this JVM did before: for a test class with a database of its own. */
    static void importAllAgain() {
        for (String seed : new String[] {PROP1S, ALLOCATION_LETTER, SUPPLEMENTARY_LETTER, ANNUAL_REPORT}) {
            given().auth().oauth2(Tokens.EDITOR).contentType("text/plain; charset=UTF-8").body(text(seed))
                    .queryParams(dateOf(seed))
                    .when().post("/api/budget/imports")
                    .then().statusCode(200);
        }
    }
}
