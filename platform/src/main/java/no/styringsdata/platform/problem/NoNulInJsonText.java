package no.styringsdata.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Refuses a NUL character in any text of a JSON body, as {@link no.styringsdata.platform.rest.NoControlCharacters}
 * does in paths and queries: PostgreSQL cannot store one, and would fail at insert with a 500.
 * {@link JsonProblemMappers} answers it as a 400 naming the field.
 */
@Singleton
public class NoNulInJsonText implements ObjectMapperCustomizer {

    /** Text of a JSON body that holds a NUL character. */
    static final class NulInText extends MismatchedInputException {

        NulInText(JsonParser parser) {
            super(parser, "must not contain a NUL character", String.class);
        }
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("no-nul-in-text").addDeserializer(String.class, new NulFreeText()));
    }

    private static final class NulFreeText extends StdScalarDeserializer<String> {

        NulFreeText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && text.indexOf('\u0000') >= 0) {
                throw new NulInText(parser);
            }
            return text;
        }
    }
}
