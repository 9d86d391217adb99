package no.styringsdata.budget.dto;

import java.time.LocalDate;
import java.util.List;
import no.styringsdata.platform.csv.CsvTable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Allocation rows as they stood on `asOf`, with totals per kap./post and in all. As CSV: one line per allocation row.")
public record AllocationList(
        @Schema(example = "2025-12-31") LocalDate asOf,
        List<AllocationView> allocations,
        List<AllocationTotal> totals,
        @Schema(description = "Whole kroner", example = "1234567000") long totalNok) implements CsvTable<AllocationRow> {

    @Override
    public Class<AllocationRow> csvRowType() {
        return AllocationRow.class;
    }

    @Override
    public List<AllocationRow> csvRows() {
        return allocations.stream().map(AllocationRow::of).toList();
    }
}
