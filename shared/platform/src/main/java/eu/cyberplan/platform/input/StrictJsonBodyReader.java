package eu.cyberplan.platform.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.io.buffer.ByteBuffer;
import io.micronaut.core.io.buffer.ReferenceCounted;
import io.micronaut.core.type.Argument;
import io.micronaut.core.type.Headers;
import io.micronaut.http.MediaType;
import io.micronaut.http.body.MessageBodyReader;
import io.micronaut.http.codec.CodecException;
import io.micronaut.json.body.JsonMessageHandler;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.LimitingStream;
import io.micronaut.serde.SerdeRegistry;
import io.micronaut.serde.jackson.JacksonDecoder;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * Reads every JSON request body (and JSON response the service's own HTTP clients read) strictly: one JSON value and
 * nothing after it, no coercion between JSON types, no control characters, bounded nesting and number length.
 *
 * <p>Why here: micronaut-serde 2.16 (the version of the 4.10 platform) has no setting for any of this. Its Jackson
 * decoder turns a number or a boolean into a string when a string is asked for (so {@code "awareAt": 12345} became
 * 1970 and {@code "crossBorder": 12345} true), and its mapper stops after the first value without looking at what
 * follows. The coercion configuration of serde 3 (DeserializationConfiguration coercions) needs Micronaut 5. So this
 * reader, ordered before the stock {@link JsonMessageHandler} (which still writes every response), decodes with the
 * same serde deserializers through a {@link StrictDecoder} that checks the JSON type of each scalar and knows the path
 * of the field it reads, then checks that the input has ended. One place for the four services and every body type.
 */
@Singleton
@Order(JsonMessageHandler.ORDER - 10)
@JsonMessageHandler.ConsumesJson
public final class StrictJsonBodyReader<T> implements MessageBodyReader<T> {

    /** Bodies bound as raw bytes or text (a STIX bundle, a CSV) are for their own readers, not decoded here. */
    private static final Set<Class<?>> RAW = Set.of(byte[].class, String.class, CharSequence.class, InputStream.class, ByteBuffer.class,
            java.nio.ByteBuffer.class);

    /** Five times the longest free text of the API (20,000 characters): a longer value is refused before it is even built. */
    static final int MAX_STRING_LENGTH = 100_000;

    /** Far above any body of the API (a plan is the deepest, at about 6) and any real figure, far below harm. */
    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(32).maxNumberLength(40).maxStringLength(MAX_STRING_LENGTH).build();

    private final JsonFactory factory = JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();
    private final SerdeRegistry registry;

    public StrictJsonBodyReader(SerdeRegistry registry) {
        this.registry = registry;
    }

    @Override
    public boolean isReadable(Argument<T> type, MediaType mediaType) {
        return mediaType != null && mediaType.matchesAllOrWildcardOrExtension(MediaType.EXTENSION_JSON) && !RAW.contains(type.getType());
    }

    @Override
    public T read(Argument<T> type, MediaType mediaType, Headers headers, ByteBuffer<?> body) throws CodecException {
        // As the stock handler does: the buffer is ours to release once read; on a refusal the server releases it.
        T value = read(type, body.toByteArray());
        if (body instanceof ReferenceCounted counted) {
            counted.release();
        }
        return value;
    }

    @Override
    public T read(Argument<T> type, MediaType mediaType, Headers headers, InputStream body) throws CodecException {
        try {
            return read(type, body.readAllBytes());
        } catch (IOException e) {
            throw BodyRefusedException.unparseable("the body could not be read: " + e.getMessage(), e);
        }
    }

    T read(Argument<T> type, byte[] json) {
        StrictDecoder.Trail trail = new StrictDecoder.Trail();
        try (JsonParser parser = factory.createParser(json)) {
            Decoder decoder = new StrictDecoder(JacksonDecoder.create(parser, LimitingStream.DEFAULT_LIMITS), trail, "", false);
            Deserializer.DecoderContext context = registry.newDecoderContext(null);
            Deserializer<? extends T> deserializer = registry.findDeserializer(type).createSpecific(context, type);
            T value = deserializer.deserializeNullable(decoder, context, type);
            if (parser.nextToken() != null) {
                throw BodyRefusedException.unparseable("the body must be one JSON value with nothing after it", null);
            }
            return value;
        } catch (BodyRefusedException e) {
            throw e;
        } catch (StreamConstraintsException e) {
            throw BodyRefusedException.invalid(trail.field(), "is too long or too deeply nested: " + e.getOriginalMessage(), null);
        } catch (JsonProcessingException e) {
            throw BodyRefusedException.unparseable("the body is not valid JSON: " + e.getOriginalMessage(), null);
        } catch (IOException | RuntimeException e) {
            throw refusal(e, trail.field());
        }
    }

    /** The strict decoder's own refusal wherever serde wrapped it; otherwise serde's (an unknown enum name, a bad instant) at the field read last. */
    private static BodyRefusedException refusal(Exception error, String lastField) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof InvalidBodyException invalid) {
                return BodyRefusedException.invalid(invalid.field(), invalid.reason(), null);
            }
            if (t instanceof StreamConstraintsException tooLarge) {
                return BodyRefusedException.invalid(lastField, "is too long or too deeply nested: " + tooLarge.getOriginalMessage(), null);
            }
            if (t instanceof JsonProcessingException syntax) {
                return BodyRefusedException.unparseable("the body is not valid JSON: " + syntax.getOriginalMessage(), null);
            }
        }
        return BodyRefusedException.invalid(lastField, "has a value of the wrong type or form", null);
    }
}
