package no.styringsdata.budget.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Optional;
import no.styringsdata.budget.domain.PostKind;
import no.styringsdata.platform.entity.IdentityKeyEntity;

/** Post: a numbered line of a chapter; its number range says its kind, its stikkord its rules. */
@Entity
public class Post extends IdentityKeyEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Chapter chapter;

    public int number;
    public String name;
    public boolean transferable;
    public boolean estimateAppropriation;
    public int[] mayBeUsedUnderPosts = new int[0];

    /** The document the name stands from; null for one entered through the API (see V6__import_provenance.sql). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "named_by")
    public SourceDocument namedBy;

    @Version
    public long version;

    public PostKind kind() {
        return PostKind.of(chapter.kind(), number);
    }

    public static Optional<Post> findByNumber(int chapter, int post) {
        return find("chapter.number = ?1 and number = ?2", chapter, post).firstResultOptional();
    }

    /** The post, locked for update until the transaction ends. */
    public static Optional<Post> lockByNumber(int chapter, int post) {
        return find("chapter.number = ?1 and number = ?2", chapter, post)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public static List<Post> listByChapter(int chapter) {
        return list("chapter.number = ?1 order by number", chapter);
    }
}
