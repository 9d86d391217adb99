package no.styringsdata.platform.codelists;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.styringsdata.platform.wire.WireNamed;

/** The languages of the labels: Norwegian Bokmål, the documents' language and the default, and English. */
public enum Language implements WireNamed {
    NB,
    EN;

    /** Norwegian and Nynorsk readers get Bokmål labels; RFC 4647 lookup finds them through these equivalents. */
    private static final Map<String, List<String>> EQUIVALENTS = Map.of("no", List.of("nb"), "nn", List.of("nb"));
    private static final List<String> TAGS = WireNamed.wireNames(Language.class);

    @Override
    @JsonValue
    public String wireName() {
        return WireNamed.lowerCaseName(this);
    }

    /** Parsed once: a cube's rows ask for it per cell. */
    private final Locale locale = Locale.forLanguageTag(WireNamed.lowerCaseName(this));

    public Locale locale() {
        return locale;
    }

    /**
     * The language an {@code Accept-Language} field asks for (RFC 9110 12.5.4, RFC 4647 lookup, q-values
     * honoured); {@link #NB} for none, one that names neither language, or one that cannot be read.
     */
    public static Language negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return NB;
        }
        try {
            String tag = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage, EQUIVALENTS), TAGS);
            return tag == null ? NB : WireNamed.lookup(Language.class, tag).orElse(NB);
        } catch (IllegalArgumentException unreadable) {
            return NB;
        }
    }
}
