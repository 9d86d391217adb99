package no.styringsdata.budget.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An allocation as a flat CSV row.")
@JsonPropertyOrder({"id", "chapter", "post", "year", "ministry", "agency", "agencyName", "purpose", "comment", "amountNok",
        "eventCount"})
public record AllocationRow(long id, int chapter, String post, int year, String ministry, String agency,
                            String agencyName, String purpose, String comment, long amountNok, int eventCount) {

    public static AllocationRow of(AllocationView view) {
        return new AllocationRow(view.id(), view.chapter(), view.post(), view.year(), view.ministry(), view.agency(),
                view.agencyName(), view.purpose(), view.comment(), view.amountNok(), view.events().size());
    }
}
