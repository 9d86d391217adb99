package no.styringsdata.assignment.rest;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import no.styringsdata.assignment.domain.AssignmentStatus;
import no.styringsdata.assignment.domain.LetterKind;
import no.styringsdata.platform.codelists.CodeListSource;
import no.styringsdata.platform.codelists.EnglishLabels;

/** The assignments' code lists (platform {@code codelists/}); their order is {@code styringsdata.codelists}. */
@Singleton
public class AssignmentCodeLists {

    @Inject
    EntityManager em;

    @Produces
    @Singleton
    CodeListSource statuses() {
        return CodeListSource.ofEnum("statuses", AssignmentStatus.class);
    }

    /** Named as the document kinds of the letters are, and labelled as they are. */
    @Produces
    @Singleton
    CodeListSource letterKinds() {
        return CodeListSource.ofDocumentKinds("letter-kinds", AssignmentStatus.class,
                Arrays.stream(LetterKind.values()).map(LetterKind::documentKind).toList());
    }

    /**
     * The owning departments (avdelinger) the letters name, by the codes they write (SHA, FHA); the letters give
     * no names, so code, label and English label are the code as written. The parent is the ministry, where the
     * code is only one ministry's.
     */
    @Produces
    @Singleton
    CodeListSource departments() {
        return CodeListSource.ofQuery("departments", AssignmentStatus.class, EnglishLabels.AS_WRITTEN, em, """
                SELECT d, d, d, CASE WHEN count(DISTINCT a.ministry_code) = 1 THEN min(a.ministry_code) END
                FROM assignment a, unnest(a.departments) d GROUP BY d ORDER BY d""");
    }
}
