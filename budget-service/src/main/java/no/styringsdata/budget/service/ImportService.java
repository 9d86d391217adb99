package no.styringsdata.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.TreeSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.styringsdata.budget.entity.Allocation;
import no.styringsdata.budget.entity.AllocationEvent;
import no.styringsdata.budget.entity.Amount;
import no.styringsdata.budget.entity.Chapter;
import no.styringsdata.budget.entity.Post;
import no.styringsdata.budget.entity.ProgramArea;
import no.styringsdata.budget.entity.ProgramCategory;
import no.styringsdata.budget.entity.SourceDocument;
import no.styringsdata.budget.importer.ParsedAllocation;
import no.styringsdata.budget.importer.ParsedAmount;
import no.styringsdata.budget.importer.ParsedCategory;
import no.styringsdata.budget.importer.ParsedChapter;
import no.styringsdata.budget.importer.ParsedDocument;
import no.styringsdata.budget.importer.ParsedPost;
import no.styringsdata.platform.importing.ChangeCounter;
import no.styringsdata.platform.importing.DocumentImports;
import no.styringsdata.platform.importing.ImportLock;
import no.styringsdata.platform.importing.ImportReport;
import no.styringsdata.platform.importing.SectionFinding;
import no.styringsdata.platform.importing.TextChecksum;
import no.styringsdata.platform.scope.AgencyEntity;
import no.styringsdata.platform.scope.ImportParams;
import no.styringsdata.platform.scope.ScopeRegistry;
import no.styringsdata.reader.DocumentKind;
import no.styringsdata.reader.ReadDocument;
import no.styringsdata.reader.identity.Ministries;
import no.styringsdata.reader.text.DocumentLines;
import no.styringsdata.reader.text.ImportWarning;
import no.styringsdata.platform.problem.Problems;

/**
 * Imports a document: parse (pure), then store everything in one transaction, matching what is
 * there by natural keys so that importing the same document twice changes nothing. Imports of one service
 * run one at a time ({@link ImportLock}). The order of arrival does not matter: where two documents give a
 * value for the same key, {@link DocumentPrecedence} says which stands; money on a post no document named
 * yet is kept on an unnamed post; and a supplementary letter's change goes to the row it concerns whichever
 * came first (see {@code Store.mergeRows}).
 */
@ApplicationScoped
public class ImportService {

    @Inject
    DocumentParsers parsers;

    @Inject
    ScopeRegistry scopes;

    @Inject
    DocumentImports imports;

    /**
     * Reads, parses and stores a document, all or nothing ({@link DocumentImports}). What the document is and whose
     * it is comes from its text, completed by {@code params} (one that contradicts the text, or one missing where the
     * text does not say, is a 422 naming it). {@code dateIfUndated} dates a supplementary letter whose text gives no
     * date.
     */
    public ImportReport importDocument(ImportParams params, String text, LocalDate dateIfUndated) {
        return imports.run(params, text, read -> parse(read, dateIfUndated), this::storeDocument);
    }

    private ParsedDocument parse(ReadDocument read, LocalDate dateIfUndated) {
        if (dateIfUndated != null && read.identity().kind() != DocumentKind.SUPPLEMENTARY_LETTER) {
            throw Problems.invalidField("query", "date", "applies to supplementary letters only");
        }
        return parsers.parse(read, dateIfUndated);
    }

    /** Stores what {@link #importDocument} read, in one transaction (public only to be intercepted: call that). */
    @Transactional
    public ImportReport storeDocument(ReadDocument read, ParsedDocument parsed, String text, long parseMillis) {
        AgencyEntity agency = imports.begin(read.identity());
        Store store = new Store(parsed, agency, scopes);
        boolean documentChanged = store.sourceDocument(text);
        store.categories();
        store.chapters();
        store.posts();
        store.amounts();
        store.allocations();
        ImportReport report = ImportReport.of(parsed.identity(), agency).title(parsed.title())
                .documentChanged(documentChanged)
                .changes("chapters", store.chapters).changes("posts", store.posts)
                .changes("amounts", store.amounts).changes("allocations", store.allocations)
                .sections(sections(read, parsed))
                .checks(parsed.checks().stream()
                        .map(c -> new ImportReport.Check(c.subject(), c.passed(), c.detail(), c.line())).toList())
                .warnings(store.warnings)
                .build(parseMillis);
        imports.audit(report, "document", parsed.kind().wireName() + ": " + parsed.title(),
                new ImportSummary(report.ministry(), report.agency(), report.changes().get("chapters"),
                        report.changes().get("posts"), report.changes().get("amounts"),
                        report.changes().get("allocations"), report.checks().stream().filter(c -> !c.passed()).count()));
        return report;
    }

    /** Per heading of the document: the tables read there, and the rows amounts and allocations came from. */
    private static List<SectionFinding> sections(ReadDocument read, ParsedDocument parsed) {
        Set<Integer> rows = new TreeSet<>();
        parsed.amounts().forEach(a -> rows.add(a.source().line()));
        parsed.allocations().forEach(a -> rows.add(a.source().line()));
        Map<String, List<Integer>> found = new LinkedHashMap<>();
        found.put("tables", parsed.tables());
        found.put("rows", List.copyOf(rows));
        return SectionFinding.of(read, found);
    }

    /** The state of one import: what is stored, looked up once, and what changed. */
    private static final class Store {

        private final ParsedDocument parsed;
        /** The document's agency; null for Prop. 1 S, whose amounts are the state budget's. */
        private final AgencyEntity agency;
        private final String ministryCode;
        private final ScopeRegistry scopes;
        private final Map<Integer, String> owners = new HashMap<>();
        private final List<ImportWarning> warnings;
        private final ChangeCounter chapters = new ChangeCounter();
        private final ChangeCounter posts = new ChangeCounter();
        private final ChangeCounter amounts = new ChangeCounter();
        private final ChangeCounter allocations = new ChangeCounter();
        private final Map<Integer, Chapter> chapterByNumber = new HashMap<>();
        private final Map<PostKey, Post> postByKey = new HashMap<>();
        private final Map<String, ProgramCategory> categoryByCode = new HashMap<>();
        /** Other documents' rows of this agency, by post and year: what a supplementary letter's change may concern. */
        private Map<PostYear, List<Allocation>> earlierRows;
        private SourceDocument document;

        Store(ParsedDocument parsed, AgencyEntity agency, ScopeRegistry scopes) {
            this.parsed = parsed;
            this.scopes = scopes;
            this.agency = agency;
            this.ministryCode = parsed.identity().ministry().code();
            this.warnings = new java.util.ArrayList<>(parsed.warnings());
        }

        boolean sourceDocument(String text) {
            String sha = TextChecksum.sha256(text);
            document = SourceDocument.findByIdentity(parsed.kind().wireName(), parsed.year(), ministryCode,
                    agencyId(), parsed.title()).orElse(null);
            if (document != null && document.sha256.equals(sha)) {
                return false;
            }
            if (document == null) {
                document = new SourceDocument();
                document.kind = parsed.kind().wireName();
                document.year = parsed.year();
                document.title = parsed.title();
                document.ministryCode = ministryCode;
                document.agencyId = agencyId();
            }
            document.sha256 = sha;
            document.documentDate = parsed.date();
            document.lineCount = DocumentLines.of(text).size();
            document.importedAt = Instant.now();
            document.persist();
            return true;
        }

        void categories() {
            Map<String, ProgramArea> areaByCode = new HashMap<>();
            ProgramArea.<ProgramArea>listAll().forEach(a -> areaByCode.put(a.code, a));
            ProgramCategory.<ProgramCategory>listAll().forEach(c -> categoryByCode.put(c.code, c));
            for (ParsedCategory parsedCategory : parsed.categories()) {
                ProgramArea area = areaByCode.get(parsedCategory.areaCode());
                if (area == null) {
                    area = new ProgramArea();
                    area.code = parsedCategory.areaCode();
                    area.name = parsedCategory.areaName();
                    area.namedBy = document;
                    area.persist();
                    areaByCode.put(area.code, area);
                } else if (parsedCategory.areaName() != null && namesStand(area.namedBy)) {
                    area.name = parsedCategory.areaName();
                    area.namedBy = document;
                }
                ProgramCategory category = categoryByCode.get(parsedCategory.code());
                if (category == null) {
                    category = new ProgramCategory();
                    category.code = parsedCategory.code();
                    category.area = area;
                    category.name = parsedCategory.name();
                    category.namedBy = document;
                    category.persist();
                    categoryByCode.put(category.code, category);
                } else if (namesStand(category.namedBy)) {
                    category.area = area;
                    category.name = parsedCategory.name();
                    category.namedBy = document;
                }
            }
        }

        void chapters() {
            Chapter.<Chapter>listAll().forEach(c -> chapterByNumber.put(c.number, c));
            for (ParsedChapter parsedChapter : parsed.chapters()) {
                Chapter chapter = chapterByNumber.get(parsedChapter.number());
                ProgramCategory category = parsedChapter.categoryCode() == null ? null
                        : categoryByCode.get(parsedChapter.categoryCode());
                if (chapter == null) {
                    chapter = newChapter(parsedChapter.number());
                    chapter.name = parsedChapter.name();
                    chapter.category = category;
                    chapter.namedBy = parsedChapter.name() == null ? null : document;
                    chapters.created();
                    continue;
                }
                boolean changed = false;
                if (chapter.ministryCode == null) {
                    chapter.ministryCode = owningMinistry(chapter.number);
                    changed = true;
                }
                // a name that stands from a document ranked above this one stays; a missing one is filled
                boolean stands = namesStand(chapter.namedBy);
                if (parsedChapter.name() != null && (chapter.name == null || stands)
                        && (!parsedChapter.name().equals(chapter.name)
                        || !DocumentPrecedence.same(chapter.namedBy, document))) {
                    chapter.name = parsedChapter.name();
                    chapter.namedBy = document;
                    changed = true;
                }
                if (category != null && (chapter.category == null || stands)
                        && !category.equals(chapter.category)) {
                    chapter.category = category;
                    changed = true;
                }
                chapters.touched(changed);
            }
        }

        void posts() {
            Post.<Post>list("select p from Post p join fetch p.chapter")
                    .forEach(p -> postByKey.put(new PostKey(p.chapter.number, p.number), p));
            for (ParsedPost parsedPost : parsed.posts()) {
                PostKey key = new PostKey(parsedPost.chapter(), parsedPost.post());
                Post post = postByKey.get(key);
                int[] usedUnder = parsedPost.stikkord().mayBeUsedUnderPosts().stream().mapToInt(i -> i).toArray();
                boolean created = post == null;
                if (created) {
                    post = newPost(key);
                }
                boolean changed = created || (post.name == null || namesStand(post.namedBy))
                        && (!Objects.equals(post.name, parsedPost.name()) || !DocumentPrecedence.same(post.namedBy, document)
                        || post.transferable != parsedPost.stikkord().transferable()
                        || post.estimateAppropriation != parsedPost.stikkord().estimateAppropriation()
                        || !Arrays.equals(post.mayBeUsedUnderPosts, usedUnder));
                if (changed) {
                    post.name = parsedPost.name();
                    post.namedBy = document;
                    post.transferable = parsedPost.stikkord().transferable();
                    post.estimateAppropriation = parsedPost.stikkord().estimateAppropriation();
                    post.mayBeUsedUnderPosts = usedUnder;
                }
                if (created) {
                    posts.created();
                } else {
                    posts.touched(changed);
                }
            }
        }

        void amounts() {
            Map<AmountKey, Amount> existing = new HashMap<>();
            Set<Integer> years = new HashSet<>();
            parsed.amounts().forEach(a -> years.add(a.year()));
            if (!years.isEmpty()) {
                Amount.<Amount>list("year in ?1", years).forEach(a -> existing.put(AmountKey.of(a), a));
            }
            for (ParsedAmount parsedAmount : parsed.amounts()) {
                Post post = postFor(parsedAmount.chapter(), parsedAmount.post(), parsedAmount.source().line());
                AmountKey key = new AmountKey(post.id, parsedAmount.year(), parsedAmount.stage().wireName(),
                        agencyId());
                Amount amount = existing.get(key);
                if (amount == null) {
                    amount = new Amount();
                    amount.post = post;
                    amount.year = parsedAmount.year();
                    amount.stage = parsedAmount.stage();
                    amount.agency = agency;
                    existing.put(key, amount);
                    amounts.created();
                } else if (!DocumentPrecedence.replaces(DocumentPrecedence.FIGURES, document, amount.document)) {
                    amounts.touched(false);
                    continue;
                } else {
                    amounts.touched(amount.amountNok != parsedAmount.amountNok()
                            || !Objects.equals(amount.document, document)
                            || !Objects.equals(amount.sourceSection, parsedAmount.section()));
                }
                amount.amountNok = parsedAmount.amountNok();
                amount.document = document;
                amount.sourceLine = parsedAmount.source().line();
                amount.sourceText = parsedAmount.source().text();
                amount.sourceSection = parsedAmount.section();
                if (amount.id == null) {
                    amount.persist();
                }
            }
        }

        void allocations() {
            Map<AllocationKey, Allocation> ownRows = new HashMap<>();
            Allocation.<Allocation>list("document", document)
                    .forEach(a -> ownRows.put(new AllocationKey(a.sourceLine, a.post.id), a));
            Map<EventKey, AllocationEvent> ownEvents = new HashMap<>();
            AllocationEvent.<AllocationEvent>list("document", document)
                    .forEach(e -> ownEvents.put(new EventKey(e.sourceLine, e.allocation.id), e));
            Set<Allocation> seenRows = new HashSet<>();
            Set<AllocationEvent> seenEvents = new HashSet<>();
            Set<Post> touchedPosts = new HashSet<>();

            for (ParsedAllocation parsedAllocation : parsed.allocations()) {
                Post post = postFor(parsedAllocation.chapter(), parsedAllocation.post(),
                        parsedAllocation.source().line());
                touchedPosts.add(post);
                Allocation row = parsed.kind() == DocumentKind.SUPPLEMENTARY_LETTER
                        ? earlierRowFor(parsedAllocation, post).orElse(null) : null;
                boolean rowChanged = false;
                if (row == null) {
                    AllocationKey key = new AllocationKey(parsedAllocation.source().line(), post.id);
                    row = ownRows.get(key);
                    if (row == null) {
                        row = new Allocation();
                        row.post = post;
                        row.document = document;
                        row.sourceLine = parsedAllocation.source().line();
                        ownRows.put(key, row);
                        rowChanged = true;
                    } else {
                        rowChanged = row.year != parsedAllocation.year()
                                || !row.agency.id.equals(agency.id)
                                || !row.purpose.equals(parsedAllocation.purpose())
                                || !row.comment.equals(parsedAllocation.comment());
                    }
                    row.year = parsedAllocation.year();
                    row.agency = agency;
                    row.purpose = parsedAllocation.purpose();
                    row.comment = parsedAllocation.comment();
                    if (row.id == null) {
                        row.persist();
                    }
                    seenRows.add(row);
                }
                EventKey eventKey = new EventKey(parsedAllocation.source().line(), row.id);
                AllocationEvent event = ownEvents.get(eventKey);
                boolean created = event == null;
                if (created) {
                    event = new AllocationEvent();
                    event.allocation = row;
                    event.document = document;
                    event.sourceLine = parsedAllocation.source().line();
                    ownEvents.put(eventKey, event);
                }
                boolean eventChanged = created || event.amountNok != parsedAllocation.amountNok()
                        || !event.effectiveDate.equals(parsedAllocation.effectiveDate());
                event.amountNok = parsedAllocation.amountNok();
                event.effectiveDate = parsedAllocation.effectiveDate();
                event.sourceText = parsedAllocation.source().text();
                if (created) {
                    event.persist();
                    allocations.created();
                } else {
                    allocations.touched(rowChanged || eventChanged);
                }
                seenEvents.add(event);
            }
            int removedEvents = 0;
            for (AllocationEvent event : ownEvents.values()) {
                if (!seenEvents.contains(event)) {
                    event.delete();
                    removedEvents++;
                }
            }
            List<Allocation> unseenRows = ownRows.values().stream().filter(row -> !seenRows.contains(row)).toList();
            if (!unseenRows.isEmpty()) {
                // a row that other documents' events are on stays; one query for all, not a count per row
                Set<Allocation> shared = new HashSet<>(AllocationEvent.getEntityManager().createQuery("select distinct "
                                + "e.allocation from AllocationEvent e where e.allocation in ?1 and e.document != ?2",
                                Allocation.class)
                        .setParameter(1, unseenRows).setParameter(2, document).getResultList());
                List<Allocation> orphans = unseenRows.stream().filter(row -> !shared.contains(row)).toList();
                if (!orphans.isEmpty()) {
                    AllocationEvent.delete("allocation in ?1", orphans);
                    orphans.forEach(Allocation::delete);
                }
            }
            allocations.removed(removedEvents);
            if (agency != null) {
                mergeRows(touchedPosts, parsed.year());
            }
        }

        /**
         * Brings the rows of the touched posts to the state every order of import gives: a supplementary letter's
         * change belongs on the row of an earlier letter it concerns. A change imported before that letter got a
         * row of its own; once the letter is there, the change's events move onto the letter's row and the own
         * row goes. Rows are taken best first (letters before supplementary letters, earlier before later), so a
         * row merges into the best earlier row whose purpose it begins, as {@link #earlierRowFor} picks.
         */
        private void mergeRows(Set<Post> posts, int year) {
            if (posts.isEmpty()) {
                return;
            }
            List<Allocation> rows = new java.util.ArrayList<>(Allocation.<Allocation>list(
                    "post in ?1 and year = ?2 and agency = ?3", posts, year, agency));
            rows.sort(ROW_ORDER);
            List<Allocation> kept = new java.util.ArrayList<>();
            Map<Allocation, Allocation> merges = new HashMap<>();
            for (Allocation row : rows) {
                Optional<Allocation> target = DocumentPrecedence.supplementary(row.document)
                        ? kept.stream().filter(k -> k.post.equals(row.post)
                                && DocumentPrecedence.ALLOCATION_ROWS.compare(k.document, row.document) < 0
                                && sameStart(words(k.purpose), words(row.purpose))).findFirst()
                        : Optional.empty();
                if (target.isEmpty()) {
                    kept.add(row);
                    continue;
                }
                merges.put(row, target.get());
            }
            if (merges.isEmpty()) {
                return;
            }
            for (AllocationEvent event : AllocationEvent.<AllocationEvent>list("allocation in ?1", merges.keySet())) {
                event.allocation = merges.get(event.allocation);
            }
            merges.keySet().forEach(Allocation::delete);
        }

        /**
         * The row of an earlier letter that a supplementary letter's change concerns: same year,
         * agency and kap./post, the best such row of a document ranked before this one, and a purpose whose
         * words begin the other's (letters misspell:
         * "Alvorlig sykkt barn" changes the row "Alvorlig sykt barn").
         */
        private Optional<Allocation> earlierRowFor(ParsedAllocation change, Post post) {
            List<String> purpose = words(change.purpose());
            if (purpose.isEmpty()) {
                return Optional.empty();
            }
            if (earlierRows == null) {
                earlierRows = new HashMap<>();
                Set<Integer> years = new HashSet<>();
                parsed.allocations().forEach(a -> years.add(a.year()));
                Allocation.<Allocation>list("year in ?1 and agency = ?2 and document != ?3", years, agency, document)
                        .forEach(row -> earlierRows.computeIfAbsent(new PostYear(row.post.id, row.year),
                                k -> new java.util.ArrayList<>()).add(row));
            }
            return earlierRows.getOrDefault(new PostYear(post.id, change.year()), List.of()).stream()
                    .filter(row -> DocumentPrecedence.ALLOCATION_ROWS.compare(row.document, document) < 0)
                    .filter(row -> sameStart(words(row.purpose), purpose))
                    .min(ROW_ORDER);
        }

        private String agencyId() {
            return agency == null ? null : agency.id;
        }

        /** Whether this document's names replace those that stand from {@code standing}. */
        private boolean namesStand(SourceDocument standing) {
            return DocumentPrecedence.replaces(DocumentPrecedence.NAMES, document, standing);
        }

        /** The post the money is on; one that no document named yet is stored unnamed (named when one does). */
        private Post postFor(int chapter, int number, int line) {
            PostKey key = new PostKey(chapter, number);
            Post post = postByKey.get(key);
            if (post == null) {
                post = newPost(key);
                posts.created();
                warnings.add(new ImportWarning(line, "kap. " + chapter + " post " + number + " is named by no "
                        + "document imported so far; stored unnamed until one is"));
            }
            return post;
        }

        private Post newPost(PostKey key) {
            // not computeIfAbsent: newChapter puts into the same map (a letter naming a chapter no
            // document named before made that a ConcurrentModificationException)
            Chapter chapter = chapterByNumber.get(key.chapter());
            if (chapter == null) {
                chapter = newChapter(key.chapter());
                chapters.created();
            }
            Post post = new Post();
            post.chapter = chapter;
            post.number = key.post();
            post.persist();
            postByKey.put(key, post);
            return post;
        }

        /**
         * The ministry that owns the chapter number (registered here if no document of it was imported), else
         * the document's (a Prop. 1 S's 5xxx chapters of general state revenue).
         */
        private String owningMinistry(int chapter) {
            return owners.computeIfAbsent(chapter, n -> Ministries.owningChapter(n)
                    .map(owner -> owner.code().equals(ministryCode) ? ministryCode : scopes.register(owner))
                    .orElse(ministryCode));
        }

        /** A chapter no document named before: its name comes with the next Prop. 1 S. */
        private Chapter newChapter(int number) {
            Chapter chapter = new Chapter();
            chapter.number = number;
            chapter.ministryCode = owningMinistry(number);
            chapter.persist();
            chapterByNumber.put(number, chapter);
            return chapter;
        }
    }

    static List<String> words(String text) {
        String plain = text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return plain.isEmpty() ? List.of() : List.of(plain.split(" "));
    }

    /** Whether the shorter word list begins the longer, words compared up to one typing slip. */
    static boolean sameStart(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = shorter == a ? b : a;
        for (int i = 0; i < shorter.size(); i++) {
            if (!nearlyEqual(shorter.get(i), longer.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Equal but for one letter added, dropped or changed (words of three letters or more). */
    private static boolean nearlyEqual(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (Math.abs(a.length() - b.length()) > 1 || Math.min(a.length(), b.length()) < 3) {
            return false;
        }
        int firstDifference = 0;
        while (firstDifference < Math.min(a.length(), b.length())
                && a.charAt(firstDifference) == b.charAt(firstDifference)) {
            firstDifference++;
        }
        String restOfA = a.substring(Math.min(a.length(), firstDifference + (a.length() >= b.length() ? 1 : 0)));
        String restOfB = b.substring(Math.min(b.length(), firstDifference + (b.length() >= a.length() ? 1 : 0)));
        return restOfA.equals(restOfB);
    }

    /** What an import changed, as the audit log keeps it. */
    record ImportSummary(String ministry, String agency, ImportReport.ChangeCounts chapters, ImportReport.ChangeCounts posts,
                                 ImportReport.ChangeCounts amounts, ImportReport.ChangeCounts allocations,
                                 long failedChecks) {
    }

    private record PostKey(int chapter, int post) {
    }

    /** Allocation rows best first: by their documents' standing, then line and post. */
    private static final java.util.Comparator<Allocation> ROW_ORDER = java.util.Comparator
            .comparing((Allocation row) -> row.document, DocumentPrecedence.ALLOCATION_ROWS)
            .thenComparingInt(row -> row.sourceLine)
            .thenComparingInt(row -> row.post.number)
            .thenComparingInt(row -> row.post.chapter.number);

    private record AmountKey(long postId, int year, String stage, String agency) {
        static AmountKey of(Amount amount) {
            return new AmountKey(amount.post.id, amount.year, amount.stage.wireName(),
                    amount.agency == null ? null : amount.agency.id);
        }
    }

    private record AllocationKey(int line, long postId) {
    }

    private record PostYear(long postId, int year) {
    }

    private record EventKey(int line, long allocationId) {
    }
}
