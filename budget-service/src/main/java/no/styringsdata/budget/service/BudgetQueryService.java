package no.styringsdata.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import no.styringsdata.budget.domain.ChapterKind;
import no.styringsdata.budget.domain.Stage;
import no.styringsdata.budget.dto.AmountRow;
import no.styringsdata.budget.dto.AmountView;
import no.styringsdata.budget.dto.CategoryView;
import no.styringsdata.budget.dto.ChapterSummary;
import no.styringsdata.budget.dto.PostView;
import no.styringsdata.budget.dto.Provenance;
import no.styringsdata.budget.dto.StikkordView;
import no.styringsdata.budget.entity.Amount;
import no.styringsdata.budget.entity.Chapter;
import no.styringsdata.budget.entity.Post;
import no.styringsdata.budget.entity.ProgramCategory;
import no.styringsdata.platform.codelists.Language;
import no.styringsdata.platform.jsonstat.JsonStat;
import no.styringsdata.platform.query.Where;
import no.styringsdata.platform.rest.ListQuery;

/** Reads of the budget hierarchy and its amounts. Each read issues a small, fixed number of queries. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BudgetQueryService {

    @Inject
    EntityManager em;

    /** A record as read, with the version of the same row: its ETag. */
    public record Versioned<T>(T body, long version) {
    }

    /** The categories, those with a chapter of the ministry, and of the agency's records, where given. */
    public List<CategoryView> categories(String ministry, String agency) {
        Where where = Where.start("");
        if (ministry != null || agency != null) {
            scope(where.append(" where exists (select 1 from Chapter c where c.category = cat"), ministry, agency)
                    .append(")");
        }
        return ProgramCategory.<ProgramCategory>list("select cat from ProgramCategory cat join fetch cat.area" + where
                        + " order by cat.code", where.parameters())
                .stream().map(BudgetQueryService::categoryView).toList();
    }

    /**
     * Narrows chapter {@code c} to the ministry's (it owns the chapter) and to the agency's: chapters with an
     * amount or an allocation of that agency.
     */
    static Where scope(Where where, String ministry, String agency) {
        return where.and("c.ministryCode = :ministry", "ministry", ministry)
                .and("(exists (select 1 from Amount sa where sa.post.chapter = c and sa.agency.id = :agency) or "
                        + "exists (select 1 from Allocation sl where sl.post.chapter = c and sl.agency.id = :agency))",
                        "agency", agency);
    }

    public ListQuery<Chapter, ChapterSummary> chapters(ChapterFilter filter) {
        boolean withTotals = filter.year() != null && filter.stage() != null;
        Where where = Where.start(" where 1 = 1").and("c.category.code = :category", "category", filter.category());
        if (filter.kind() != null) {
            where.and(filter.kind() == ChapterKind.REVENUE ? "c.number >= :firstRevenue" : "c.number < :firstRevenue",
                    "firstRevenue", ChapterKind.FIRST_REVENUE_CHAPTER);
        }
        scope(where, filter.ministry(), filter.agency());
        if (filter.year() != null || filter.stage() != null) {
            where.append(" and exists (select 1 from Amount a where a.post.chapter = c and a.agency is null")
                    .and("a.year = :year", "year", filter.year())
                    .and("a.stage = :stage", "stage", filter.stage())
                    .append(")");
        }
        String order = switch (filter.sort() == null ? "number" : filter.sort()) {
            case "-number" -> " order by c.number desc";
            case "name" -> " order by c.name, c.number";
            case "-name" -> " order by c.name desc, c.number";
            default -> " order by c.number";
        };
        return ListQuery.of(() -> Chapter.count("from Chapter c" + where, where.parameters()),
                () -> where.bindTo(em.createQuery("select c from Chapter c left join fetch c.category cat "
                        + "left join fetch cat.area" + where + order, Chapter.class)),
                chapters -> {
                    Map<Integer, Long> totals = withTotals ? chapterTotals(chapters, filter.year(), filter.stage())
                            : Map.of();
                    Set<Integer> pairs = existingPairs(chapters.stream().map(c -> c.number).toList());
                    return chapters.stream().map(c -> new ChapterSummary(c.number, c.name, c.kind(), c.ministryCode,
                            paired(c.number, pairs), c.category == null ? null : c.category.code,
                            c.category == null ? null : c.category.name,
                            withTotals ? totals.getOrDefault(c.number, 0L) : null)).toList();
                });
    }

    /** One post with its amounts, and its version (the ETag). */
    public Optional<Versioned<PostView>> post(int chapter, int number) {
        return Post.findByNumber(chapter, number).map(post -> {
            List<AmountView> amounts = Amount.<Amount>list("select a from Amount a join fetch a.post p "
                    + "join fetch p.chapter left join fetch a.document left join fetch a.agency "
                    + "where a.post = ?1 order by a.year, a.stage, a.agency.id nulls first", post)
                    .stream().map(BudgetQueryService::amountView).toList();
            return new Versioned<>(postView(post, amounts), post.version);
        });
    }

    /** One amount of a post for a year, stage and agency id (null: the state budget's), and its version (the ETag). */
    public Optional<Versioned<AmountView>> amount(int chapter, int post, int year, Stage stage, String agencyId) {
        return Post.findByNumber(chapter, post)
                .flatMap(p -> Amount.findFigure(p, year, stage, agencyId).<Amount>firstResultOptional())
                .map(amount -> new Versioned<>(amountView(amount), amount.version));
    }

    public ListQuery<Amount, AmountRow> amounts(AmountFilter filter) {
        Where where = amountsWhere(filter);
        return ListQuery.of(() -> Amount.count("from Amount a" + where, where.parameters()), () -> amountsQuery(where),
                amounts -> amounts.stream().map(BudgetQueryService::amountRow).toList());
    }

    /**
     * The list's amounts, all of them, as a JSON-stat dataset ({@link AmountDatasets#of}) of at most
     * {@code limit}'s cells, else {@link JsonStat.TooLarge}. One query, reading at most one amount more than that.
     */
    public JsonStat.Dataset amountsDataset(AmountFilter filter, JsonStat.Limit limit, Language language) {
        int max = Math.toIntExact(limit.maxCells());
        List<Amount> amounts = amountsQuery(amountsWhere(filter)).setMaxResults(max + 1).getResultList();
        if (amounts.size() > max) {
            throw limit.exceeded("the dataset would have more than " + max + " amounts, each a cell");
        }
        return AmountDatasets.of(amounts, limit, language);
    }

    private TypedQuery<Amount> amountsQuery(Where where) {
        return where.bindTo(em.createQuery("select a from Amount a join fetch a.post p join fetch p.chapter "
                + "left join fetch a.document left join fetch a.agency ag" + where
                + " order by p.chapter.number, p.number, a.year, a.stage, ag.id nulls first", Amount.class));
    }

    private static Where amountsWhere(AmountFilter filter) {
        Where where = Where.start(" where 1 = 1")
                .and("a.post.chapter.number = :chapter", "chapter", filter.chapter())
                .and("a.post.number = :post", "post", filter.post())
                .and("a.year = :year", "year", filter.year())
                .and("a.stage = :stage", "stage", filter.stage())
                .and("a.post.chapter.ministryCode = :ministry", "ministry", filter.ministry());
        if (AmountFilter.STATE.equals(filter.agency())) {
            where.append(" and a.agency is null");
        } else {
            where.and("a.agency.id = :agency", "agency", filter.agency());
        }
        return where;
    }

    /** Sum per chapter of the state-budget amounts of one year and stage. */
    private Map<Integer, Long> chapterTotals(List<Chapter> chapters, int year, Stage stage) {
        if (chapters.isEmpty()) {
            return Map.of();
        }
        TypedQuery<Object[]> query = em.createQuery("select a.post.chapter.number, sum(a.amountNok) from Amount a "
                + "where a.year = :year and a.stage = :stage and a.agency is null and a.post.chapter.number in :chapters "
                + "group by a.post.chapter.number", Object[].class);
        query.setParameter("year", year).setParameter("stage", stage)
                .setParameter("chapters", chapters.stream().map(c -> c.number).toList());
        Map<Integer, Long> totals = new HashMap<>();
        query.getResultList().forEach(row -> totals.put((Integer) row[0], (Long) row[1]));
        return totals;
    }

    /** The paired chapters (740 ↔ 3740) of the given ones that exist. */
    private Set<Integer> existingPairs(Collection<Integer> chapters) {
        List<Integer> candidates = chapters.stream().map(ChapterKind::pairedChapter).filter(Objects::nonNull).toList();
        if (candidates.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select c.number from Chapter c where c.number in :numbers", Integer.class)
                .setParameter("numbers", candidates).getResultList());
    }

    private static Integer paired(int chapter, Set<Integer> existing) {
        Integer pair = ChapterKind.pairedChapter(chapter);
        return pair != null && existing.contains(pair) ? pair : null;
    }

    static String postNumber(int post) {
        return "%02d".formatted(post);
    }

    static CategoryView categoryView(ProgramCategory category) {
        return new CategoryView(category.code, category.name, category.area.code, category.area.name);
    }

    static StikkordView stikkord(Post post) {
        return stikkord(post.transferable, post.estimateAppropriation, post.mayBeUsedUnderPosts);
    }

    static StikkordView stikkord(boolean transferable, boolean estimateAppropriation, int[] mayBeUsedUnderPosts) {
        return new StikkordView(transferable, estimateAppropriation,
                IntStream.of(mayBeUsedUnderPosts).sorted().mapToObj(BudgetQueryService::postNumber).toList());
    }

    static Provenance provenance(Amount amount) {
        return new Provenance(amount.document == null ? null : amount.document.kind,
                amount.document == null ? null : amount.document.title, amount.sourceLine, amount.sourceText,
                amount.sourceSection);
    }

    static PostView postView(Post post, List<AmountView> amounts) {
        return new PostView(postNumber(post.number), post.name, post.kind(), stikkord(post), amounts);
    }

    static AmountView amountView(Amount amount) {
        return new AmountView(amount.year, amount.stage, amount.post.chapter.ministryCode,
                amount.agency == null ? null : amount.agency.id, amount.agency == null ? null : amount.agency.name,
                amount.amountNok, provenance(amount));
    }

    static AmountRow amountRow(Amount amount) {
        Provenance source = provenance(amount);
        return new AmountRow(amount.post.chapter.number, postNumber(amount.post.number), amount.year, amount.stage,
                amount.post.chapter.ministryCode, amount.agency == null ? null : amount.agency.id,
                amount.agency == null ? null : amount.agency.name, amount.amountNok, source.document(), source.line(),
                source.text());
    }
}
