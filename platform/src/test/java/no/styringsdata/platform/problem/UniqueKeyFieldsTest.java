package no.styringsdata.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

class UniqueKeyFieldsTest {

    @Test
    void namesTheKeyOfPostgresDetailAsTheApiNamesFields() {
        String message = "ERROR: duplicate key value violates unique constraint \"amount_natural_key\"\n"
                + "  Detail: Key (post_id, year, stage, agency_id)=(12, 2024, tildeling, helsedirektoratet) already exists.";
        assertEquals(List.of("post", "year", "stage", "agency"), DatabaseProblemMappers.uniqueKeyFields(message));
        assertEquals(List.of("chapterNumber", "number"), DatabaseProblemMappers.uniqueKeyFields(
                "Detail: Key (chapter_number, number)=(4950, 1) already exists."));
    }

    @Test
    void namesNoFieldWithoutTheDetail() {
        assertEquals(List.of(), DatabaseProblemMappers.uniqueKeyFields("duplicate key value violates unique constraint"));
        assertEquals(List.of(), DatabaseProblemMappers.uniqueKeyFields(null));
    }

    @Test
    void findsTheUniqueViolationAmongCausesAndSuppressed() {
        RuntimeException commit = new RuntimeException("commit failed");
        commit.addSuppressed(new IllegalStateException("rollback", new SQLException("duplicate", "23505")));
        assertTrue(DatabaseProblemMappers.sqlState(commit, "23505"::equals, 0).isPresent());
        assertTrue(DatabaseProblemMappers.sqlState(new RuntimeException(new SQLException("x", "08006")), "23505"::equals, 0)
                .isEmpty());
    }
}
