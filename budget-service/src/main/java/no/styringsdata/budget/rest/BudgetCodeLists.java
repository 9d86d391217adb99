package no.styringsdata.budget.rest;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.stream.IntStream;
import no.styringsdata.budget.domain.ChapterKind;
import no.styringsdata.budget.domain.PostKind;
import no.styringsdata.budget.domain.Stage;
import no.styringsdata.platform.codelists.CodeListSource;
import no.styringsdata.platform.codelists.EnglishLabels;
import no.styringsdata.reader.DocumentKind;

/** The budget's code lists (platform {@code codelists/}); their order is {@code styringsdata.codelists}. */
@Singleton
public class BudgetCodeLists {

    @Inject
    EntityManager em;

    @Produces
    @Singleton
    CodeListSource stages() {
        return CodeListSource.ofEnum("stages", Stage.class);
    }

    @Produces
    @Singleton
    CodeListSource chapterKinds() {
        return CodeListSource.ofEnum("chapter-kinds", ChapterKind.class);
    }

    /** Each post kind under the chapter kind whose post numbers it is. */
    @Produces
    @Singleton
    CodeListSource postKinds() {
        return CodeListSource.ofEnum("post-kinds", PostKind.class, kind -> IntStream.rangeClosed(1, 99)
                .anyMatch(post -> PostKind.of(ChapterKind.REVENUE, post) == kind)
                ? ChapterKind.REVENUE.wireName() : ChapterKind.EXPENDITURE.wireName());
    }

    @Produces
    @Singleton
    CodeListSource documentKinds() {
        return CodeListSource.ofDocumentKinds("document-kinds", CodeListSource.class, List.of(DocumentKind.values()));
    }

    @Produces
    @Singleton
    CodeListSource programmeAreas() {
        return CodeListSource.ofQuery("programme-areas", Stage.class, EnglishLabels.AS_WRITTEN, em,
                "SELECT code, name, name, NULL FROM program_area ORDER BY code");
    }

    @Produces
    @Singleton
    CodeListSource programmeCategories() {
        return CodeListSource.ofQuery("programme-categories", Stage.class, EnglishLabels.AS_WRITTEN, em,
                "SELECT code, name, name, area_code FROM program_category ORDER BY code");
    }
}
