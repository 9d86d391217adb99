package no.styringsdata.indicator.rest;

import static io.restassured.RestAssured.given;

import java.util.List;
import no.styringsdata.testing.ApiAnswers;
import no.styringsdata.testing.SeedState;
import no.styringsdata.testing.SeedState.Seed;
import no.styringsdata.testing.documents.SeedTexts;

/**
 * The bundled seed documents, and the state the tests read: the letter and the report imported (see
 * {@link SeedState}).
 */
final class SeedDocuments extends SeedTexts {

    private static final SeedState SEEDED = new SeedState(List.of(Seed.of(ALLOCATION_LETTER), Seed.of(ANNUAL_REPORT)));

    private SeedDocuments() {
    }

    /** Makes the database hold the letter of 2025 and the annual report of 2024 and nothing else, unless it already does. */
    static void importDocuments() {
        SEEDED.ensure();
    }

    /** How many indicators are stored, as the list's X-Total-Count says. */
    static long indicatorCount() {
        return ApiAnswers.totalCount("/api/indicators");
    }

    /** Imports the documents (see {@link #importDocuments}): the id of the report's key figure "Antall ansatte". */
    static long importedEmployeesFigure() {
        importDocuments();
        return tableKeyFigure("Antall ansatte");
    }

    /** The id of the report's key figure of Tabell 2-4 (no goal) with this text. */
    static long tableKeyFigure(String text) {
        return tableKeyFigureWhere("it.text == '" + text + "'");
    }

    /** The id of the report's key figure of Tabell 2-4 (no goal) whose text starts so. */
    static long tableKeyFigureStartingWith(String start) {
        return tableKeyFigureWhere("it.text.startsWith('" + start + "')");
    }

    private static long tableKeyFigureWhere(String condition) {
        return given().when().get("/api/indicators?year=2024&document=arsrapport&size=1000")
                .then().statusCode(200).extract().jsonPath()
                .getLong("find { it.goal == null && " + condition + " }.id");
    }
}
