package no.styringsdata.assignment.rest;

import static io.restassured.RestAssured.given;

import no.styringsdata.testing.documents.SeedTexts;

/** The bundled seed documents, and importing the two letters through the API (idempotent, so safe to repeat). */
final class SeedDocuments {

    static final String ALLOCATION_LETTER = SeedTexts.ALLOCATION_LETTER;
    static final String SUPPLEMENTARY_LETTER = SeedTexts.SUPPLEMENTARY_LETTER;
    static final String ANNUAL_REPORT = SeedTexts.ANNUAL_REPORT;
    static final String PROP1S = SeedTexts.PROP1S;

    private static boolean imported;

    private SeedDocuments() {
    }

    static String text(String name) {
        return SeedTexts.read(name);
    }

    /** Imports the main and the supplementary letter of 2025 once per test run. */
    static synchronized void importLetters() {
        if (imported) {
            return;
        }
        importLettersAgain();
        imported = true;
    }

    /** Imports them whether or not this JVM did before: for a test class with a database of its own. */
    static void importLettersAgain() {
        for (String seed : new String[] {ALLOCATION_LETTER, SUPPLEMENTARY_LETTER}) {
            given().auth().oauth2(Tokens.EDITOR).contentType("text/plain; charset=UTF-8").body(text(seed))
                    .when().post("/api/assignments/imports")
                    .then().statusCode(200);
        }
    }

    /** How many assignments are stored, as the list's X-Total-Count says. */
    static long assignmentCount() {
        return Long.parseLong(given().when().get("/api/assignments?size=1")
                .then().statusCode(200).extract().header("X-Total-Count"));
    }
}
