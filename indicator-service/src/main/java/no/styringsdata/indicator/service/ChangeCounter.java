package no.styringsdata.indicator.service;

import no.styringsdata.indicator.dto.ImportReport;

/** Counts what an import created, updated or left as it was. */
final class ChangeCounter {

    private int created;
    private int updated;
    private int unchanged;

    void created() {
        created++;
    }

    void updatedIf(boolean changed) {
        if (changed) {
            updated++;
        } else {
            unchanged++;
        }
    }

    ImportReport.ChangeCounts counts() {
        return new ImportReport.ChangeCounts(created, updated, unchanged);
    }
}
