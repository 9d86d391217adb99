package no.styringsdata.assignment.rest;


import java.util.List;
import no.styringsdata.testing.ApiAnswers;
import no.styringsdata.testing.SeedState;
import no.styringsdata.testing.SeedState.Seed;
import no.styringsdata.testing.documents.SeedTexts;

/** The bundled seed documents, and the state the tests read: the two letters imported (see {@link SeedState}). */
final class SeedDocuments extends SeedTexts {

    private static final SeedState SEEDED = new SeedState(List.of(Seed.of(ALLOCATION_LETTER), Seed.of(SUPPLEMENTARY_LETTER)));

    private SeedDocuments() {
    }

    /** Makes the database hold the main and the supplementary letter of 2025 and nothing else, unless it already does. */
    static void importLetters() {
        SEEDED.ensure();
    }

    /** How many assignments are stored, as the list's X-Total-Count says. */
    static long assignmentCount() {
        return ApiAnswers.totalCount("/api/assignments");
    }
}
