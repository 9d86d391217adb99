package no.styringsdata.budget.service;

import no.styringsdata.budget.dto.ImportReport.ChangeCounts;

/** Counts what an import did to one kind of record. */
final class ChangeCounter {

    private int created;
    private int updated;
    private int unchanged;
    private int removed;

    void created() {
        created++;
    }

    void updated() {
        updated++;
    }

    void unchanged() {
        unchanged++;
    }

    void removed(int count) {
        removed += count;
    }

    /** Counts one record as updated when {@code changed}, else as unchanged. */
    void touched(boolean changed) {
        if (changed) {
            updated++;
        } else {
            unchanged++;
        }
    }

    ChangeCounts counts() {
        return new ChangeCounts(created, updated, unchanged, removed);
    }
}
