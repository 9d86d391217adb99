package no.styringsdata.platform.codelists;

import java.util.ResourceBundle;
import no.styringsdata.platform.wire.WireNamed;

/**
 * The labels of codes, in one {@link ResourceBundle} per package and language: {@code Labels_nb.properties} and
 * {@code Labels_en.properties} beside the enums they label (UTF-8, one {@code Type.wire_name=Label} a line), so
 * that a translator keeps one file per language side by side. Also the titles and descriptions of the code
 * lists ({@code codelist.<id>.title}). No fallback to the machine's language or to the other language: a label
 * missing in one is an error that the code list tests find.
 */
public final class Labels {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Labels() {
    }

    /** The label of an enum constant in its package's bundle: key {@code SimpleName.wire_name}. */
    public static <E extends Enum<E> & WireNamed> String of(E constant, Language language) {
        Class<E> type = constant.getDeclaringClass();
        return text(type, type.getSimpleName() + "." + constant.wireName(), language);
    }

    /** A text of the bundle in {@code owner}'s package. */
    public static String text(Class<?> owner, String key, Language language) {
        return ResourceBundle.getBundle(owner.getPackageName() + ".Labels", language.locale(), owner.getClassLoader(),
                NO_FALLBACK).getString(key);
    }
}
