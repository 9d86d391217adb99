package no.styringsdata.testing.documents;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import no.styringsdata.testing.ServiceUnderTest;
import no.styringsdata.testing.Tokens;

/**
 * The letter on another ministry's template ({@link SeedTexts#OTHER_TEMPLATE_LETTER}: KD to a directorate, 2024),
 * as each service's test imports it into an empty database of its own.
 */
public final class OtherTemplateLetter {

    /** The agency the letter is addressed to, as the API names it. */
    public static final String AGENCY = "direktoratet-for-hoyere-utdanning-og-kompetanse";
    /** Its name, as the letter writes it. */
    public static final String AGENCY_NAME = "Direktoratet for høyere utdanning og kompetanse";

    private OtherTemplateLetter() {
    }

    /**
     * Imports the letter into the service under test, asserts that the report reads it as KD's allocation letter
     * of 2024 to {@link #AGENCY}, and returns the report.
     */
    public static JsonPath importIt() {
        JsonPath report = given().auth().oauth2(Tokens.EDITOR).contentType("text/plain; charset=UTF-8")
                .body(SeedTexts.read(SeedTexts.OTHER_TEMPLATE_LETTER))
                .when().post(ServiceUnderTest.api() + "/imports")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("tildelingsbrev", report.getString("kind"));
        assertEquals("KD", report.getString("ministry"));
        assertEquals(AGENCY, report.getString("agency"));
        assertEquals(2024, report.getInt("year"));
        return report;
    }
}
