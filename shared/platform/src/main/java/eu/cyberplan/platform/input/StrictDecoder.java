package eu.cyberplan.platform.input;

import com.fasterxml.jackson.core.JsonParseException;
import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.DelegatingDecoder;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A serde {@link Decoder} that refuses what the stock Jackson decoder coerces: a number or boolean read as a string
 * (so as an instant, a UUID or an enum too), a string read as a number or a boolean, a fraction read as a whole
 * number; and any string with a control character (TextRule). It knows the JSON path it is at, so the refusal names
 * the field as the client wrote it ({@code shifts[2].start}).
 *
 * <p>Each scalar is read as a tree node first: that is the one read the stock decoder performs without coercing, and it
 * shows the JSON type as it was written.
 */
final class StrictDecoder extends DelegatingDecoder {

    private final Decoder delegate;
    private final Trail trail;
    private final String path;
    private final boolean array;
    private String key;
    private int index = -1;

    /** The field read last, shared by a body's decoders: where a refusal from deeper down (an unknown enum name) happened. */
    static final class Trail {
        private String field = "body";

        String field() {
            return field;
        }
    }

    StrictDecoder(Decoder delegate, Trail trail, String path, boolean array) {
        this.delegate = delegate;
        this.trail = trail;
        this.path = path;
        this.array = array;
    }

    @Override
    protected Decoder delegate() {
        return delegate;
    }

    /** The JSON path of the value about to be read. */
    String field() {
        if (array) {
            return path + "[" + Math.max(index, 0) + "]";
        }
        if (key == null) {
            return path.isEmpty() ? "body" : path;
        }
        return path.isEmpty() ? key : path + "." + key;
    }

    private String childPath() {
        String field = field();
        trail.field = field;
        return "body".equals(field) ? "" : field;
    }

    @Override
    public String decodeKey() throws IOException {
        key = delegate.decodeKey();
        return key;
    }

    @Override
    public boolean hasNextArrayValue() throws IOException {
        boolean next = delegate.hasNextArrayValue();
        if (next) {
            index++;
        }
        return next;
    }

    @Override
    public Decoder decodeObject(Argument<?> type) throws IOException {
        String child = childPath();
        return new StrictDecoder(shaped(() -> delegate.decodeObject(type), "must be a JSON object"), trail, child, false);
    }

    @Override
    public Decoder decodeObject() throws IOException {
        String child = childPath();
        return new StrictDecoder(shaped(delegate::decodeObject, "must be a JSON object"), trail, child, false);
    }

    @Override
    public Decoder decodeArray(Argument<?> type) throws IOException {
        String child = childPath();
        return new StrictDecoder(shaped(() -> delegate.decodeArray(type), "must be a JSON list"), trail, child, true);
    }

    @Override
    public Decoder decodeArray() throws IOException {
        String child = childPath();
        return new StrictDecoder(shaped(delegate::decodeArray, "must be a JSON list"), trail, child, true);
    }

    private interface Structure {
        Decoder open() throws IOException;
    }

    /**
     * A value of the wrong shape (a list where an object belongs) is the client's value, so a 422 naming the field;
     * the stock decoder reports it as a parse error like broken JSON. Its own message ("Unexpected token …") tells
     * the two apart: the parser's syntax errors say "Unexpected character".
     */
    private Decoder shaped(Structure structure, String message) throws IOException {
        try {
            return structure.open();
        } catch (JsonParseException e) {
            if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Unexpected token")) {
                throw refuse(message);
            }
            throw e;
        }
    }

    @Override
    public Decoder decodeBuffer() throws IOException {
        return new StrictDecoder(delegate.decodeBuffer(), trail, childPath(), false);
    }

    @Override
    public String decodeString() throws IOException {
        return JsonValues.string(scalar(), false, field());
    }

    @Override
    public String decodeStringNullable() throws IOException {
        return JsonValues.string(scalar(), true, field());
    }

    @Override
    public char decodeChar() throws IOException {
        return JsonValues.character(scalar(), field());
    }

    @Override
    public Character decodeCharNullable() throws IOException {
        JsonNode node = scalar();
        return node.isNull() ? null : JsonValues.character(node, field());
    }

    @Override
    public boolean decodeBoolean() throws IOException {
        return JsonValues.bool(scalar(), field());
    }

    @Override
    public Boolean decodeBooleanNullable() throws IOException {
        JsonNode node = scalar();
        return node.isNull() ? null : JsonValues.bool(node, field());
    }

    @Override
    public byte decodeByte() throws IOException {
        return (byte) JsonValues.whole(scalar(), Byte.MIN_VALUE, Byte.MAX_VALUE, field());
    }

    @Override
    public Byte decodeByteNullable() throws IOException {
        JsonNode node = scalar();
        return node.isNull() ? null : (byte) JsonValues.whole(node, Byte.MIN_VALUE, Byte.MAX_VALUE, field());
    }

    @Override
    public short decodeShort() throws IOException {
        return (short) JsonValues.whole(scalar(), Short.MIN_VALUE, Short.MAX_VALUE, field());
    }

    @Override
    public Short decodeShortNullable() throws IOException {
        JsonNode node = scalar();
        return node.isNull() ? null : (short) JsonValues.whole(node, Short.MIN_VALUE, Short.MAX_VALUE, field());
    }

    @Override
    public int decodeInt() throws IOException {
        return (int) JsonValues.whole(scalar(), Integer.MIN_VALUE, Integer.MAX_VALUE, field());
    }

    @Override
    public Integer decodeIntNullable() throws IOException {
        JsonNode node = scalar();
        return node.isNull() ? null : (int) JsonValues.whole(node, Integer.MIN_VALUE, Integer.MAX_VALUE, field());
    }

    @Override
    public long decodeLong() throws IOException {
        return JsonValues.whole(scalar(), Long.MIN_VALUE, Long.MAX_VALUE, field());
    }

    @Override
    public Long decodeLongNullable() throws IOException {
        JsonNode node = scalar();
        return node.isNull() ? null : JsonValues.whole(node, Long.MIN_VALUE, Long.MAX_VALUE, field());
    }

    @Override
    public float decodeFloat() throws IOException {
        return (float) JsonValues.finite(scalar(), field());
    }

    @Override
    public Float decodeFloatNullable() throws IOException {
        JsonNode node = scalar();
        return node.isNull() ? null : (float) JsonValues.finite(node, field());
    }

    @Override
    public double decodeDouble() throws IOException {
        return JsonValues.finite(scalar(), field());
    }

    @Override
    public Double decodeDoubleNullable() throws IOException {
        JsonNode node = scalar();
        return node.isNull() ? null : JsonValues.finite(node, field());
    }

    @Override
    public Number decodeNumber() throws IOException {
        return JsonValues.number(scalar(), field()).getNumberValue();
    }

    @Override
    public Number decodeNumberNullable() throws IOException {
        JsonNode node = scalar();
        return node.isNull() ? null : JsonValues.number(node, field()).getNumberValue();
    }

    @Override
    public BigInteger decodeBigInteger() throws IOException {
        return BigInteger.valueOf(JsonValues.whole(scalar(), Long.MIN_VALUE, Long.MAX_VALUE, field()));
    }

    @Override
    public BigInteger decodeBigIntegerNullable() throws IOException {
        JsonNode node = scalar();
        return node.isNull() ? null : BigInteger.valueOf(JsonValues.whole(node, Long.MIN_VALUE, Long.MAX_VALUE, field()));
    }

    @Override
    public BigDecimal decodeBigDecimal() throws IOException {
        return JsonValues.number(scalar(), field()).getBigDecimalValue();
    }

    @Override
    public BigDecimal decodeBigDecimalNullable() throws IOException {
        JsonNode node = scalar();
        return node.isNull() ? null : JsonValues.number(node, field()).getBigDecimalValue();
    }

    @Override
    public Object decodeArbitrary() throws IOException {
        trail.field = field();
        Object value = delegate.decodeArbitrary();
        JsonValues.arbitrary(value, field());
        return value;
    }

    @Override
    public JsonNode decodeNode() throws IOException {
        trail.field = field();
        JsonNode node = delegate.decodeNode();
        JsonValues.tree(node, field());
        return node;
    }

    private JsonNode scalar() throws IOException {
        trail.field = field();
        JsonNode node = delegate.decodeNode();
        if (node.isContainerNode()) {
            throw refuse(node.isArray() ? "must be a single value, not a list" : "must be a single value, not an object");
        }
        return node;
    }

    private InvalidBodyException refuse(String message) {
        return new InvalidBodyException(field(), message);
    }

    @Override
    public IOException createDeserializationException(String message, Object invalidValue) {
        return new InvalidBodyException(field(), message);
    }
}
