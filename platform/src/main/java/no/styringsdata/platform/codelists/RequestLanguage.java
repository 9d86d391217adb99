package no.styringsdata.platform.codelists;

import jakarta.enterprise.context.RequestScoped;

/**
 * The language of the labels in this request's answer, as {@link LanguageNegotiation} chose it. A resource that
 * writes labels asks for it with {@link #labels()}; the answer then says {@code Content-Language}.
 */
@RequestScoped
public class RequestLanguage {

    private Language language = Language.NB;
    private boolean used;

    /** The language to write labels in; the answer will say it is in that language. */
    public Language labels() {
        used = true;
        return language;
    }

    void choose(Language chosen) {
        language = chosen;
    }

    /** Whether the answer holds labels in the chosen language: empty if no resource asked. */
    boolean used() {
        return used;
    }

    Language chosen() {
        return language;
    }
}
