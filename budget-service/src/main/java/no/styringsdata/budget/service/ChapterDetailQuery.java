package no.styringsdata.budget.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import no.styringsdata.budget.domain.ChapterKind;
import no.styringsdata.budget.domain.PostKind;
import no.styringsdata.budget.domain.Stage;
import no.styringsdata.budget.dto.AmountView;
import no.styringsdata.budget.dto.CategoryView;
import no.styringsdata.budget.dto.ChapterDetail;
import no.styringsdata.budget.dto.PostView;
import no.styringsdata.budget.dto.Provenance;
import no.styringsdata.platform.query.Where;

/**
 * One chapter with its posts and one page of their amounts, in one SQL statement: PostgreSQL joins the chapter,
 * its category, whether its paired chapter exists, the chapter's version and how many amounts match, and builds
 * the posts with their amounts as JSON. One statement is one snapshot, so the version (the ETag) is that of the
 * answer.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChapterDetailQuery {

    /** One page of the chapter's amounts, each post's in the order of their year, stage and agency (state first). */
    private static final String PAGE = "WITH page AS (SELECT a.*, p.number AS post_number FROM amount a "
            + "JOIN post p ON p.id = a.post_id %s "
            + "ORDER BY a.year, a.stage, a.agency_id NULLS FIRST, p.number LIMIT :size OFFSET :offset) ";

    private static final String CHAPTER = "SELECT c.version, c.name, c.ministry_code, cat.code AS category_code, "
            + "cat.name AS category_name, area.code AS area_code, area.name AS area_name, "
            + "%s AS paired_exists, "
            + "(SELECT count(*) FROM amount a JOIN post p ON p.id = a.post_id %s) AS amount_count, "
            + "(SELECT CAST(coalesce(json_agg(json_build_object('number', p.number, 'name', p.name, "
            + "    'transferable', p.transferable, 'estimateAppropriation', p.estimate_appropriation, "
            + "    'mayBeUsedUnderPosts', p.may_be_used_under_posts, "
            + "    'amounts', (SELECT coalesce(json_agg(json_build_object('year', a.year, 'stage', a.stage, "
            + "        'agency', a.agency_id, 'agencyName', ag.name, 'amountNok', a.amount_nok, "
            + "        'documentKind', d.kind, 'document', d.title, 'line', a.source_line, 'text', a.source_text, "
            + "        'section', a.source_section) ORDER BY a.year, a.stage, a.agency_id NULLS FIRST), '[]') "
            + "      FROM page a LEFT JOIN agency ag ON ag.id = a.agency_id "
            + "      LEFT JOIN source_document d ON d.id = a.document_id WHERE a.post_id = p.id)"
            + "  ) ORDER BY p.number), '[]') AS text) FROM post p WHERE p.chapter_number = c.number) AS posts "
            + "FROM chapter c LEFT JOIN program_category cat ON cat.code = c.category_code "
            + "LEFT JOIN program_area area ON area.code = cat.area_code WHERE c.number = :chapter";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** What narrows and pages the amounts of a chapter: a year and a stage (null: any), page from 1. */
    public record AmountSelection(Integer year, Stage stage, int page, int size) {

        int offset() {
            return (page - 1) * size;
        }
    }

    /** The chapter as read, its version (the ETag), and how many amounts match in all pages. */
    public record Found(ChapterDetail detail, long version, long amountCount) {
    }

    public Optional<Found> chapter(int number, AmountSelection selection) {
        Where amounts = Where.start("WHERE p.chapter_number = :chapter")
                .and("a.year = :year", "year", selection.year())
                .and("a.stage = :stage", "stage", selection.stage() == null ? null : selection.stage().wireName());
        Integer paired = ChapterKind.pairedChapter(number);
        String pairedExists = paired == null ? "false" : "EXISTS (SELECT 1 FROM chapter pc WHERE pc.number = :paired)";
        var query = em.createNativeQuery(PAGE.formatted(amounts) + CHAPTER.formatted(pairedExists, amounts), Tuple.class)
                .setParameter("chapter", number)
                .setParameter("size", selection.size())
                .setParameter("offset", selection.offset());
        if (paired != null) {
            query.setParameter("paired", paired);
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = amounts.bindTo(query).getResultList();
        return rows.stream().findFirst().map(row -> found(number, paired, row));
    }

    private Found found(int number, Integer paired, Tuple row) {
        ChapterKind kind = ChapterKind.of(number);
        String ministry = row.get("ministry_code", String.class);
        CategoryView category = row.get("category_code") == null ? null
                : new CategoryView(row.get("category_code", String.class), row.get("category_name", String.class),
                        row.get("area_code", String.class), row.get("area_name", String.class));
        List<PostView> posts = posts(row.get("posts", String.class)).stream()
                .map(post -> new PostView(BudgetQueryService.postNumber(post.number()), post.name(),
                        PostKind.of(kind, post.number()),
                        BudgetQueryService.stikkord(post.transferable(), post.estimateAppropriation(),
                                post.mayBeUsedUnderPosts()),
                        post.amounts().stream().map(amount -> amount.view(ministry)).toList()))
                .toList();
        var detail = new ChapterDetail(number, row.get("name", String.class), kind, ministry,
                Boolean.TRUE.equals(row.get("paired_exists")) ? paired : null, category, posts);
        return new Found(detail, ((Number) row.get("version")).longValue(),
                ((Number) row.get("amount_count")).longValue());
    }

    private List<PostJson> posts(String posts) {
        try {
            return json.readValue(posts, new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("The chapter's posts as PostgreSQL built them: " + e.getMessage(), e);
        }
    }

    /** A post as the statement builds it. */
    private record PostJson(int number, String name, boolean transferable, boolean estimateAppropriation,
                            int[] mayBeUsedUnderPosts, List<AmountJson> amounts) {
    }

    /** An amount as the statement builds it. */
    private record AmountJson(int year, Stage stage, String agency, String agencyName, long amountNok,
                              String documentKind, String document, Integer line, String text, String section) {

        AmountView view(String ministry) {
            return new AmountView(year, stage, ministry, agency, agencyName, amountNok,
                    new Provenance(documentKind, document, line, text, section));
        }
    }
}
