package eu.cyberplan.platform.signing;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a node signs of an event (DESIGN §11): {@code ce_id}, {@code ce_type}, {@code ce_subject} and {@code ce_time}
 * exactly as they travel in the record's headers, each followed by a line feed, then the data. The header text is taken
 * as sent, never re-formatted from a parsed value, so a signature never depends on how a library prints a timestamp.
 */
public record SignedContent(String id, String type, String subject, String time, byte[] data) {

    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";

    /** The content of a record in CloudEvents binary mode; empty when it lacks an id, a type or a time. */
    public static Optional<SignedContent> of(Headers headers, byte[] value) {
        String id = text(headers, ID);
        String type = text(headers, TYPE);
        String time = text(headers, TIME);
        if (id == null || type == null || time == null) {
            return Optional.empty();
        }
        String subject = text(headers, SUBJECT);
        return Optional.of(new SignedContent(id, type, subject == null ? "" : subject, time, value == null ? new byte[0] : value));
    }

    /** The bytes the signature covers. */
    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 160);
        out.writeBytes((id + "\n" + type + "\n" + subject + "\n" + time + "\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(data);
        return out.toByteArray();
    }

    static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
