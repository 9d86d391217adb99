package no.styringsdata.platform.codelists;

import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import no.styringsdata.platform.wire.WireNamed;
import no.styringsdata.reader.DocumentKind;

/**
 * A code list a service offers at {@code /codelists/{id}}: a bean of this type (a service produces one per list;
 * the platform those of ministries and agencies). Its title and description are {@code codelist.<id>.title} and
 * {@code .description} in the {@link Labels} bundle of {@link #labelsOwner()}'s package.
 */
public interface CodeListSource {

    /** The list's id in its URL: lower case, words joined by hyphens ({@code post-kinds}). */
    String id();

    /** A class in the package whose {@code Labels} bundle holds the list's title and description. */
    Class<?> labelsOwner();

    EnglishLabels englishLabels();

    /** The codes, in the list's order. */
    List<Code> codes();

    default String title(Language language) {
        return Labels.text(labelsOwner(), "codelist." + id() + ".title", language);
    }

    default String description(Language language) {
        return Labels.text(labelsOwner(), "codelist." + id() + ".description", language);
    }

    /** The constants of a wire enum, labelled in its package's bundle. */
    static <E extends Enum<E> & WireNamed> CodeListSource ofEnum(String id, Class<E> type) {
        return ofEnum(id, type, constant -> null);
    }

    /** The constants of a wire enum, labelled in its package's bundle, each with a parent code. */
    static <E extends Enum<E> & WireNamed> CodeListSource ofEnum(String id, Class<E> type, Function<E, String> parent) {
        return of(id, type, EnglishLabels.TRANSLATED, () -> Arrays.stream(type.getEnumConstants())
                .map(c -> new Code(c.wireName(), Labels.of(c, Language.NB), Labels.of(c, Language.EN), parent.apply(c)))
                .toList());
    }

    /**
     * Kinds of document (the document reader's), by their wire names, labelled in the platform's bundle: the
     * documents a service reads, or a wire enum of its own named as they are ({@code LetterKind}).
     */
    static CodeListSource ofDocumentKinds(String id, Class<?> labelsOwner, List<DocumentKind> kinds) {
        return of(id, labelsOwner, EnglishLabels.TRANSLATED, () -> kinds.stream().map(kind -> new Code(kind.wireName(),
                documentKind(kind, Language.NB), documentKind(kind, Language.EN), null)).toList());
    }

    /**
     * A list read from the database: {@code sql} selects four text columns, the code, its Norwegian and its
     * English label, and its parent code (or null), in the list's order.
     */
    static CodeListSource ofQuery(String id, Class<?> labelsOwner, EnglishLabels english, EntityManager em, String sql) {
        return of(id, labelsOwner, english, () -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(sql).getResultList();
            return rows.stream().map(row -> new Code(text(row[0]), text(row[1]), text(row[2]), text(row[3]))).toList();
        });
    }

    static CodeListSource of(String id, Class<?> labelsOwner, EnglishLabels english, Supplier<List<Code>> codes) {
        return new CodeListSource() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Class<?> labelsOwner() {
                return labelsOwner;
            }

            @Override
            public EnglishLabels englishLabels() {
                return english;
            }

            @Override
            public List<Code> codes() {
                return codes.get();
            }
        };
    }

    private static String documentKind(DocumentKind kind, Language language) {
        return Labels.text(CodeListSource.class, "DocumentKind." + kind.wireName(), language);
    }

    private static String text(Object column) {
        return Objects.toString(column, null);
    }
}
