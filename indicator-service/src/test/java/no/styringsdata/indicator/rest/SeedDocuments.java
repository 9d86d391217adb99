package no.styringsdata.indicator.rest;

import static io.restassured.RestAssured.given;

import no.styringsdata.testing.documents.SeedTexts;

/** The bundled seed documents, and importing the letter and the report through the API (idempotent, so safe to repeat). */
final class SeedDocuments {

    static final String ALLOCATION_LETTER = SeedTexts.ALLOCATION_LETTER;
    static final String ANNUAL_REPORT = SeedTexts.ANNUAL_REPORT;
    static final String PROP1S = SeedTexts.PROP1S;
    static final String SUPPLEMENTARY_LETTER = SeedTexts.SUPPLEMENTARY_LETTER;

    private static boolean imported;

    private SeedDocuments() {
    }

    static String text(String name) {
        return SeedTexts.read(name);
    }

    /** Imports the letter of 2025 and the annual report of 2024 once per test run. */
    static synchronized void importDocuments() {
        if (imported) {
            return;
        }
        importDocumentsAgain();
        imported = true;
    }

    /** Imports them whether or not this JVM did before: for a test class with a database of its own. */
    static void importDocumentsAgain() {
        for (String seed : new String[] {ALLOCATION_LETTER, ANNUAL_REPORT}) {
            given().auth().oauth2(Tokens.EDITOR).contentType("text/plain; charset=UTF-8").body(text(seed))
                    .when().post("/api/indicators/imports")
                    .then().statusCode(200);
        }
    }

    /** How many indicators are stored, as the list's X-Total-Count says. */
    static long indicatorCount() {
        return Long.parseLong(given().when().get("/api/indicators?size=1")
                .then().statusCode(200).extract().header("X-Total-Count"));
    }

    /** The id of the report's key figure of Tabell 2-4 (no goal) with this text. */
    static long tableKeyFigure(String text) {
        return given().when().get("/api/indicators?year=2024&document=arsrapport&size=1000")
                .then().statusCode(200).extract().jsonPath()
                .getLong("find { it.goal == null && it.text == '" + text + "' }.id");
    }
}
