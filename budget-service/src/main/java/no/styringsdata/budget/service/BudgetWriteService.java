package no.styringsdata.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import no.styringsdata.budget.domain.Stage;
import no.styringsdata.budget.dto.AmountInput;
import no.styringsdata.budget.dto.ChapterInput;
import no.styringsdata.budget.dto.PostInput;
import no.styringsdata.budget.entity.Amount;
import no.styringsdata.budget.entity.Chapter;
import no.styringsdata.budget.entity.Post;
import no.styringsdata.budget.entity.ProgramCategory;
import no.styringsdata.platform.audit.AuditLog;
import no.styringsdata.platform.problem.Problems;
import no.styringsdata.platform.scope.AgencyEntity;
import no.styringsdata.platform.scope.MinistryEntity;
import no.styringsdata.reader.identity.Ministries;
import no.styringsdata.reader.identity.Ministry;

/**
 * Creating and correcting chapters, posts and amounts through the API. Every write is one
 * transaction and checks the version the caller last saw ({@code If-Match}) when one is given. The
 * record is locked before the check, so that of writers who all sent the current version one wins
 * and the others then see the new version (412); without the lock they all passed the check and
 * the losers' UPDATE failed on the version column (a 500).
 */
@ApplicationScoped
@Transactional
public class BudgetWriteService {

    @Inject
    AuditLog audit;

    /** The outcome of a create-or-update: whether it created, and the new version (for the ETag). */
    public record Written(boolean created, long version) {
    }

    public Written putChapter(int number, ChapterInput input, Long expectedVersion) {
        ProgramCategory category = null;
        if (input.categoryCode() != null) {
            category = ProgramCategory.<ProgramCategory>findByIdOptional(input.categoryCode()).orElseThrow(() ->
                    Problems.invalidField("body", "categoryCode", "no programkategori " + input.categoryCode()));
        }
        Chapter chapter = Chapter.findById(number, LockModeType.PESSIMISTIC_WRITE);
        boolean created = chapter == null;
        ChapterInput before = created ? null
                : new ChapterInput(chapter.name, chapter.category == null ? null : chapter.category.code);
        if (created) {
            requireNoVersion(expectedVersion, "kap. " + number);
            chapter = new Chapter();
            chapter.number = number;
            chapter.ministryCode = Ministries.owningChapter(number).map(Ministry::code)
                    .filter(code -> MinistryEntity.findById(code) != null).orElse(null);
        } else {
            requireVersion(chapter.version, expectedVersion, "kap. " + number);
        }
        chapter.name = input.name().strip();
        chapter.category = category;
        chapter.persistAndFlush();
        audit.record(created ? "create" : "update", "chapter", String.valueOf(number), before,
                new ChapterInput(chapter.name, input.categoryCode()));
        return new Written(created, chapter.version);
    }

    public Written putPost(int chapterNumber, int number, PostInput input, Long expectedVersion) {
        Chapter chapter = Chapter.<Chapter>findByIdOptional(chapterNumber)
                .orElseThrow(() -> Problems.notFound("No kap. " + chapterNumber + "; create the chapter first."));
        Post post = Post.lockByNumber(chapterNumber, number).orElse(null);
        boolean created = post == null;
        PostInput before = created ? null : postState(post);
        String subject = "kap. " + chapterNumber + " post " + BudgetQueryService.postNumber(number);
        if (created) {
            requireNoVersion(expectedVersion, subject);
            post = new Post();
            post.chapter = chapter;
            post.number = number;
        } else {
            requireVersion(post.version, expectedVersion, subject);
        }
        List<Integer> usedUnder = input.mayBeUsedUnderPosts() == null ? List.of() : input.mayBeUsedUnderPosts();
        post.name = input.name().strip();
        post.transferable = input.transferable();
        post.estimateAppropriation = input.estimateAppropriation();
        post.mayBeUsedUnderPosts = usedUnder.stream().distinct().sorted().mapToInt(Integer::intValue).toArray();
        post.persistAndFlush();
        audit.record(created ? "create" : "update", "post", chapterNumber + "." + BudgetQueryService.postNumber(number),
                before, postState(post));
        return new Written(created, post.version);
    }

    /** Sets an amount of the state budget ({@code agencyId} null) or of an agency this service knows. */
    public Written putAmount(int chapterNumber, int postNumber, int year, Stage stage, String agencyId,
                             AmountInput input, Long expectedVersion) {
        AgencyEntity agency = agencyId == null ? null : AgencyEntity.<AgencyEntity>findByIdOptional(agencyId)
                .orElseThrow(() -> Problems.invalidField("query", "agency", "no agency '" + agencyId
                        + "' here; an agency is known once a document of it is imported"));
        Post post = Post.findByNumber(chapterNumber, postNumber).orElseThrow(() -> Problems.notFound(
                "No kap. " + chapterNumber + " post " + BudgetQueryService.postNumber(postNumber)
                        + "; create the post first."));
        Amount amount = Amount.findFigure(post, year, stage, agencyId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
        boolean created = amount == null;
        AmountInput before = created ? null : new AmountInput(amount.amountNok, amount.sourceText);
        String subject = "the " + stage.wireName() + " amount of " + year;
        if (created) {
            requireNoVersion(expectedVersion, subject);
            amount = new Amount();
            amount.post = post;
            amount.year = year;
            amount.stage = stage;
            amount.agency = agency;
        } else {
            requireVersion(amount.version, expectedVersion, subject);
        }
        amount.amountNok = input.amountNok();
        amount.document = null;
        amount.sourceLine = null;
        amount.sourceSection = null;
        amount.sourceText = input.note() == null ? "Set through the API" : "Set through the API: " + input.note();
        amount.persistAndFlush();
        audit.record(created ? "create" : "update", "amount", chapterNumber + "." + BudgetQueryService.postNumber(postNumber)
                + "/" + year + "/" + stage.wireName() + (agencyId == null ? "" : "/" + agencyId), before,
                new AmountInput(amount.amountNok, amount.sourceText));
        return new Written(created, amount.version);
    }

    private static PostInput postState(Post post) {
        return new PostInput(post.name, post.transferable, post.estimateAppropriation,
                java.util.Arrays.stream(post.mayBeUsedUnderPosts).boxed().toList());
    }

    private static void requireVersion(long current, Long expected, String subject) {
        if (expected != null && !Objects.equals(current, expected)) {
            throw Problems.staleVersion("You sent If-Match for version " + expected + " of " + subject
                    + ", but it is at version " + current + " now. Read it again and retry.");
        }
    }

    private static void requireNoVersion(Long expected, String subject) {
        if (expected != null) {
            throw Problems.staleVersion("You sent If-Match, but " + subject + " does not exist.");
        }
    }
}
