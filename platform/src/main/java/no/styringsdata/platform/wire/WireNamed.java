package no.styringsdata.platform.wire;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An enum whose constants have a name on the wire and in the database ({@code not_started}) other than
 * their Java name. Query and path parameters ({@code WireParamConverters}), JSON bodies
 * ({@link WireNamedJackson}) and columns ({@link WireNamedAttributeConverter}) all read it by this name,
 * any case, surrounding blanks ignored. Annotate {@code wireName()} with {@code @JsonValue} in the enum
 * itself: the OpenAPI document then lists the wire names as the schema's {@code enum}.
 */
public interface WireNamed {

    String wireName();

    /** The constant of {@code type} with this wire name; empty for null or an unknown name. */
    static <E extends WireNamed> Optional<E> lookup(Class<E> type, String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip();
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.wireName().equalsIgnoreCase(wanted)).findFirst();
    }

    /**
     * The wire name of a constant named as on the wire but in upper case ({@code NOT_STARTED}: {@code not_started}),
     * for an enum's {@code wireName()}. Renaming such a constant renames it on the wire.
     */
    static String lowerCaseName(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    static List<String> wireNames(Class<? extends WireNamed> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireNamed::wireName).toList();
    }

    /** What a name that is none of {@code type}'s must be instead: {@code one of a, b, c}. */
    static String oneOf(Class<? extends WireNamed> type) {
        return "one of " + String.join(", ", wireNames(type));
    }
}
