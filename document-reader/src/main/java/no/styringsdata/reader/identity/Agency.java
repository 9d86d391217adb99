package no.styringsdata.reader.identity;

import java.text.Normalizer;
import no.styringsdata.reader.text.Text;

/**
 * A state agency (virksomhet) as documents name it.
 *
 * @param id        stable id made from the name: lower case, ASCII, words joined by hyphens
 *                  ("helsedirektoratet", "statens-helsetilsyn", "direktoratet-for-medisinske-produkter")
 * @param name      the name as the document writes it, in its base form ("Helsedirektoratet")
 * @param orgNumber the nine-digit organisation number where the document gives it, else null
 */
public record Agency(String id, String name, String orgNumber) {

    public static Agency named(String name) {
        String base = baseForm(Text.flat(name));
        return new Agency(idOf(base), base, null);
    }

    public Agency withOrgNumber(String number) {
        return new Agency(id, name, number);
    }

    /** The stable id of a name: "Statens helsetilsyn" is {@code statens-helsetilsyn}, "Øst" is {@code ost}. */
    public static String idOf(String name) {
        String folded = Text.lower(baseForm(Text.flat(name)))
                .replace("æ", "ae").replace("ø", "o").replace("å", "a");
        String ascii = Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** True when {@code idOrName} is this agency's id or names it, in any case or form. */
    public boolean matches(String idOrName) {
        return idOrName != null && idOf(idOrName).equals(id);
    }

    /** "Helsedirektoratets" is "Helsedirektoratet": a definite noun's genitive s is dropped. */
    private static String baseForm(String name) {
        return name.matches(".*\\p{Ll}(?:et|en|a)s$") ? name.substring(0, name.length() - 1) : name;
    }
}
