package no.styringsdata.testing.documents;

/** Excerpts of the seed letters that the parser tests of more than one service read. */
public final class LetterExcerpts {

    /**
     * The supplementary letter (seeds/004_cc102a77bccaaff9.txt) lines 246–252: the heading of its budget
     * section, which ends the last assignment, and the first allocation it tells in prose.
     */
    public static final String SUPPLEMENTARY_BUDGET_SECTION = """
            Budsjettildelinger
            Helsedirektoratet gis følgende nye budsjettildelinger i 2025, samt justering i en tidligere
            tidleling i 2025:

            Kap. 701.21 – Alvorlig sykkt barn – «Enklere tilgang til informasjon»
            Helsedirektoratet er i tildelingsbrevet for 2025 tildelt 6 mill. kroner til arbeidet med løsningen
            for tjenesten Alvorlig sykt barn i prosjektet «Enklere tilgang til informasjon» (ETI).
            """;

    private LetterExcerpts() {
    }
}
