package no.styringsdata.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
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
import no.styringsdata.platform.write.KeyLocks;
import no.styringsdata.platform.write.Precondition;
import no.styringsdata.reader.identity.Ministries;
import no.styringsdata.reader.identity.Ministry;

/**
 * Creating and correcting chapters, posts and amounts through the API. Every write is one
 * transaction and checks the version the caller last saw ({@code If-Match}) when one is given. The
 * record is locked before the check, so that of writers who all sent the current version one wins
 * and the others then see the new version (412); without the lock they all passed the check and
 * the losers' UPDATE failed on the version column (a 500).
 *
 * <p>A record that does not exist yet has no row to lock: the writers of one key first take the
 * key's lock ({@link KeyLocks}), so that of writers who create the same key at once exactly one
 * creates (201) and each of the others then finds the record and writes over it as an update: 200,
 * and nothing written (no new version, no audit entry) when its body says what the record says
 * already. A writer who must not overwrite sends {@code If-None-Match: *} and gets 412 instead.
 */
@ApplicationScoped
@Transactional
public class BudgetWriteService {

    @Inject
    AuditLog audit;

    @Inject
    KeyLocks keys;

    /** The outcome of a create-or-update: whether it created, and the record's version now (for the ETag). */
    public record Written(boolean created, long version) {
    }

    public Written putChapter(int number, ChapterInput input, Precondition precondition) {
        ProgramCategory category = null;
        if (input.categoryCode() != null) {
            category = ProgramCategory.<ProgramCategory>findByIdOptional(input.categoryCode()).orElseThrow(() ->
                    Problems.invalidField("body", "categoryCode", "no programkategori " + input.categoryCode()));
        }
        Chapter chapter = keys.lockAndCheck("chapter", String.valueOf(number),
                () -> Chapter.<Chapter>findById(number, LockModeType.PESSIMISTIC_WRITE), c -> c.version, precondition,
                "kap. " + number);
        boolean created = chapter == null;
        ChapterInput before = created ? null
                : new ChapterInput(chapter.name, chapter.category == null ? null : chapter.category.code);
        ChapterInput after = new ChapterInput(input.name().strip(), input.categoryCode());
        if (created) {
            chapter = new Chapter();
            chapter.number = number;
            chapter.ministryCode = Ministries.owningChapter(number).map(Ministry::code)
                    .filter(code -> MinistryEntity.findById(code) != null).orElse(null);
        } else if (after.equals(before)) {
            return new Written(false, chapter.version);
        }
        chapter.name = after.name();
        chapter.category = category;
        chapter.persistAndFlush();
        audit.record(created ? "create" : "update", "chapter", String.valueOf(number), before, after);
        return new Written(created, chapter.version);
    }

    public Written putPost(int chapterNumber, int number, PostInput input, Precondition precondition) {
        Chapter chapter = Chapter.<Chapter>findByIdOptional(chapterNumber)
                .orElseThrow(() -> Problems.notFound("No kap. " + chapterNumber + "; create the chapter first."));
        String target = chapterNumber + "." + BudgetQueryService.postNumber(number);
        String subject = "kap. " + chapterNumber + " post " + BudgetQueryService.postNumber(number);
        Post post = keys.lockAndCheck("post", target, () -> Post.lockByNumber(chapterNumber, number).orElse(null),
                p -> p.version, precondition, subject);
        boolean created = post == null;
        PostInput before = created ? null : postState(post);
        List<Integer> usedUnder = input.mayBeUsedUnderPosts() == null ? List.of() : input.mayBeUsedUnderPosts();
        PostInput after = new PostInput(input.name().strip(), input.transferable(), input.estimateAppropriation(),
                usedUnder.stream().distinct().sorted().toList());
        if (created) {
            post = new Post();
            post.chapter = chapter;
            post.number = number;
        } else if (after.equals(before)) {
            return new Written(false, post.version);
        }
        post.name = after.name();
        post.transferable = after.transferable();
        post.estimateAppropriation = after.estimateAppropriation();
        post.mayBeUsedUnderPosts = after.mayBeUsedUnderPosts().stream().mapToInt(Integer::intValue).toArray();
        post.persistAndFlush();
        audit.record(created ? "create" : "update", "post", target, before, after);
        return new Written(created, post.version);
    }

    /** Sets an amount of the state budget ({@code agencyId} null) or of an agency this service knows. */
    public Written putAmount(int chapterNumber, int postNumber, int year, Stage stage, String agencyId,
                             AmountInput input, Precondition precondition) {
        AgencyEntity agency = agencyId == null ? null : AgencyEntity.<AgencyEntity>findByIdOptional(agencyId)
                .orElseThrow(() -> Problems.invalidField("query", "agency", "no agency '" + agencyId
                        + "' here; an agency is known once a document of it is imported"));
        Post post = Post.findByNumber(chapterNumber, postNumber).orElseThrow(() -> Problems.notFound(
                "No kap. " + chapterNumber + " post " + BudgetQueryService.postNumber(postNumber)
                        + "; create the post first."));
        String target = chapterNumber + "." + BudgetQueryService.postNumber(postNumber) + "/" + year + "/"
                + stage.wireName() + (agencyId == null ? "" : "/" + agencyId);
        String subject = "the " + stage.wireName() + " amount of " + year;
        Amount amount = keys.lockAndCheck("amount", target, () -> Amount.findFigure(post, year, stage, agencyId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).<Amount>firstResult(), a -> a.version, precondition, subject);
        boolean created = amount == null;
        AmountInput before = created ? null : new AmountInput(amount.amountNok, amount.sourceText);
        AmountInput after = new AmountInput(input.amountNok(),
                input.note() == null ? "Set through the API" : "Set through the API: " + input.note());
        if (created) {
            amount = new Amount();
            amount.post = post;
            amount.year = year;
            amount.stage = stage;
            amount.agency = agency;
        } else if (after.equals(before) && amount.document == null) {
            return new Written(false, amount.version);
        }
        amount.amountNok = after.amountNok();
        amount.document = null;
        amount.sourceLine = null;
        amount.sourceSection = null;
        amount.sourceText = after.note();
        amount.persistAndFlush();
        audit.record(created ? "create" : "update", "amount", target, before, after);
        return new Written(created, amount.version);
    }

    private static PostInput postState(Post post) {
        return new PostInput(post.name, post.transferable, post.estimateAppropriation,
                java.util.Arrays.stream(post.mayBeUsedUnderPosts).boxed().toList());
    }
}
