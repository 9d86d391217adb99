package no.styringsdata.budget.rest;

import java.util.Arrays;
import java.util.stream.Collectors;
import no.styringsdata.budget.domain.ChapterKind;
import no.styringsdata.budget.domain.Stage;
import no.styringsdata.budget.service.Grouping;
import no.styringsdata.platform.problem.Problems;
import no.styringsdata.reader.identity.Agency;

/** Reads the enumerated query parameters, answering 400 with the parameter's name when one is wrong. */
final class BudgetParams {

    private BudgetParams() {
    }

    static Stage stage(String value, String name) {
        if (value == null) {
            return null;
        }
        return Stage.fromWireName(value).orElseThrow(() -> Problems.invalidField("query", name,
                "must be one of " + Arrays.stream(Stage.values()).map(Stage::wireName).collect(Collectors.joining(", "))));
    }

    static Stage requiredStage(String value, String name) {
        if (value == null) {
            throw Problems.invalidField("query", name, "is required");
        }
        return stage(value, name);
    }

    static ChapterKind chapterKind(String value) {
        if (value == null) {
            return null;
        }
        return Arrays.stream(ChapterKind.values()).filter(k -> k.wireName().equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> Problems.invalidField("query", "kind", "must be expenditure or revenue"));
    }

    static Grouping grouping(String value) {
        return Grouping.fromWireName(value == null ? Grouping.PROGRAM_CATEGORY.wireName() : value)
                .orElseThrow(() -> Problems.invalidField("query", "groupBy",
                        "must be one of " + Arrays.stream(Grouping.values()).map(Grouping::wireName)
                                .collect(Collectors.joining(", "))));
    }

    /** An agency's id from its id or name, any case; null when not given. */
    static String agencyId(String idOrName) {
        return idOrName == null ? null : Agency.idOf(idOrName);
    }

    static int required(Integer value, String name) {
        if (value == null) {
            throw Problems.invalidField("query", name, "is required");
        }
        return value;
    }
}
