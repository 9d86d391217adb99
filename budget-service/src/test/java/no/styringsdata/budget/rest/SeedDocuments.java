package no.styringsdata.budget.rest;

import java.util.List;
import java.util.Map;
import no.styringsdata.testing.SeedState;
import no.styringsdata.testing.SeedState.Seed;
import no.styringsdata.testing.documents.SeedTexts;

/** The bundled seed documents, and the state the tests read: all four imported (see {@link SeedState}). */
final class SeedDocuments extends SeedTexts {

    /**
     * The supplementary letter's text gives no date; the tests date it so that an allocation as of
     * a date before and after it differ. (The local run imports it undated, as the text is.)
     */
    static final String SUPPLEMENTARY_LETTER_DATE = "2025-06-20";

    /** {@code data_version}'s one row comes with the schema. */
    private static final SeedState SEEDED = new SeedState(List.of(Seed.of(PROP1S), Seed.of(ALLOCATION_LETTER),
            new Seed(SUPPLEMENTARY_LETTER, dateOf(SUPPLEMENTARY_LETTER)), Seed.of(ANNUAL_REPORT)), "data_version");

    private SeedDocuments() {
    }

    /** The query parameters that import a seed as the tests expect it. */
    static Map<String, String> dateOf(String seed) {
        return seed.equals(SUPPLEMENTARY_LETTER) ? Map.of("date", SUPPLEMENTARY_LETTER_DATE) : Map.of();
    }

    /** Makes the database hold the four seed documents and nothing else, unless it already does. */
    static void importAll() {
        SEEDED.ensure();
    }
}
