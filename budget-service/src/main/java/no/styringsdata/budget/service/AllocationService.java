package no.styringsdata.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.styringsdata.budget.dto.AllocationEventView;
import no.styringsdata.budget.dto.AllocationList;
import no.styringsdata.budget.dto.AllocationTotal;
import no.styringsdata.budget.dto.AllocationView;
import no.styringsdata.budget.dto.Provenance;
import no.styringsdata.budget.entity.Allocation;
import no.styringsdata.budget.entity.AllocationEvent;
import no.styringsdata.platform.query.Where;

/** Allocations (tildeling) to agencies as they stood on a date, from their dated events. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AllocationService {

    /**
     * The filter of an allocation list; null fields do not filter.
     *
     * @param ministry the code of the ministry whose letters made the rows
     * @param agency   the id of the agency the rows are allocated to
     */
    public record AllocationFilter(Integer year, Integer chapter, Integer post, String ministry, String agency,
                                   LocalDate asOf) {
    }

    public AllocationList allocations(AllocationFilter filter) {
        Where query = Where.start("select e from AllocationEvent e join fetch e.allocation al "
                        + "join fetch al.post p join fetch p.chapter join fetch al.agency join fetch al.document ad "
                        + "join fetch e.document where e.effectiveDate <= :asOf")
                .bind("asOf", filter.asOf())
                .and("al.year = :year", "year", filter.year())
                .and("p.chapter.number = :chapter", "chapter", filter.chapter())
                .and("p.number = :post", "post", filter.post())
                .and("ad.ministryCode = :ministry", "ministry", filter.ministry())
                .and("al.agency.id = :agency", "agency", filter.agency());

        Map<Allocation, List<AllocationEvent>> byRow = new LinkedHashMap<>();
        String order = " order by p.chapter.number, p.number, al.id, e.effectiveDate, e.id";
        AllocationEvent.<AllocationEvent>list(query + order, query.parameters())
                .forEach(e -> byRow.computeIfAbsent(e.allocation, a -> new ArrayList<>()).add(e));

        List<AllocationView> rows = new ArrayList<>();
        Map<String, AllocationTotal> totals = new LinkedHashMap<>();
        long grandTotal = 0;
        for (Map.Entry<Allocation, List<AllocationEvent>> entry : byRow.entrySet()) {
            Allocation row = entry.getKey();
            long amount = entry.getValue().stream().mapToLong(e -> e.amountNok).sum();
            String post = BudgetQueryService.postNumber(row.post.number);
            rows.add(new AllocationView(row.id, row.post.chapter.number, post, row.year, row.document.ministryCode,
                    row.agency.id, row.agency.name, row.purpose,
                    row.comment, amount, entry.getValue().stream().map(AllocationService::eventView).toList()));
            totals.merge(row.post.chapter.number + "." + post,
                    new AllocationTotal(row.post.chapter.number, post, amount),
                    (a, b) -> new AllocationTotal(a.chapter(), a.post(), a.amountNok() + b.amountNok()));
            grandTotal += amount;
        }
        return new AllocationList(filter.asOf(), rows, List.copyOf(totals.values()), grandTotal);
    }

    private static AllocationEventView eventView(AllocationEvent event) {
        return new AllocationEventView(event.effectiveDate, event.amountNok,
                new Provenance(event.document.kind, event.document.title, event.sourceLine, event.sourceText, null));
    }
}
