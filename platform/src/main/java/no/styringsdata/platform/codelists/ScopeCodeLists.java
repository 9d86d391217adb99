package no.styringsdata.platform.codelists;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

/**
 * The ministries and agencies every service holds (platform {@code scope/}), as code lists. A ministry's English
 * label is its official English name ({@code ministry_english_name}, reference data of the platform's
 * migrations); an agency's is its name as written: agencies have no official English names to rely on.
 */
@Singleton
public class ScopeCodeLists {

    @Inject
    EntityManager em;

    @Produces
    @Singleton
    CodeListSource ministries() {
        return CodeListSource.ofQuery("ministries", ScopeCodeLists.class, EnglishLabels.OFFICIAL, em, """
                SELECT m.code, m.name, coalesce(e.name, m.name), NULL
                FROM ministry m LEFT JOIN ministry_english_name e ON e.code = m.code ORDER BY m.code""");
    }

    @Produces
    @Singleton
    CodeListSource agencies() {
        return CodeListSource.ofQuery("agencies", ScopeCodeLists.class, EnglishLabels.AS_WRITTEN, em,
                "SELECT id, name, name, ministry_code FROM agency ORDER BY id");
    }
}
