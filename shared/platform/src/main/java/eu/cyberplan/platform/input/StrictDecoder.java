package eu.cyberplan.platform.input;

import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.DelegatingDecoder;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

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
        return new StrictDecoder(delegate.decodeObject(type), trail, childPath(), false);
    }

    @Override
    public Decoder decodeObject() throws IOException {
        return new StrictDecoder(delegate.decodeObject(), trail, childPath(), false);
    }

    @Override
    public Decoder decodeArray(Argument<?> type) throws IOException {
        return new StrictDecoder(delegate.decodeArray(type), trail, childPath(), true);
    }

    @Override
    public Decoder decodeArray() throws IOException {
        return new StrictDecoder(delegate.decodeArray(), trail, childPath(), true);
    }

    @Override
    public Decoder decodeBuffer() throws IOException {
        return new StrictDecoder(delegate.decodeBuffer(), trail, childPath(), false);
    }

    @Override
    public String decodeString() throws IOException {
        return string(scalar(), false);
    }

    @Override
    public String decodeStringNullable() throws IOException {
        return string(scalar(), true);
    }

    @Override
    public char decodeChar() throws IOException {
        String text = string(scalar(), false);
        if (text.length() != 1) {
            throw refuse("must be a single character");
        }
        return text.charAt(0);
    }

    @Override
    public Character decodeCharNullable() throws IOException {
        JsonNode node = scalar();
        return node.isNull() ? null : charOf(node);
    }

    private Character charOf(JsonNode node) throws IOException {
        String text = string(node, false);
        if (text.length() != 1) {
            throw refuse("must be a single character");
        }
        return text.charAt(0);
    }

    @Override
    public boolean decodeBoolean() throws IOException {
        return bool(scalar());
    }

    @Override
    public Boolean decodeBooleanNullable() throws IOException {
        JsonNode node = scalar();
        return node.isNull() ? null : bool(node);
    }

    @Override
    public byte decodeByte() throws IOException {
        return (byte) whole(scalar(), Byte.MIN_VALUE, Byte.MAX_VALUE);
    }

    @Override
    public Byte decodeByteNullable() throws IOException {
        JsonNode node = scalar();
        return node.isNull() ? null : (byte) whole(node, Byte.MIN_VALUE, Byte.MAX_VALUE);
    }

    @Override
    public short decodeShort() throws IOException {
        return (short) whole(scalar(), Short.MIN_VALUE, Short.MAX_VALUE);
    }

    @Override
    public Short decodeShortNullable() throws IOException {
        JsonNode node = scalar();
        return node.isNull() ? null : (short) whole(node, Short.MIN_VALUE, Short.MAX_VALUE);
    }

    @Override
    public int decodeInt() throws IOException {
        return (int) whole(scalar(), Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    @Override
    public Integer decodeIntNullable() throws IOException {
        JsonNode node = scalar();
        return node.isNull() ? null : (int) whole(node, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    @Override
    public long decodeLong() throws IOException {
        return whole(scalar(), Long.MIN_VALUE, Long.MAX_VALUE);
    }

    @Override
    public Long decodeLongNullable() throws IOException {
        JsonNode node = scalar();
        return node.isNull() ? null : whole(node, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    @Override
    public float decodeFloat() throws IOException {
        return (float) finite(scalar());
    }

    @Override
    public Float decodeFloatNullable() throws IOException {
        JsonNode node = scalar();
        return node.isNull() ? null : (float) finite(node);
    }

    @Override
    public double decodeDouble() throws IOException {
        return finite(scalar());
    }

    @Override
    public Double decodeDoubleNullable() throws IOException {
        JsonNode node = scalar();
        return node.isNull() ? null : finite(node);
    }

    @Override
    public Number decodeNumber() throws IOException {
        return number(scalar()).getNumberValue();
    }

    @Override
    public Number decodeNumberNullable() throws IOException {
        JsonNode node = scalar();
        return node.isNull() ? null : number(node).getNumberValue();
    }

    @Override
    public BigInteger decodeBigInteger() throws IOException {
        return BigInteger.valueOf(whole(scalar(), Long.MIN_VALUE, Long.MAX_VALUE));
    }

    @Override
    public BigInteger decodeBigIntegerNullable() throws IOException {
        JsonNode node = scalar();
        return node.isNull() ? null : BigInteger.valueOf(whole(node, Long.MIN_VALUE, Long.MAX_VALUE));
    }

    @Override
    public BigDecimal decodeBigDecimal() throws IOException {
        return number(scalar()).getBigDecimalValue();
    }

    @Override
    public BigDecimal decodeBigDecimalNullable() throws IOException {
        JsonNode node = scalar();
        return node.isNull() ? null : number(node).getBigDecimalValue();
    }

    @Override
    public Object decodeArbitrary() throws IOException {
        trail.field = field();
        Object value = delegate.decodeArbitrary();
        checkArbitrary(value, field());
        return value;
    }

    @Override
    public JsonNode decodeNode() throws IOException {
        trail.field = field();
        JsonNode node = delegate.decodeNode();
        checkTree(node, field());
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

    private String string(JsonNode node, boolean nullable) throws IOException {
        if (node.isNull() && nullable) {
            return null;
        }
        if (!node.isString()) {
            throw refuse("must be a JSON string, not " + kind(node));
        }
        String text = node.getStringValue();
        checkText(text, field());
        return text;
    }

    private boolean bool(JsonNode node) throws IOException {
        if (!node.isBoolean()) {
            throw refuse("must be true or false, not " + kind(node));
        }
        return node.getBooleanValue();
    }

    private JsonNode number(JsonNode node) throws IOException {
        if (!node.isNumber()) {
            throw refuse("must be a JSON number, not " + kind(node));
        }
        return node;
    }

    private long whole(JsonNode node, long min, long max) throws IOException {
        Number value = number(node).getNumberValue();
        BigDecimal exact = new BigDecimal(value.toString());
        if (exact.stripTrailingZeros().scale() > 0 || exact.compareTo(BigDecimal.valueOf(min)) < 0 || exact.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw refuse("must be a whole number from " + min + " to " + max);
        }
        return exact.longValueExact();
    }

    private double finite(JsonNode node) throws IOException {
        double value = number(node).getDoubleValue();
        if (!Double.isFinite(value)) {
            throw refuse("must be a finite number");
        }
        return value;
    }

    private static String kind(JsonNode node) {
        if (node.isNull()) {
            return "null";
        }
        if (node.isString()) {
            return "a string";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        return node.isNumber() ? "a number" : "an object or list";
    }

    private static void checkTree(JsonNode node, String at) throws InvalidBodyException {
        if (node.isString()) {
            checkText(node.getStringValue(), at);
        } else if (node.isArray()) {
            int i = 0;
            for (JsonNode value : node.values()) {
                checkTree(value, at + "[" + i++ + "]");
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.entries()) {
                checkText(entry.getKey(), at);
                checkTree(entry.getValue(), at + "." + entry.getKey());
            }
        }
    }

    private static void checkArbitrary(Object value, String at) throws InvalidBodyException {
        if (value instanceof String text) {
            checkText(text, at);
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                checkArbitrary(list.get(i), at + "[" + i + "]");
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                checkArbitrary(String.valueOf(entry.getKey()), at);
                checkArbitrary(entry.getValue(), at + "." + entry.getKey());
            }
        }
    }

    /** Control characters are refused in every string; whether a line break belongs is the field's own rule (SingleLine). */
    private static void checkText(String text, String at) throws InvalidBodyException {
        var refusal = TextRule.multiLine(text);
        if (refusal.isPresent()) {
            throw new InvalidBodyException(at, refusal.get());
        }
    }

    private InvalidBodyException refuse(String message) {
        return new InvalidBodyException(field(), message);
    }

    @Override
    public IOException createDeserializationException(String message, Object invalidValue) {
        return new InvalidBodyException(field(), message);
    }
}
