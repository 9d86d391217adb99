package no.styringsdata.platform.codelists;

/**
 * One code of a list, with its labels in both languages and the code of the list's parent level (a category's
 * area, an agency's ministry), where the list has one.
 */
public record Code(String code, String nb, String en, String parent) {

    public String label(Language language) {
        return language == Language.EN ? en : nb;
    }
}
