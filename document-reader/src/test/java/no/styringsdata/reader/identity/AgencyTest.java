package no.styringsdata.reader.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AgencyTest {

    @Test
    void givesEveryNameAStableAsciiId() {
        assertEquals("helsedirektoratet", Agency.named("Helsedirektoratet").id());
        assertEquals("helsedirektoratet", Agency.named("Helsedirektoratets").id());
        assertEquals("statens-helsetilsyn", Agency.named("Statens  helsetilsyn").id());
        assertEquals("direktoratet-for-medisinske-produkter", Agency.idOf("Direktoratet for medisinske produkter"));
        assertEquals("norsk-helsenett-sf", Agency.idOf("Norsk helsenett SF"));
        assertEquals("kystverket-sorost", Agency.idOf("Kystverket Sørøst"));
    }

    @Test
    void matchesItsIdOrNameInAnyCase() {
        Agency agency = Agency.named("Statens helsetilsyn");
        assertTrue(agency.matches("STATENS HELSETILSYN"));
        assertTrue(agency.matches("statens-helsetilsyn"));
    }
}
