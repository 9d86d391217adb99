package no.styringsdata.platform.wire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Reads {@link WireNamed} enums in JSON bodies as parameters are read: by wire name, any case, blanks
 * around it ignored. Jackson alone would take only the exact {@code @JsonValue} name. An unknown name is
 * Jackson's {@code InvalidFormatException}, which the problem mappers answer with 400 naming the field.
 */
@Singleton
public class WireNamedJackson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("wire-names");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                              BeanDescription description, JsonDeserializer<?> standard) {
                return WireNamed.class.isAssignableFrom(type.getRawClass())
                        ? new ByWireName(type.getRawClass().asSubclass(WireNamed.class)) : standard;
            }
        });
        mapper.registerModule(module);
    }

    private static final class ByWireName extends StdScalarDeserializer<WireNamed> {

        private final Class<? extends WireNamed> type;

        ByWireName(Class<? extends WireNamed> type) {
            super(TypeFactory.defaultInstance().constructType(type));
            this.type = type;
        }

        @Override
        public WireNamed deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(com.fasterxml.jackson.core.JsonToken.VALUE_STRING)) {
                return (WireNamed) context.handleUnexpectedToken(type, parser);
            }
            String text = parser.getText();
            return WireNamed.lookup(type, text).orElseThrow(() ->
                    context.weirdStringException(text, type, "must be " + WireNamed.oneOf(type)));
        }
    }
}
