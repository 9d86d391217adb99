package no.styringsdata.platform.importing;

/** Counts what an import did to one kind of record, for its {@link ImportReport}. */
public final class ChangeCounter {

    private int created;
    private int updated;
    private int unchanged;
    private int removed;

    public void created() {
        created++;
    }

    /** Counts one record that was there as updated when {@code changed}, else as unchanged. */
    public void touched(boolean changed) {
        if (changed) {
            updated++;
        } else {
            unchanged++;
        }
    }

    public void removed(int count) {
        removed += count;
    }

    public ImportReport.ChangeCounts counts() {
        return new ImportReport.ChangeCounts(created, updated, unchanged, removed);
    }
}
