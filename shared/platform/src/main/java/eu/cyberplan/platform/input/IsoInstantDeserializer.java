package eu.cyberplan.platform.input;

import eu.cyberplan.platform.problem.ProblemException;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * An instant is an ISO-8601 string ({@code 2027-02-01T06:00:00Z}, an offset allowed), nothing else. The stock serde
 * reads any numeric string as seconds since 1970 ({@code "from": "12345"} replaced a roster from 1970 on); the strict
 * decoder already refuses a JSON number. Events and stored JSON are written in this form, so reading them is unchanged.
 */
@Singleton
@Order(-100)
public class IsoInstantDeserializer implements Deserializer<Instant> {

    /** PostgreSQL's timestamptz ends in year 294276 and Java's Instant much later: the year 999999 answered 500. */
    public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    /** Whether the instant is one the API takes: 1900 to 9999, which PostgreSQL and {@code Timestamp} both hold. */
    public static boolean withinBounds(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }

    /** The same rule for an instant in a query parameter: 422 naming {@code field} when unparseable or out of range. */
    public static Instant parse(String field, String text) {
        Instant instant;
        try {
            instant = Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be an ISO-8601 instant such as 2027-02-01T06:00:00Z");
        }
        if (!withinBounds(instant)) {
            throw ProblemException.invalid(field, "must be between " + EARLIEST + " and " + LATEST);
        }
        return instant;
    }

    @Override
    public Instant deserialize(Decoder decoder, DecoderContext context, Argument<? super Instant> type) throws IOException {
        String text = decoder.decodeString();
        Instant instant;
        try {
            instant = Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw decoder.createDeserializationException("must be an ISO-8601 instant such as 2027-02-01T06:00:00Z", text);
        }
        if (!withinBounds(instant)) {
            throw decoder.createDeserializationException("must be between " + EARLIEST + " and " + LATEST, text);
        }
        return instant;
    }

    @Override
    public Instant deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super Instant> type) throws IOException {
        return decoder.decodeNull() ? null : deserialize(decoder, context, type);
    }
}
