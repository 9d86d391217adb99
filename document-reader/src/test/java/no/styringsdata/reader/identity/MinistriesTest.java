package no.styringsdata.reader.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MinistriesTest {

    @Test
    void findsAMinistryByCodeOrNameInAnyForm() {
        assertEquals("HOD", Ministries.find("hod").orElseThrow().code());
        assertEquals("HOD", Ministries.find("Helse- og omsorgsdepartementets").orElseThrow().code());
        assertEquals("KDD", Ministries.find("Kommunal- og moderniseringsdepartementet").orElseThrow().code());
        assertEquals("ED", Ministries.find("OED").orElseThrow().code());
        assertTrue(Ministries.find("Tulledepartementet").isEmpty());
    }

    @Test
    void knowsWhichMinistryOwnsAChapter() {
        assertEquals("HOD", Ministries.owningChapter(740).orElseThrow().code());
        assertEquals("HOD", Ministries.owningChapter(3740).orElseThrow().code());
        assertEquals("HOD", Ministries.owningChapter(2711).orElseThrow().code());
        assertEquals("KD", Ministries.owningChapter(260).orElseThrow().code());
    }

    @Test
    void countsTheMinistriesATextNames() {
        var ranked = Ministries.namedIn("Helse- og omsorgsdepartementets styringssignaler, jf. Barne-, likestillings- og "
                + "inkluderingsdepartementet og Helse- og omsorgsdepartementet.");
        assertEquals("HOD", ranked.get(0).getKey().code());
        assertEquals(2, ranked.get(0).getValue());
        assertEquals("BFD", ranked.get(1).getKey().code());
    }
}
