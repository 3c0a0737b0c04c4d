package nl.labtafel.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.annotation.JsonAppend;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import nl.labtafel.model.Session;
import nl.labtafel.model.SessionTemplate;

/** The one Jackson set-up for session and template files. */
public final class Json {
    /** Version of the session and template file format this build writes. */
    public static final int SCHEMA_VERSION = 3;
    public static final String SCHEMA_VERSION_FIELD = "schemaVersion";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            // A null value keeps the field's default; a null inside a list is an error with a path.
            .defaultSetterInfo(JsonSetter.Value.construct(Nulls.SKIP, Nulls.FAIL))
            .addMixIn(Session.class, VersionedMixIn.class)
            .addMixIn(SessionTemplate.class, VersionedMixIn.class)
            .build();

    private static final ObjectWriter SESSION_WRITER = MAPPER.writerFor(Session.class)
            .withAttribute(SCHEMA_VERSION_FIELD, SCHEMA_VERSION);
    private static final ObjectWriter TEMPLATE_WRITER = MAPPER.writerFor(SessionTemplate.class)
            .withAttribute(SCHEMA_VERSION_FIELD, SCHEMA_VERSION);

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static ObjectReader sessionReader() {
        return MAPPER.readerFor(Session.class);
    }

    public static ObjectWriter sessionWriter() {
        return SESSION_WRITER;
    }

    public static ObjectWriter templateWriter() {
        return TEMPLATE_WRITER;
    }

    /** Puts {@code "schemaVersion"} first in every written session and template. */
    @JsonAppend(prepend = true, attrs = @JsonAppend.Attr(value = SCHEMA_VERSION_FIELD))
    private abstract static class VersionedMixIn {
    }
}
